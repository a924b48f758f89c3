// How the registry opens and closes one export: the overlay over its layers, its handle
// table (export id from the registry, so handles survive restarts) and the NFS procedure
// table bound to it.
import type { Logger } from 'pino';
import type { ExportEntry, RuntimeFactory } from '../exports/index.js';
import { openNfsExport } from '../nfs/index.js';
import { nfsRuntime, type NfsRuntime } from '../nfs/index.js';

export function exportRuntimes(log: Logger): RuntimeFactory<NfsRuntime> {
  return {
    open: async (entry: ExportEntry) => {
      const c = entry.config;
      const nfs = await openNfsExport({
        lowers: c.lower,
        ...(c.upper === null ? {} : { upper: c.upper }),
        ...(c.work === null ? {} : { work: c.work }),
        stateDir: entry.handleStateDir,
        exportId: entry.id,
        fsid: BigInt(entry.fsid),
        squash: c,
        log: log.child({ export: entry.path }),
      });
      log.info({ export: entry.path, id: entry.id }, 'export opened');
      return nfsRuntime(nfs);
    },
    close: (rt) => rt.nfs.close(),
  };
}
