// NFSPROC3_WRITE (RFC 1813 §3.3.7). DATA_SYNC and FILE_SYNC reach stable storage before we
// answer; UNSTABLE data is made stable by COMMIT, and the verifier tells clients when a
// restart may have lost it.
import { nfsstat3, stable_how, type WRITE3args, type WRITE3res } from '../../generated/nfs3.js';
import type { Attr } from '../../overlay/index.js';
import { releaseArgs } from '../../rpc/reply-pool.js';
import type { CallContext } from '../../rpc/types.js';
import { wccData } from '../attributes.js';
import { changesAttributes } from '../entry-attributes.js';
import { requireRegularFile, type NfsExport } from '../nfs-export.js';
import { NfsFailure } from '../status.js';

const syncOf = {
  [stable_how.UNSTABLE]: 'unstable',
  [stable_how.DATA_SYNC]: 'data',
  [stable_how.FILE_SYNC]: 'file',
} as const;

export function write(exp: NfsExport) {
  return changesAttributes(exp, async (args: WRITE3args, ctx: CallContext): Promise<WRITE3res> => {
    let path: string | undefined;
    let before: Attr | undefined;
    try {
      const obj = await exp.resolve(args.file);
      path = obj.path;
      before = obj.attr;
      exp.requireWritable();
      requireRegularFile(obj.attr);
      // count and the opaque length must agree; a client that sends less data than it
      // claims is broken, and writing a prefix would report a size it did not mean.
      if (args.count > args.data.length) throw new NfsFailure(nfsstat3.NFS3ERR_INVAL);
      const data = args.data.length === args.count ? args.data : args.data.subarray(0, args.count);
      const after = await exp.overlay.write(obj.path, args.offset, data, exp.credOf(ctx), syncOf[args.stable]);
      return {
        status: nfsstat3.NFS3_OK,
        resok: { file_wcc: wccData(before, after, exp.fsid), count: data.length, committed: args.stable, verf: exp.writeVerifier },
      };
    } catch (err) {
      const status = exp.statusOf(err, 'WRITE');
      const after = path === undefined ? undefined : await exp.attrAfter(path);
      return { status, resfail: { file_wcc: wccData(before, after, exp.fsid) } };
    } finally {
      // The data is on its way to disk and nothing here or in the reply refers to the
      // arguments any more: the record's memory can take the next WRITE.
      releaseArgs(args.data);
    }
  });
}
