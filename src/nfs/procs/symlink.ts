// NFSPROC3_SYMLINK (RFC 1813 §3.3.10). A symlink's mode is meaningless on Linux and its
// owner is the caller, so the client's symlink_attributes are not applied (as knfsd does).
import { nfsstat3, type SYMLINK3args, type SYMLINK3res } from '../../generated/nfs3.js';
import type { CallContext } from '../../rpc/types.js';
import { createdReply, dirWcc } from '../create-common.js';
import { changesAttributes } from '../entry-attributes.js';
import { checkNewName } from '../names.js';
import type { NfsExport, Resolved } from '../nfs-export.js';
import { NfsFailure } from '../status.js';

export function symlink(exp: NfsExport) {
  return changesAttributes(exp, async (args: SYMLINK3args, ctx: CallContext): Promise<SYMLINK3res> => {
    let dir: Resolved | undefined;
    try {
      dir = await exp.resolveDir(args.where.dir);
      exp.requireWritable();
      const name = args.where.name;
      checkNewName(name);
      const target = args.symlink.symlink_data;
      if (target.length === 0 || target.includes('\0')) throw new NfsFailure(nfsstat3.NFS3ERR_INVAL);
      const attr = await exp.overlay.symlink(dir.path, name, target, exp.credOf(ctx));
      return { status: nfsstat3.NFS3_OK, resok: await createdReply(exp, dir, name, attr) };
    } catch (err) {
      return { status: exp.statusOf(err, 'SYMLINK'), resfail: { dir_wcc: await dirWcc(exp, dir) } };
    }
  });
}
