// A merged tree as a user sees it, and the comparison of two such trees. Both the kernel view
// (walked through the mount point) and the resolver view (walked through the Overlay API) are
// reduced to this shape, so one comparison serves the differential and the format tests.

export type EntryType = 'file' | 'dir' | 'symlink' | 'chr' | 'blk' | 'fifo' | 'sock';

export interface TreeEntry {
  type: EntryType;
  mode: number;            // 07777 bits
  uid: number;
  gid: number;
  size: number;            // files and symlinks only (a directory's size is filesystem-specific)
  hash: string;            // sha256 of a file's content, '' otherwise
  target: string;          // a symlink's target, '' otherwise
  mtimeSec: number;
  mtimeNsec: number;
  nlink: number;           // non-directories only (0 for directories)
  rdev: string;            // 'major:minor' of devices, '' otherwise
  /** Object identity inside the tree (st_ino or Attr.id), used only to group hard links. */
  ino: string;
}

/** Path ('' is the root, names joined with '/') → entry. */
export type Tree = Map<string, TreeEntry>;

export interface CompareOptions {
  /**
   * 'exact': mtimes must be equal (both sides read the same disk).
   * 'fresh': mtimes at or after `freshSince` (seconds) are "set by this run" and compare equal to
   * each other, because the kernel and the resolver ran the same operation at different moments;
   * older mtimes (explicit ones from the lowers or from utimes) must be equal.
   */
  mtime: 'exact' | 'fresh';
  freshSince?: number;
  /** Compare which paths share one object (hard-link groups). */
  linkGroups: boolean;
  /** Compare object ids too (one subject before and after a restart: ids must be stable). */
  ids?: boolean;
}

function mtimeLabel(e: TreeEntry, o: CompareOptions): string {
  if (o.mtime === 'fresh' && e.mtimeSec >= (o.freshSince ?? 0)) return 'fresh';
  return `${e.mtimeSec}.${String(e.mtimeNsec).padStart(9, '0')}`;
}

function describe(e: TreeEntry, o: CompareOptions): string {
  const parts = [e.type, `mode=${e.mode.toString(8)}`, `uid=${e.uid}`, `gid=${e.gid}`, `mtime=${mtimeLabel(e, o)}`];
  if (e.type !== 'dir') parts.push(`nlink=${e.nlink}`);
  if (e.type === 'file') parts.push(`size=${e.size}`, `sha=${e.hash.slice(0, 12)}`);
  if (e.type === 'symlink') parts.push(`target=${JSON.stringify(e.target)}`);
  if (e.rdev !== '') parts.push(`rdev=${e.rdev}`);
  if (o.ids === true) parts.push(`id=${e.ino}`);
  return parts.join(' ');
}

/** Hard-link groups: path → sorted list of all paths sharing its object (only groups of 2+). */
function linkGroups(tree: Tree): Map<string, string> {
  const byIno = new Map<string, string[]>();
  for (const [path, e] of tree) {
    if (e.type === 'dir') continue;
    const list = byIno.get(e.ino);
    if (list === undefined) byIno.set(e.ino, [path]);
    else list.push(path);
  }
  const out = new Map<string, string>();
  for (const paths of byIno.values()) {
    if (paths.length < 2) continue;
    const label = paths.sort().join(' = ');
    for (const p of paths) out.set(p, label);
  }
  return out;
}

/**
 * Every difference between `expected` and `actual`, one human-readable line each; empty when the
 * trees are equal under `o`.
 */
export function compareTrees(expected: Tree, actual: Tree, o: CompareOptions): string[] {
  const diffs: string[] = [];
  const paths = [...new Set([...expected.keys(), ...actual.keys()])].sort();
  for (const path of paths) {
    const e = expected.get(path);
    const a = actual.get(path);
    const shown = path === '' ? '/' : path;
    if (e === undefined) { diffs.push(`${shown}: unexpected ${describe(a as TreeEntry, o)}`); continue; }
    if (a === undefined) { diffs.push(`${shown}: missing, expected ${describe(e, o)}`); continue; }
    const de = describe(e, o);
    const da = describe(a, o);
    if (de !== da) diffs.push(`${shown}: expected ${de} | actual ${da}`);
  }
  if (o.linkGroups) {
    const ge = linkGroups(expected);
    const ga = linkGroups(actual);
    for (const path of paths) {
      const le = ge.get(path) ?? '(none)';
      const la = ga.get(path) ?? '(none)';
      if (le !== la && expected.has(path) && actual.has(path)) {
        diffs.push(`${path}: hard-link group expected ${le} | actual ${la}`);
      }
    }
  }
  return diffs;
}

/** What the operation generator needs to know of each path. */
export interface Shape { type: EntryType; mode: number; uid: number; gid: number }

export function shapeOf(tree: Tree): Map<string, Shape> {
  const out = new Map<string, Shape>();
  for (const [path, e] of tree) out.set(path, { type: e.type, mode: e.mode, uid: e.uid, gid: e.gid });
  return out;
}
