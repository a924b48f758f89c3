// The programs one export is served with: NFS v3 and MOUNT v3 over its overlay (replaces
// null-programs.ts once an export is configured). Without -o, the sample tree shipped in
// share/sample-lower is served with a fresh temporary upper, removed again on close.
import { mkdtemp, mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Logger } from 'pino';
import { parseLowerdir } from '../overlay/index.js';
import { mountProgram } from '../mount/index.js';
import { nfsProgram, openNfsExport } from '../nfs/index.js';
import type { SquashPolicy } from '../exports/squash.js';
import type { ProgramVersion } from '../rpc/types.js';

export const SAMPLE_LOWER = fileURLToPath(new URL('../../../share/sample-lower', import.meta.url));

export interface ExportFlags {
  /** -o lowerdir=L1:L2,upperdir=U,workdir=W (upper and work optional together). */
  mountOptions: string | undefined;
  exportPath: string;
  squash: SquashPolicy['squash'];
}

export interface ServedExport { programs: ProgramVersion[]; describe: string; close(): Promise<void> }

function parseMountOptions(spec: string): { lowers: string[]; upper?: string; work?: string } | { error: string } {
  const out: { lowers: string[]; upper?: string; work?: string } = { lowers: [] };
  for (const item of spec.split(/(?<!\\),/)) {
    const eq = item.indexOf('=');
    const key = item.slice(0, eq);
    const value = item.slice(eq + 1).replace(/\\,/g, ',');
    if (key === 'lowerdir') out.lowers = parseLowerdir(value);
    else if (key === 'upperdir') out.upper = value;
    else if (key === 'workdir') out.work = value;
    else return { error: `unsupported -o option '${item}' (lowerdir, upperdir, workdir)` };
  }
  if (out.lowers.length === 0) return { error: '-o needs lowerdir=DIR[:DIR...]' };
  if ((out.upper === undefined) !== (out.work === undefined)) return { error: '-o needs upperdir and workdir together' };
  return out;
}

export async function openServedExport(flags: ExportFlags, log: Logger): Promise<ServedExport | { error: string }> {
  let temp: string | undefined;
  let layers: { lowers: string[]; upper?: string; work?: string };
  if (flags.mountOptions === undefined) {
    temp = await mkdtemp(join(tmpdir(), 'ovlnfs-sample-'));
    layers = { lowers: [SAMPLE_LOWER], upper: join(temp, 'upper'), work: join(temp, 'work') };
    await mkdir(layers.upper as string);
    await mkdir(layers.work as string);
  } else {
    const parsed = parseMountOptions(flags.mountOptions);
    if ('error' in parsed) return parsed;
    layers = parsed;
  }
  const removeTemp = async (): Promise<void> => { if (temp !== undefined) await rm(temp, { recursive: true, force: true }); };
  const readOnly = layers.upper === undefined;
  let nfs;
  try {
    nfs = await openNfsExport({
      ...layers,
      // A lowers-only export has no work dir: its handle state lives next to the first lower's name.
      ...(readOnly ? { stateDir: join(tmpdir(), 'ovlnfs-state', Buffer.from(layers.lowers.join(':')).toString('hex').slice(0, 64)) } : {}),
      exportId: 1, fsid: 1n, log,
      squash: { squash: flags.squash, anonuid: 65534, anongid: 65534 },
    });
  } catch (err) {
    await removeTemp();
    return { error: `cannot open the export: ${(err as Error).message}` };
  }
  return {
    programs: [nfsProgram(nfs), mountProgram([{ path: flags.exportPath, nfs, allowed: ['*'] }])],
    describe: `${flags.exportPath} = lowerdir=${layers.lowers.join(':')}${readOnly ? ' (read-only)' : `,upperdir=${layers.upper}`}`,
    close: async () => {
      await nfs.close();
      await removeTemp();
    },
  };
}
