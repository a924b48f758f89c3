// Merged directory listing with stable cookies. Names come from getdents (d_ino, d_type),
// so listing needs no stat per entry: lower ids are (layer << 56 | d_ino); an upper entry
// costs one getxattr (its recorded id); only character devices are stat'ed (whiteout?).
// A cookie is a 63-bit hash of the name, so it stays valid while other entries come and go:
// a listing is ordered by cookie and a page continues after the caller's cookie. Cookies
// 0..15 are never produced (0 = start; callers may use 1..15 for '.' and '..').
import { lstatOrUndefined } from './context.js';
import type { Ctx } from './context.js';
import { OCI_OPAQUE_MARKER, OCI_WHITEOUT_PREFIX, isCharWhiteout, isXattrWhiteout } from './format.js';
import { makeId, upperId } from './identity.js';
import { realPath } from './lookup.js';
import type { Node } from './lookup.js';
import * as sys from '../sys/index.js';
import { toOverlayError } from './errors.js';
import type { DirEntry, ReaddirResult } from './types.js';

const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK64 = (1n << 64n) - 1n;

function fnv(s: string, seed = FNV_OFFSET): bigint {
  let h = seed;
  for (const b of Buffer.from(s, 'utf8')) h = ((h ^ BigInt(b)) * FNV_PRIME) & MASK64;
  return h;
}

interface Keyed { name: string; id: bigint; hi: number; lo: number }

/** Two 32-bit FNV-1a variants over the UTF-16 units: cheap (no BigInt per character). */
function keyed(name: string, id: bigint): Keyed {
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 15);
  }
  const hi = a >>> 1;
  const lo = b >>> 0;
  return { name, id, hi, lo: hi === 0 && lo < 16 ? lo + 16 : lo };
}

interface Listing { verifier: bigint; entries: DirEntry[] }

/**
 * The merged names of a directory node: upper first, whiteouts and duplicates removed.
 * `forEmptiness` answers rmdir/rename's "is it empty?" as the kernel does: its check
 * (ovl_check_empty_dir) does not recognise xattr whiteouts, so they count as entries there.
 */
export function mergedEntries(ctx: Ctx, node: Node, forEmptiness = false): { name: string; id: bigint }[] {
  const seen = new Set<string>();
  const out: { name: string; id: bigint }[] = [];
  for (const h of node.hits) {
    const dir = realPath(h);
    const raw = sys.readDirRaw(dir);
    if ('code' in raw) throw toOverlayError(raw, `readdir ${dir}`);
    const hidden: string[] = [];
    for (let i = 0; i < raw.names.length; i++) {
      const name = raw.names[i] as string;
      const type = raw.types[i] as number;
      if (!h.layer.upper && name.startsWith(OCI_WHITEOUT_PREFIX)) {
        if (name !== OCI_OPAQUE_MARKER) hidden.push(name.slice(OCI_WHITEOUT_PREFIX.length));
        continue;
      }
      if (seen.has(name)) continue;
      const path = `${dir}/${name}`;
      if (type === sys.DT_CHR || type === sys.DT_UNKNOWN || (h.xwhiteouts && type === sys.DT_REG)) {
        const st = lstatOrUndefined(path);
        if (st === undefined) continue;
        if (isCharWhiteout(st) || (h.xwhiteouts && !forEmptiness && isXattrWhiteout(ctx.fmt, path, st))) { seen.add(name); continue; }
      }
      seen.add(name);
      const ino = raw.inos[i] as bigint;
      const id = h.layer.upper ? upperId(ctx.fmt, ctx.layers, path, ino) : makeId(h.layer.fsIndex, ino);
      out.push({ name, id });
    }
    for (const n of hidden) seen.add(n);
  }
  return out;
}

function verifierOf(ctx: Ctx, node: Node): bigint {
  let h = FNV_OFFSET;
  for (const hit of node.hits) h = fnv(`${hit.layer.index}:${hit.st.ino}:${hit.st.mtimeNs}:${hit.st.ctimeNs};`, h);
  h = fnv(`g${ctx.generationOf(node.path)}`, h);
  return h === 0n ? 1n : h;
}

/** Keeps the last few listings: paging a big directory must not re-merge it for every page. */
export class ReaddirCache {
  private readonly listings = new Map<string, Listing>();
  constructor(private readonly max = 8) {}

  private listing(ctx: Ctx, node: Node): Listing {
    const verifier = verifierOf(ctx, node);
    const cached = this.listings.get(node.path);
    if (cached !== undefined && cached.verifier === verifier) return cached;
    // One sort on numbers (hash, then name for the rare collision: the later name moves on by one).
    const keys = mergedEntries(ctx, node).map((e) => keyed(e.name, e.id));
    keys.sort((a, b) => a.hi - b.hi || a.lo - b.lo || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const entries: DirEntry[] = new Array<DirEntry>(keys.length);
    let prev = -1n;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i] as Keyed;
      let cookie = (BigInt(k.hi) << 32n) | BigInt(k.lo);
      if (cookie <= prev) cookie = prev + 1n;
      prev = cookie;
      entries[i] = { name: k.name, id: k.id, cookie };
    }
    const l = { verifier, entries };
    this.listings.delete(node.path);
    this.listings.set(node.path, l);
    if (this.listings.size > this.max) this.listings.delete(this.listings.keys().next().value as string);
    return l;
  }

  page(ctx: Ctx, node: Node, cookie: bigint, maxEntries: number): ReaddirResult {
    const { verifier, entries } = this.listing(ctx, node);
    let lo = 0;
    let hi = entries.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((entries[mid] as DirEntry).cookie <= cookie) lo = mid + 1; else hi = mid;
    }
    const end = Math.min(entries.length, lo + Math.max(0, maxEntries));
    return { verifier, entries: entries.slice(lo, end), eof: end === entries.length };
  }
}
