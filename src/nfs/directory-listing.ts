// The entries READDIR and READDIRPLUS page through: "." and ".." (cookies 1 and 2, which the
// overlay never issues), then the overlay's merged entries with its own cookies. The overlay's
// cookies stay valid while the directory changes and across restarts, so the cookie verifier
// is one constant per export (NfsExport.cookieVerifier): a changing verifier would only make
// clients fail with BAD_COOKIE mid-listing (design.md item 4). BAD_COOKIE is kept for
// verifiers we never issued.
import { nfsstat3, type cookieverf3 } from '../generated/nfs3.js';
import type { DirEntry } from '../overlay/index.js';
import { parentPath } from './names.js';
import type { NfsExport, Resolved } from './nfs-export.js';
import { NfsFailure } from './status.js';

const DOT_COOKIE = 1n;
const DOTDOT_COOKIE = 2n;
/** Bounds the work of one call whatever count a client sends. */
export const MAX_ENTRIES_PER_CALL = 4096;

export interface Listing { entries: DirEntry[]; eof: boolean; verifier: cookieverf3 }

const NO_VERIFIER = Buffer.alloc(8);

/** Up to `maxEntries` entries after `cookie` (0 = from the start). */
export async function listDirectory(exp: NfsExport, dir: Resolved, cookie: bigint, cookieverf: cookieverf3, maxEntries: number): Promise<Listing> {
  const entries: DirEntry[] = [];
  if (cookie === 0n) entries.push({ name: '.', id: dir.id, cookie: DOT_COOKIE });
  if (cookie <= DOT_COOKIE) {
    const parentId = dir.path === '' ? dir.id : (await exp.overlay.getattr(parentPath(dir.path))).id;
    entries.push({ name: '..', id: parentId, cookie: DOTDOT_COOKIE });
  }
  const overlayCookie = cookie <= DOTDOT_COOKIE ? 0n : cookie;
  // A zero verifier is what a client sends before it has one; any other must be ours.
  if (cookie !== 0n && !cookieverf.equals(NO_VERIFIER) && !cookieverf.equals(exp.cookieVerifier)) {
    throw new NfsFailure(nfsstat3.NFS3ERR_BAD_COOKIE);
  }
  const page = await exp.overlay.readdir(dir.path, overlayCookie, 0n, Math.max(1, maxEntries - entries.length));
  for (const e of page.entries) entries.push(e);
  return { entries, eof: page.eof, verifier: exp.cookieVerifier };
}

/** Encoded size of a variable-length opaque: length word plus the bytes padded to 4. */
export function xdrOpaqueSize(length: number): number {
  return 4 + ((length + 3) & ~3);
}

export function xdrStringSize(s: string): number {
  return xdrOpaqueSize(Buffer.byteLength(s, 'utf8'));
}
