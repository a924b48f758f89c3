// NFSPROC3_PATHCONF (RFC 1813 §3.3.20): POSIX limits of a Linux filesystem.
import { nfsstat3, type PATHCONF3args, type PATHCONF3res } from '../../generated/nfs3.js';
import type { Attr } from '../../overlay/index.js';
import { postOpAttr } from '../attributes.js';
import { LINK_MAX } from '../limits.js';
import { NAME_MAX } from '../names.js';
import type { NfsExport } from '../nfs-export.js';

export function pathconf(exp: NfsExport) {
  return async (args: PATHCONF3args): Promise<PATHCONF3res> => {
    let attr: Attr | undefined;
    try {
      const obj = await exp.resolve(args.object);
      attr = obj.attr;
      return {
        status: nfsstat3.NFS3_OK,
        resok: {
          obj_attributes: postOpAttr(obj.attr, exp.fsid),
          linkmax: LINK_MAX, name_max: NAME_MAX,
          no_trunc: true, chown_restricted: true, case_insensitive: false, case_preserving: true,
        },
      };
    } catch (err) {
      return { status: exp.statusOf(err, 'PATHCONF'), resfail: { obj_attributes: postOpAttr(attr, exp.fsid) } };
    }
  };
}
