// The MOUNT version 3 program as a table (handlers in procs/). It runs on the NFS port.
import { MOUNT_PROGRAM_MOUNT_V3 } from '../generated/mount3.js';
import { programVersion } from '../rpc/program.js';
import type { ProgramVersion } from '../rpc/types.js';
import { staticMountSource, type MountableExport, type MountSource } from './mountable.js';
import { MountTable } from './mount-table.js';
import { dump } from './procs/dump.js';
import { exportList } from './procs/export.js';
import { mnt } from './procs/mnt.js';
import { umnt, umntall } from './procs/umnt.js';

/** MOUNT over a fixed list of exports (open to every client), or over any MountSource. */
export function mountProgram(exports: MountableExport[] | MountSource, table = new MountTable()): ProgramVersion {
  const source = Array.isArray(exports) ? staticMountSource(exports) : exports;
  return programVersion(MOUNT_PROGRAM_MOUNT_V3, {
    MOUNTPROC3_NULL: () => undefined,
    MOUNTPROC3_MNT: mnt(source, table),
    MOUNTPROC3_DUMP: dump(table),
    MOUNTPROC3_UMNT: umnt(table),
    MOUNTPROC3_UMNTALL: umntall(table),
    MOUNTPROC3_EXPORT: exportList(source),
  });
}
