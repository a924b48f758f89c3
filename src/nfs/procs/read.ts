// NFSPROC3_READ (RFC 1813 §3.3.6). The reply is encoded by the handler into a ReplyBody and
// the file data is read straight into its slot in that buffer: no copy of the payload.
import { nfsstat3, xdr_post_op_attr, xdr_READ3res, type READ3args, type READ3res } from '../../generated/nfs3.js';
import { R_OK, X_OK, type Attr } from '../../overlay/index.js';
import { ReplyBody } from '../../rpc/reply-body.js';
import type { CallContext } from '../../rpc/types.js';
import { XdrWriter } from '../../xdr/index.js';
import { requireAccess } from '../access-check.js';
import { postOpAttr } from '../attributes.js';
import { RTMAX } from '../limits.js';
import { requireRegularFile, type NfsExport } from '../nfs-export.js';

/** status, then after the attributes: count, eof, opaque length. */
const STATUS_SIZE = 4;
const COUNT_EOF_LENGTH_SIZE = 12;

export function read(exp: NfsExport) {
  return async (args: READ3args, ctx: CallContext): Promise<READ3res | ReplyBody> => {
    let attr: Attr | undefined;
    try {
      const obj = await exp.resolve(args.file);
      attr = obj.attr;
      requireRegularFile(obj.attr);
      const cred = exp.credOf(ctx);
      // The owner may read regardless of mode bits (it may have opened the file before a
      // chmod, which NFS cannot see), and execute permission allows reading, as in knfsd.
      if (cred.uid !== obj.attr.uid) await requireAccess(exp, obj, cred, R_OK | X_OK);

      const count = Math.min(args.count, RTMAX);
      const file_attributes = postOpAttr(obj.attr, exp.fsid);
      const slot = STATUS_SIZE + xdr_post_op_attr.size(file_attributes) + COUNT_EOF_LENGTH_SIZE;
      const body = ReplyBody.allocate(slot + count + 3);
      const got = await exp.overlay.read(obj.path, args.offset, count, body.bytes, slot);
      const data = body.bytes.subarray(slot, slot + got.bytes);
      const w = new XdrWriter(body.bytes);
      // The writer sees `data` already in place and only writes length and padding around it.
      xdr_READ3res.write(w, { status: nfsstat3.NFS3_OK, resok: { file_attributes, count: got.bytes, eof: got.eof, data } });
      return body.finish(w.pos);
    } catch (err) {
      return { status: exp.statusOf(err, 'READ'), resfail: { file_attributes: postOpAttr(attr, exp.fsid) } };
    }
  };
}
