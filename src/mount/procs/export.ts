// MOUNTPROC3_EXPORT: every export path with the clients allowed to mount it (showmount -e).
import type { exports } from '../../generated/mount3.js';
import type { MountableExport } from '../mountable.js';

export function exportList(list: MountableExport[]) {
  return (): exports => list.map((e) => ({ ex_dir: e.path, ex_groups: e.allowed.map((gr_name) => ({ gr_name })) }));
}
