// NFSPROC3_COMMIT (RFC 1813 §3.3.21): data and metadata of the file reach stable storage.
// The whole file is synced whatever offset/count say (allowed by the RFC). If the sync fails,
// earlier UNSTABLE writes may be lost, so the write verifier changes and clients resend.
import { nfsstat3, type COMMIT3args, type COMMIT3res } from '../../generated/nfs3.js';
import type { Attr } from '../../overlay/index.js';
import { wccData } from '../attributes.js';
import { changesAttributes } from '../entry-attributes.js';
import { requireRegularFile, type NfsExport } from '../nfs-export.js';

export function commit(exp: NfsExport) {
  return changesAttributes(exp, async (args: COMMIT3args): Promise<COMMIT3res> => {
    let path: string | undefined;
    let before: Attr | undefined;
    try {
      const obj = await exp.resolve(args.file);
      path = obj.path;
      before = obj.attr;
      exp.requireWritable();
      requireRegularFile(obj.attr);
      try {
        await exp.overlay.commit(obj.path);
      } catch (err) {
        exp.renewWriteVerifier();
        throw err;
      }
      const after = await exp.attrAfter(obj.path);
      return { status: nfsstat3.NFS3_OK, resok: { file_wcc: wccData(before, after, exp.fsid), verf: exp.writeVerifier } };
    } catch (err) {
      const status = exp.statusOf(err, 'COMMIT');
      const after = path === undefined ? undefined : await exp.attrAfter(path);
      return { status, resfail: { file_wcc: wccData(before, after, exp.fsid) } };
    }
  });
}
