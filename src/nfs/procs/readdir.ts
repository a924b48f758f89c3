// NFSPROC3_READDIR (RFC 1813 §3.3.16): as many entries as fit in the client's count.
import { nfsstat3, type entry3, type READDIR3args, type READDIR3res } from '../../generated/nfs3.js';
import { R_OK, type Attr } from '../../overlay/index.js';
import type { CallContext } from '../../rpc/types.js';
import { requireAccess } from '../access-check.js';
import { postOpAttr } from '../attributes.js';
import { listDirectory, MAX_ENTRIES_PER_CALL, xdrStringSize } from '../directory-listing.js';
import type { NfsExport } from '../nfs-export.js';
import { NfsFailure } from '../status.js';

// status, post_op_attr with attributes, cookieverf, end-of-list word, eof.
const FIXED_SIZE = 4 + 88 + 8 + 4 + 4;
// value-follows word, fileid, cookie; plus the name.
const ENTRY_FIXED_SIZE = 4 + 8 + 8;
const SMALLEST_ENTRY_SIZE = ENTRY_FIXED_SIZE + 8;

export function readdir(exp: NfsExport) {
  return async (args: READDIR3args, ctx: CallContext): Promise<READDIR3res> => {
    let attr: Attr | undefined;
    try {
      const dir = await exp.resolveDir(args.dir);
      attr = dir.attr;
      await requireAccess(exp, dir, exp.credOf(ctx), R_OK);
      const room = args.count - FIXED_SIZE;
      const wanted = Math.min(MAX_ENTRIES_PER_CALL, Math.max(1, Math.floor(room / SMALLEST_ENTRY_SIZE)));
      const listing = await listDirectory(exp, dir, args.cookie, args.cookieverf, wanted);
      const entries: entry3[] = [];
      let used = 0;
      for (const e of listing.entries) {
        used += ENTRY_FIXED_SIZE + xdrStringSize(e.name);
        if (used > room) break;
        entries.push({ fileid: e.id, name: e.name, cookie: e.cookie });
      }
      if (entries.length === 0 && listing.entries.length > 0) throw new NfsFailure(nfsstat3.NFS3ERR_TOOSMALL);
      const eof = listing.eof && entries.length === listing.entries.length;
      return {
        status: nfsstat3.NFS3_OK,
        resok: { dir_attributes: postOpAttr(dir.attr, exp.fsid), cookieverf: listing.verifier, reply: { entries, eof } },
      };
    } catch (err) {
      return { status: exp.statusOf(err, 'READDIR'), resfail: { dir_attributes: postOpAttr(attr, exp.fsid) } };
    }
  };
}
