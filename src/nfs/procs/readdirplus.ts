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
import { entryAttributes, type EntryAttributes, type EntrySlot } from '../entry-attributes.js';
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

/** Each entry's lookup: shared with recent and concurrent listings where possible. */
function entrySlots(exp: NfsExport, dir: Resolved, entries: DirEntry[], kept: EntryAttributes, now: number): EntrySlot[] {
  return entries.map((e) => {
    if (!isName(e)) return { attr: attributesOf(exp, dir, e), recorded: true, born: now };
    return kept.get(dir.path, e.name, now) ?? kept.add(dir.path, e.name, attributesOf(exp, dir, e), now);
  });
}

function isName(e: DirEntry): boolean {
  return e.name !== '.' && e.name !== '..';
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
      const slots = entrySlots(exp, dir, listing.entries, kept, Date.now());
      const attrs = await Promise.all(slots.map((slot) => slot.attr));

      let count = 0;
      let used = 0;
      let dirInfo = 0;
      for (const [i, e] of listing.entries.entries()) {
        used += ENTRY_FIXED_SIZE + xdrStringSize(e.name) + (attrs[i] === undefined ? 0 : FATTR3_SIZE + handleSize);
        dirInfo += DIR_INFO_FIXED_SIZE + xdrStringSize(e.name);
        if (used > room || (dirInfo > args.dircount && count > 0)) break;
        count++;
      }
      if (count === 0 && listing.entries.length > 0) throw new NfsFailure(nfsstat3.NFS3ERR_TOOSMALL);

      const toRecord: number[] = [];
      for (let i = 0; i < count; i++) if (!slots[i]!.recorded && attrs[i] !== undefined) toRecord.push(i);
      if (toRecord.length > 0) {
        exp.handles.batch(() => {
          for (const i of toRecord) exp.handles.record(attrs[i]!.id, dir.id, listing.entries[i]!.name);
        });
        for (const i of toRecord) slots[i]!.recorded = true;
      }
      const entries: entryplus3[] = [];
      for (let i = 0; i < count; i++) {
        const e = listing.entries[i]!;
        const slot = slots[i]!;
        const a = attrs[i];
        const reply = a === undefined ? undefined : (slot.reply ??= {
          attr: a,
          attributes: postOpAttr(a, exp.fsid),
          handle: { handle_follows: true, handle: exp.handleOf(a.id) },
        });
        entries.push({
          fileid: a?.id ?? e.id,
          name: e.name,
          cookie: e.cookie,
          name_attributes: reply?.attributes ?? NO_ATTRIBUTES,
          name_handle: reply?.handle ?? NO_HANDLE,
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
