// NFSPROC3_SETATTR (RFC 1813 §3.3.2): the guard compares the client's idea of ctime with
// ours, so a client can make "truncate only if nobody changed it since" atomic enough.
import { nfsstat3, type SETATTR3args, type SETATTR3res } from '../../generated/nfs3.js';
import type { Attr } from '../../overlay/index.js';
import type { CallContext } from '../../rpc/types.js';
import { sameTime, wccData } from '../attributes.js';
import { changesAttributes } from '../entry-attributes.js';
import type { NfsExport } from '../nfs-export.js';
import { isEmptySetAttr, setAttrOf } from '../set-attributes.js';
import { NfsFailure } from '../status.js';

export function setattr(exp: NfsExport) {
  return changesAttributes(exp, async (args: SETATTR3args, ctx: CallContext): Promise<SETATTR3res> => {
    let path: string | undefined;
    let before: Attr | undefined;
    try {
      const obj = await exp.resolve(args.object);
      path = obj.path;
      before = obj.attr;
      exp.requireWritable();
      if (args.guard.check && !sameTime(obj.attr.ctime, args.guard.obj_ctime)) throw new NfsFailure(nfsstat3.NFS3ERR_NOT_SYNC);
      const change = setAttrOf(args.new_attributes);
      const after = isEmptySetAttr(change) ? obj.attr : await exp.overlay.setattr(obj.path, exp.credOf(ctx), change);
      return { status: nfsstat3.NFS3_OK, resok: { obj_wcc: wccData(before, after, exp.fsid) } };
    } catch (err) {
      const status = exp.statusOf(err, 'SETATTR');
      const after = path === undefined ? undefined : await exp.attrAfter(path);
      return { status, resfail: { obj_wcc: wccData(before, after, exp.fsid) } };
    }
  });
}
