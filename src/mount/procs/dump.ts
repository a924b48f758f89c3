// MOUNTPROC3_DUMP: the current mount records.
import type { mountlist } from '../../generated/mount3.js';
import type { MountTable } from '../mount-table.js';

export function dump(table: MountTable) {
  return (): mountlist => table.list();
}
