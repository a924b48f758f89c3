// NFSPROC3_LOOKUP (RFC 1813 §3.3.3). "." is the directory itself and ".." its parent; the
// export root is its own parent, so a client can never climb out of the export.
import { nfsstat3, type LOOKUP3args, type LOOKUP3res, type nfs_fh3 } from '../../generated/nfs3.js';
import { X_OK, type Attr } from '../../overlay/index.js';
import type { CallContext } from '../../rpc/types.js';
import { requireAccess } from '../access-check.js';
import { postOpAttr } from '../attributes.js';
import { checkName, parentPath } from '../names.js';
import type { NfsExport } from '../nfs-export.js';

export function lookup(exp: NfsExport) {
  return async (args: LOOKUP3args, ctx: CallContext): Promise<LOOKUP3res> => {
    let dirAttr: Attr | undefined;
    try {
      const dir = await exp.resolveDir(args.what.dir);
      dirAttr = dir.attr;
      const name = args.what.name;
      checkName(name);
      await requireAccess(exp, dir, exp.credOf(ctx), X_OK);
      let attr: Attr;
      let object: nfs_fh3;
      if (name === '.') {
        attr = dir.attr;
        object = exp.handleOf(dir.id);
      } else if (name === '..') {
        attr = dir.path === '' ? dir.attr : await exp.overlay.getattr(parentPath(dir.path));
        object = exp.handleOf(attr.id);
      } else {
        attr = await exp.overlay.lookup(dir.path, name);
        object = exp.handOut(attr, dir.id, name);
      }
      return {
        status: nfsstat3.NFS3_OK,
        resok: { object, obj_attributes: postOpAttr(attr, exp.fsid), dir_attributes: postOpAttr(dir.attr, exp.fsid) },
      };
    } catch (err) {
      return { status: exp.statusOf(err, 'LOOKUP'), resfail: { dir_attributes: postOpAttr(dirAttr, exp.fsid) } };
    }
  };
}
