// Checks of the kernel's `overlay.impure` marker. Readdir of an upper directory reports the real
// upper inode numbers, except in a directory marked impure, where an entry carrying
// `overlay.origin` reports its origin's inode number, the one stat gives. An upper written
// without the markers therefore mounts with readdir d_ino != stat st_ino.
import { lstatSync, readdirSync, type BigIntStats } from 'node:fs';
import { join } from 'node:path';
import { lgetxattr, readDirRaw } from '../../../src/sys/index.js';

const isY = (v: unknown): boolean => v instanceof Buffer && v.toString() === 'y';

function lstatOrUndefined(path: string): BigIntStats | undefined {
  try { return lstatSync(path, { bigint: true }); } catch { return undefined; }
}

/**
 * Every entry under the mount point `root` whose readdir d_ino differs from its lstat st_ino.
 * Names that cannot be looked up (the kernel lists some lower whiteouts) are skipped.
 */
export function dinoMismatches(root: string): string[] {
  const out: string[] = [];
  const walk = (rel: string): void => {
    const dir = rel === '' ? root : join(root, rel);
    const raw = readDirRaw(dir);
    if ('code' in raw) { out.push(`${rel || '/'}: readdir failed with ${raw.code}`); return; }
    raw.names.forEach((name, i) => {
      if (name === '.' || name === '..') return;
      const path = rel === '' ? name : `${rel}/${name}`;
      const st = lstatOrUndefined(join(root, path));
      if (st === undefined) return;
      const dIno = raw.inos[i] as bigint;
      if (dIno !== st.ino) out.push(`${path}: readdir d_ino ${dIno} != lstat st_ino ${st.ino}`);
      if (st.isDirectory()) walk(path);
    });
  };
  walk('');
  return out.sort();
}

export interface ImpureState {
  /** Upper directories marked impure ('' is the upper root). */
  impure: Set<string>;
  /** Upper directories holding an entry with an origin or a redirect: these must be impure. */
  needed: Set<string>;
}

/** Reads the markers of a raw upper directory (not mounted). */
export function impureState(upper: string, prefix = 'trusted.'): ImpureState {
  const state: ImpureState = { impure: new Set(), needed: new Set() };
  const has = (path: string, name: string): boolean => lgetxattr(path, `${prefix}overlay.${name}`) instanceof Buffer;
  const walk = (rel: string): void => {
    const dir = rel === '' ? upper : join(upper, rel);
    if (isY(lgetxattr(dir, `${prefix}overlay.impure`))) state.impure.add(rel);
    for (const name of readdirSync(dir).sort()) {
      const path = rel === '' ? name : `${rel}/${name}`;
      const full = join(upper, path);
      if (has(full, 'origin') || has(full, 'redirect')) state.needed.add(rel);
      if (lstatSync(full).isDirectory()) walk(path);
    }
  };
  walk('');
  return state;
}

const show = (rel: string): string => (rel === '' ? '/' : rel);

/**
 * Differences between the reference upper's markers and the subject's: a directory that needs
 * the marker must have it, and the marked directories must be the same, except directories
 * that need none (the kernel drops an unneeded marker lazily when it reads such a directory).
 */
export function compareImpure(ref: ImpureState, sub: ImpureState): string[] {
  const out: string[] = [];
  const missing = [...sub.needed].filter((d) => !sub.impure.has(d));
  for (const d of missing) out.push(`${show(d)}: holds an entry with an origin but is not impure`);
  for (const d of new Set([...ref.impure, ...sub.impure])) {
    if (ref.impure.has(d) === sub.impure.has(d) || (!ref.needed.has(d) && !sub.needed.has(d)) || missing.includes(d)) continue;
    out.push(`${show(d)}: impure expected ${ref.impure.has(d)} | actual ${sub.impure.has(d)}`);
  }
  return out.sort();
}

/** Upper directories marked opaque ("y"); the kernel never removes the marker once set. */
export function opaqueDirs(upper: string, prefix = 'trusted.'): string[] {
  const out: string[] = [];
  const walk = (rel: string): void => {
    const dir = rel === '' ? upper : join(upper, rel);
    if (isY(lgetxattr(dir, `${prefix}overlay.opaque`))) out.push(rel);
    for (const e of readdirSync(dir, { withFileTypes: true })) if (e.isDirectory()) walk(rel === '' ? e.name : `${rel}/${e.name}`);
  };
  walk('');
  return out.sort();
}
