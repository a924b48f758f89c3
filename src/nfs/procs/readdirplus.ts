// NFSPROC3_READDIRPLUS (RFC 1813 §3.3.17): entries with attributes and handles, bounded by
// dircount (names, fileids, cookies) and maxcount (the whole reply). Each handle handed out
// is recorded, in one transaction for the page.
import {
  nfsstat3, type entryplus3, type post_op_attr, type post_op_fh3, type READDIRPLUS3args, type READDIRPLUS3res,
} from '../../generated/nfs3.js';
import { R_OK, type Attr, type DirEntry } from '../../overlay/index.js';
import type { CallContext } from '../../rpc/types.js';
import { requireAccess } from '../access-check.js';
import { postOpAttr } from '../attributes.js';
import { listDirectory, xdrOpaqueSize, xdrStringSize } from '../directory-listing.js';
import { entryAttributes, type EntryAttributes, type EntryReply } from '../entry-attributes.js';
import { parentPath } from '../names.js';
import type { NfsExport, Resolved } from '../nfs-export.js';
import { NfsFailure } from '../status.js';

// status, post_op_attr with attributes, cookieverf, end-of-list word, eof.
const FIXED_SIZE = 4 + 88 + 8 + 4 + 4;
// What dircount counts per entry besides the name: fileid and cookie.
const DIR_INFO_FIXED_SIZE = 8 + 8;
// value-follows word, fileid, cookie, post_op_attr and post_op_fh3 discriminants.
const ENTRY_FIXED_SIZE = 4 + 8 + 8 + 4 + 4;
const FATTR3_SIZE = 84;
/** A page lists at most this many entries: each costs a lookup. */
const MAX_ENTRIES_PER_PAGE = 1024;
const NO_ATTRIBUTES: post_op_attr = { attributes_follow: false };
const NO_HANDLE: post_op_fh3 = { handle_follows: false };

/** An entry's attributes: undefined when it was removed since the listing (it goes out without). */
async function attributesOf(exp: NfsExport, dir: Resolved, e: DirEntry): Promise<Attr | undefined> {
  if (e.name === '.') return dir.attr;
  try {
    return e.name === '..' ? await exp.overlay.getattr(parentPath(dir.path)) : await exp.overlay.lookup(dir.path, e.name);
  } catch {
    return undefined;
  }
}

/** Each entry as it goes out: kept from a recent listing, or looked up now (`fresh`). */
async function entryReplies(exp: NfsExport, dir: Resolved, entries: DirEntry[], kept: EntryAttributes, now: number):
  Promise<{ reply: EntryReply | undefined; fresh: boolean }[]> {
  const out: { reply: EntryReply | undefined; fresh: boolean }[] = [];
  for (const e of entries) {
    const reply = e.name === '.' || e.name === '..' ? undefined : kept.get(dir.path, e.name, now);
    if (reply !== undefined) { out.push({ reply, fresh: false }); continue; }
    const attr = await attributesOf(exp, dir, e);
    out.push({
      reply: attr === undefined ? undefined : {
        attr,
        attributes: postOpAttr(attr, exp.fsid),
        handle: { handle_follows: true, handle: exp.handleOf(attr.id) },
      },
      fresh: true,
    });
  }
  return out;
}

export function readdirplus(exp: NfsExport) {
  return async (args: READDIRPLUS3args, ctx: CallContext): Promise<READDIRPLUS3res> => {
    let attr: Attr | undefined;
    try {
      const dir = await exp.resolveDir(args.dir);
      attr = dir.attr;
      await requireAccess(exp, dir, exp.credOf(ctx), R_OK);
      const room = args.maxcount - FIXED_SIZE;
      // Every handle of an export has the same length.
      const handleSize = xdrOpaqueSize(exp.handleOf(dir.id).data.length);
      const perEntry = ENTRY_FIXED_SIZE + FATTR3_SIZE + handleSize + 8;
      const wanted = Math.min(MAX_ENTRIES_PER_PAGE, Math.max(1, Math.floor(room / perEntry)),
        Math.max(1, Math.floor(args.dircount / (DIR_INFO_FIXED_SIZE + 8))));
      const listing = await listDirectory(exp, dir, args.cookie, args.cookieverf, wanted);
      const kept = entryAttributes(exp);
      const generation = kept.current;
      const now = Date.now();
      const replies = await entryReplies(exp, dir, listing.entries, kept, now);

      let count = 0;
      let used = 0;
      let dirInfo = 0;
      for (const [i, e] of listing.entries.entries()) {
        const a = replies[i]?.reply;
        used += ENTRY_FIXED_SIZE + xdrStringSize(e.name) + (a === undefined ? 0 : FATTR3_SIZE + handleSize);
        dirInfo += DIR_INFO_FIXED_SIZE + xdrStringSize(e.name);
        if (used > room || (dirInfo > args.dircount && count > 0)) break;
        count++;
      }
      if (count === 0 && listing.entries.length > 0) throw new NfsFailure(nfsstat3.NFS3ERR_TOOSMALL);

      const isName = (e: DirEntry): boolean => e.name !== '.' && e.name !== '..';
      exp.handles.batch(() => {
        for (let i = 0; i < count; i++) {
          const e = listing.entries[i]!;
          const r = replies[i]!;
          if (r.fresh && r.reply !== undefined && isName(e)) exp.handles.record(r.reply.attr.id, dir.id, e.name);
        }
      });
      const entries: entryplus3[] = [];
      for (let i = 0; i < count; i++) {
        const e = listing.entries[i]!;
        const r = replies[i]!;
        if (r.fresh && r.reply !== undefined && isName(e)) kept.keep(dir.path, e.name, r.reply, generation, now);
        entries.push({
          fileid: r.reply?.attr.id ?? e.id,
          name: e.name,
          cookie: e.cookie,
          name_attributes: r.reply?.attributes ?? NO_ATTRIBUTES,
          name_handle: r.reply?.handle ?? NO_HANDLE,
        });
      }
      const eof = listing.eof && count === listing.entries.length;
      return {
        status: nfsstat3.NFS3_OK,
        resok: { dir_attributes: postOpAttr(dir.attr, exp.fsid), cookieverf: listing.verifier, reply: { entries, eof } },
      };
    } catch (err) {
      return { status: exp.statusOf(err, 'READDIRPLUS'), resfail: { dir_attributes: postOpAttr(attr, exp.fsid) } };
    }
  };
}
