// NFSPROC3_RMDIR (RFC 1813 §3.3.13).
import type { RMDIR3args, RMDIR3res } from '../../generated/nfs3.js';
import type { CallContext } from '../../rpc/types.js';
import { changesAttributes } from '../entry-attributes.js';
import type { NfsExport } from '../nfs-export.js';
import { removeName } from '../remove-common.js';

export function rmdir(exp: NfsExport) {
  return changesAttributes(exp, (args: RMDIR3args, ctx: CallContext): Promise<RMDIR3res> => removeName(exp, args.object, ctx, 'RMDIR'));
}
