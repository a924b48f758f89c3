// NFSPROC3_REMOVE (RFC 1813 §3.3.12). The handle of the last name of an object dies with it.
import type { REMOVE3args, REMOVE3res } from '../../generated/nfs3.js';
import type { CallContext } from '../../rpc/types.js';
import { changesAttributes } from '../entry-attributes.js';
import type { NfsExport } from '../nfs-export.js';
import { removeName } from '../remove-common.js';

export function remove(exp: NfsExport) {
  return changesAttributes(exp, (args: REMOVE3args, ctx: CallContext): Promise<REMOVE3res> => removeName(exp, args.object, ctx, 'REMOVE'));
}
