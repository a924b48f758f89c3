// NFSPROC3_READLINK (RFC 1813 §3.3.5).
import { nfsstat3, type READLINK3args, type READLINK3res } from '../../generated/nfs3.js';
import type { Attr } from '../../overlay/index.js';
import { postOpAttr } from '../attributes.js';
import type { NfsExport } from '../nfs-export.js';
import { NfsFailure } from '../status.js';

export function readlink(exp: NfsExport) {
  return async (args: READLINK3args): Promise<READLINK3res> => {
    let attr: Attr | undefined;
    try {
      const obj = await exp.resolve(args.symlink);
      attr = obj.attr;
      if (obj.attr.type !== 'symlink') throw new NfsFailure(nfsstat3.NFS3ERR_INVAL);
      const data = await exp.overlay.readlink(obj.path);
      return { status: nfsstat3.NFS3_OK, resok: { symlink_attributes: postOpAttr(obj.attr, exp.fsid), data } };
    } catch (err) {
      return { status: exp.statusOf(err, 'READLINK'), resfail: { symlink_attributes: postOpAttr(attr, exp.fsid) } };
    }
  };
}
