// Opens what one export needs: the overlay over its layers and the handle table in its state
// directory (W/ovlnfs by default, next to the kernel's own W/work).
import { join } from 'node:path';
import type { Logger } from 'pino';
import type { SquashPolicy } from '../exports/squash.js';
import { HandleTable } from '../handles/index.js';
import { Overlay } from '../overlay/index.js';
import { NfsExport } from './nfs-export.js';

export interface OpenExportOptions {
  lowers: string[];
  upper?: string;
  work?: string;
  /** Where the handle table and its secret live; defaults to W/ovlnfs. Required without a work dir. */
  stateDir?: string;
  /** Written into every handle; the same export must keep the same id across restarts. */
  exportId: number;
  fsid: bigint;
  readOnly?: boolean;
  squash?: SquashPolicy;
  log: Logger;
}

export async function openNfsExport(o: OpenExportOptions): Promise<NfsExport> {
  const stateDir = o.stateDir ?? (o.work === undefined ? undefined : join(o.work, 'ovlnfs'));
  if (stateDir === undefined) throw new Error('an export without a work directory needs a state directory for its handles');
  const overlay = await Overlay.open({
    lowers: o.lowers,
    ...(o.upper === undefined ? {} : { upper: o.upper }),
    ...(o.work === undefined ? {} : { work: o.work }),
  });
  let handles: HandleTable;
  try {
    handles = HandleTable.open({ stateDir, exportId: o.exportId, rootId: overlay.rootId });
  } catch (err) {
    await overlay.close();
    throw err;
  }
  return new NfsExport({
    overlay, handles, fsid: o.fsid, log: o.log,
    ...(o.readOnly === undefined ? {} : { readOnly: o.readOnly }),
    ...(o.squash === undefined ? {} : { squash: o.squash }),
  });
}
