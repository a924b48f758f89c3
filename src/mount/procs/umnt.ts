// MOUNTPROC3_UMNT and MOUNTPROC3_UMNTALL: forget mount records of the calling host.
import type { dirpath } from '../../generated/mount3.js';
import type { CallContext } from '../../rpc/types.js';
import type { MountTable } from '../mount-table.js';

export function umnt(table: MountTable) {
  return (path: dirpath, ctx: CallContext): void => table.remove(ctx.remoteAddress, path);
}

export function umntall(table: MountTable) {
  return (_args: void, ctx: CallContext): void => table.removeHost(ctx.remoteAddress);
}
