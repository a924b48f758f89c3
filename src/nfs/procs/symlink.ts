// NFSPROC3_SYMLINK (RFC 1813 §3.3.10). A symlink's mode is meaningless on Linux and its
// owner is the caller, so the client's symlink_attributes are not applied (as knfsd does).
import { nfsstat3, type SYMLINK3args, type SYMLINK3res } from '../../generated/nfs3.js';
import type { CallContext } from '../../rpc/types.js';
import { createName } from '../create-common.js';
import { changesAttributes } from '../entry-attributes.js';
import type { NfsExport } from '../nfs-export.js';
import { NfsFailure } from '../status.js';

export function symlink(exp: NfsExport) {
  return changesAttributes(exp, (args: SYMLINK3args, ctx: CallContext): Promise<SYMLINK3res> =>
    createName(exp, args.where, ctx, 'SYMLINK', (dir, name, cred) => {
      const target = args.symlink.symlink_data;
      if (target.length === 0 || target.includes('\0')) throw new NfsFailure(nfsstat3.NFS3ERR_INVAL);
      return exp.overlay.symlink(dir.path, name, target, cred);
    }));
}
