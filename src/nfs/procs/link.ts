// NFSPROC3_LINK (RFC 1813 §3.3.15). The object keeps its handle and fileid; its recorded
// place stays the first name, which still exists.
import { nfsstat3, type LINK3args, type LINK3res } from '../../generated/nfs3.js';
import type { CallContext } from '../../rpc/types.js';
import { postOpAttr } from '../attributes.js';
import { dirWcc } from '../create-common.js';
import { changesAttributes } from '../entry-attributes.js';
import { checkNewName } from '../names.js';
import type { NfsExport, Resolved } from '../nfs-export.js';

export function link(exp: NfsExport) {
  return changesAttributes(exp, async (args: LINK3args, ctx: CallContext): Promise<LINK3res> => {
    let file: Resolved | undefined;
    let dir: Resolved | undefined;
    try {
      file = await exp.resolve(args.file);
      dir = await exp.resolveDir(args.link.dir);
      exp.requireWritable();
      checkNewName(args.link.name);
      const after = await exp.overlay.link(file.path, dir.path, args.link.name, exp.credOf(ctx));
      return { status: nfsstat3.NFS3_OK, resok: { file_attributes: postOpAttr(after, exp.fsid), linkdir_wcc: await dirWcc(exp, dir) } };
    } catch (err) {
      const status = exp.statusOf(err, 'LINK');
      const fileAttr = file === undefined ? undefined : await exp.attrAfter(file.path);
      return { status, resfail: { file_attributes: postOpAttr(fileAttr, exp.fsid), linkdir_wcc: await dirWcc(exp, dir) } };
    }
  });
}
