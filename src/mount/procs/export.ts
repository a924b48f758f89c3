// MOUNTPROC3_EXPORT: the exports this caller may mount, with the client-list entry that
// admits it (showmount -e).
import type { exports } from '../../generated/mount3.js';
import type { CallContext } from '../../rpc/types.js';
import type { MountSource } from '../mountable.js';

export function exportList(source: MountSource) {
  return (_args: void, ctx: CallContext): exports => source.list(ctx);
}
