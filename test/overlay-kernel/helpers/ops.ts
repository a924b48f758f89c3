// Operations of the differential test and their seeded generator. An operation names objects by
// merged path, like the Overlay API; the generator looks at the current merged tree (the kernel's,
// the reference) so that most operations hit existing objects: lower, upper and merged ones.
import type { EntryType, Shape } from './tree.js';
import { Rng, bytesOf } from './rng.js';
import { NAME_POOL, pastTime } from './lowers.js';

export interface Time { sec: number; nsec: number }

/** Credentials an operation runs with (absent: root). */
export interface OpCred { uid: number; gid: number; groups: number[] }

type OpBody =
  | { k: 'create'; dir: string; name: string; mode: number; exclusive: boolean }
  | { k: 'write'; path: string; offset: number; len: number; fill: number }
  | { k: 'append'; path: string; len: number; fill: number }
  | { k: 'truncate'; path: string; size: number }
  | { k: 'chmod'; path: string; mode: number }
  | { k: 'chown'; path: string; uid?: number; gid?: number }
  | { k: 'utimes'; path: string; atime: Time | 'now'; mtime: Time | 'now' }
  | { k: 'mkdir'; dir: string; name: string; mode: number }
  | { k: 'rmdir'; dir: string; name: string }
  | { k: 'unlink'; dir: string; name: string }
  | { k: 'rename'; fromDir: string; fromName: string; toDir: string; toName: string }
  | { k: 'link'; path: string; toDir: string; toName: string }
  | { k: 'symlink'; dir: string; name: string; target: string }
  | { k: 'mkfifo'; dir: string; name: string; mode: number };

export type Op = OpBody & { as?: OpCred };

export type OpKind = Op['k'];

/** 'OK' or the errno name the operation failed with. */
export type OpResult = string;

export const ALL_OP_KINDS: readonly OpKind[] = [
  'create', 'write', 'append', 'truncate', 'chmod', 'chown', 'utimes', 'mkdir', 'rmdir', 'unlink',
  'rename', 'link', 'symlink', 'mkfifo',
];

/**
 * Resolver bugs (ids as named in the commits that fixed them: `git log --grep B<n>`) the harness can steer around, each as
 * narrowly as possible, so the committed CI run stays green while they are open:
 * - B1: mkdir modes never carry S_ISUID/S_ISGID;
 * - B2: lowers hold no hard links (see lowers.ts);
 * - B3: a rename never targets an ancestor of its source;
 * - B5: hard-link groups are not compared when the resolver reads an upper the kernel wrote
 *   (differential.ts); contents, modes and link counts still are;
 * - B6: chown never targets a non-directory with S_ISUID, or S_ISGID plus group-execute;
 * - B7: a link whose source is a directory never targets an existing name;
 * - B8: a link whose source is missing never targets a parent that is not a directory;
 * - B9: lowers hold no opaque directories (see lowers.ts); the upper still gets them;
 * - B10: a rename never targets a non-empty directory;
 * - B11: lowers hold no xattr whiteouts (see lowers.ts);
 * - B12: a non-exclusive create runs as root where the user may not search the directory;
 * - B13: a chown runs as root unless the user owns the object;
 * - B14: a truncate runs as root where the user owns the file but lacks write permission.
 */
export type KnownBug = 'B1' | 'B2' | 'B3' | 'B5' | 'B6' | 'B7' | 'B8' | 'B9' | 'B10' | 'B11' | 'B12' | 'B13' | 'B14';

/** Users the operations sometimes run as: owners and group members of the generated objects, and nobody. */
export const NON_ROOT: readonly OpCred[] = [
  { uid: 1000, gid: 1000, groups: [100] },
  { uid: 1001, gid: 100, groups: [] },
  { uid: 65534, gid: 65534, groups: [] },
];

const WEIGHTS: Record<OpKind, number> = {
  create: 9, write: 10, append: 4, truncate: 5, chmod: 6, chown: 5, utimes: 5, mkdir: 8, rmdir: 7,
  unlink: 9, rename: 16, link: 5, symlink: 4, mkfifo: 2,
};

const NEW_NAMES = [...NAME_POOL, 'x', 'y', 'm', 'w', 'n1', 'n2'];
const MODES = [0o644, 0o755, 0o600, 0o2755, 0o4755, 0o1777, 0o2775, 0o000, 0o640, 0o444];
const IDS = [0, 1000, 1001, 100, 65534];

function join(dir: string, name: string): string { return dir === '' ? name : `${dir}/${name}`; }
function split(path: string): { dir: string; name: string } {
  const i = path.lastIndexOf('/');
  return i < 0 ? { dir: '', name: path } : { dir: path.slice(0, i), name: path.slice(i + 1) };
}

/** Generates one operation at a time from the current merged tree. */
export class OpGenerator {
  private readonly rng: Rng;
  private readonly kinds: Record<OpKind, number>;

  /** `enabled`: the operation kinds to draw from (all by default). */
  constructor(seed: number, enabled: readonly OpKind[] = ALL_OP_KINDS, private readonly avoid: ReadonlySet<KnownBug> = new Set()) {
    this.rng = new Rng(seed * 104729 + 3);
    this.kinds = { ...WEIGHTS };
    for (const k of ALL_OP_KINDS) if (!enabled.includes(k)) this.kinds[k] = 0;
  }

  next(shape: ReadonlyMap<string, Shape>): Op {
    const op: Op = this.body(shape);
    if (this.rng.chance(0.3)) {
      const cred = this.rng.pick(NON_ROOT);
      const avoided =
        (this.avoid.has('B12') && op.k === 'create' && !op.exclusive && !canSearch(cred, shape.get(op.dir))) ||
        (this.avoid.has('B13') && op.k === 'chown' && shape.get(op.path)?.uid !== cred.uid) ||
        (this.avoid.has('B14') && op.k === 'truncate' && shape.get(op.path)?.uid === cred.uid && ((shape.get(op.path)?.mode ?? 0) & 0o200) === 0);
      if (reachable(op, cred, shape) && !avoided) op.as = cred;
    }
    return op;
  }

  private body(shape: ReadonlyMap<string, Shape>): Op {
    const rng = this.rng;
    const avoid = this.avoid;
    const paths = [...shape.keys()].filter((p) => p !== '');
    const ofType = (types: EntryType[]): string[] => paths.filter((p) => types.includes((shape.get(p) as Shape).type));
    const dirs = ['', ...ofType(['dir'])];
    // A parent is normally a directory, sometimes a file or fifo (ENOTDIR), never a symlink: the
    // kernel would follow it, the resolver by design does not, and nothing would be compared.
    const parent = (): string => {
      const nonDirs = ofType(['file', 'fifo']);
      return nonDirs.length > 0 && rng.chance(0.04) ? rng.pick(nonDirs) : rng.pick(dirs);
    };
    const newName = (): string => rng.pick(NEW_NAMES);
    const missing = (): string => join(rng.pick(dirs), `gone${rng.int(0, 3)}`);
    // An existing object of one of `types`, sometimes a missing one (ENOENT).
    const target = (types: EntryType[]): string => {
      const list = ofType(types);
      return list.length === 0 || rng.chance(0.05) ? missing() : rng.pick(list);
    };
    const any = (): string => (paths.length === 0 || rng.chance(0.05) ? missing() : rng.pick(paths));
    const size = (): number => rng.pick([0, rng.int(1, 100), rng.int(100, 5000), rng.int(5000, 20000)]);

    const kind = rng.weighted(this.kinds);
    switch (kind) {
      case 'create': return { k: 'create', dir: parent(), name: newName(), mode: rng.pick(MODES), exclusive: rng.chance(0.7) };
      case 'write': return { k: 'write', path: target(rng.chance(0.1) ? ['dir'] : ['file']), offset: size(), len: rng.int(1, 6000), fill: rng.int(1, 1 << 30) };
      case 'append': return { k: 'append', path: target(['file']), len: rng.int(1, 3000), fill: rng.int(1, 1 << 30) };
      case 'truncate': return { k: 'truncate', path: target(rng.chance(0.1) ? ['dir'] : ['file']), size: size() };
      case 'chmod': return { k: 'chmod', path: target(['file', 'dir', 'fifo']), mode: rng.pick(MODES) };
      case 'chown': {
        const which = rng.int(0, 2);
        const clearsIds = (p: string): boolean => {
          const e = shape.get(p);
          return e !== undefined && e.type !== 'dir' && ((e.mode & 0o4000) !== 0 || (e.mode & 0o2010) === 0o2010);
        };
        let path = any();
        for (let tries = 0; avoid.has('B6') && clearsIds(path) && tries < 10; tries++) path = any();
        if (avoid.has('B6') && clearsIds(path)) path = missing();
        const op: Op = { k: 'chown', path };
        if (which !== 1) op.uid = rng.pick(IDS);
        if (which !== 0) op.gid = rng.pick(IDS);
        return op;
      }
      case 'utimes': {
        const now = rng.chance(0.15);
        return { k: 'utimes', path: any(), atime: now ? 'now' : pastTime(rng), mtime: now ? 'now' : pastTime(rng) };
      }
      case 'mkdir': {
        const mode = rng.pick(MODES);
        return { k: 'mkdir', dir: parent(), name: newName(), mode: avoid.has('B1') ? mode & ~0o6000 : mode };
      }
      case 'rmdir': {
        // Leaf directories often, so that logically empty merged directories get removed too.
        const leaves = ofType(['dir']).filter((d) => !paths.some((q) => q.startsWith(`${d}/`)));
        const p = split(leaves.length > 0 && rng.chance(0.5) ? rng.pick(leaves) : rng.chance(0.85) ? target(['dir']) : any());
        return { k: 'rmdir', dir: p.dir, name: p.name };
      }
      case 'unlink': { const p = split(rng.chance(0.9) ? target(['file', 'symlink', 'fifo']) : any()); return { k: 'unlink', dir: p.dir, name: p.name }; }
      case 'rename': {
        const fromDir = rng.chance(0.45);
        const from = split(fromDir ? target(['dir']) : any());
        // Often an existing name as the target, so replacement rules get exercised; a directory
        // mostly replaces a directory (and is refused with ENOTDIR by anything else).
        const existing = fromDir && rng.chance(0.8) ? ofType(['dir']) : paths;
        let to = rng.chance(0.5) && existing.length > 0 ? split(rng.pick(existing)) : { dir: parent(), name: newName() };
        const source = join(from.dir, from.name);
        const nonEmptyDir = (p: string): boolean => shape.get(p)?.type === 'dir' && paths.some((q) => q.startsWith(`${p}/`));
        const avoided = (p: string): boolean =>
          (avoid.has('B3') && source.startsWith(`${p}/`)) || (avoid.has('B10') && nonEmptyDir(p));
        for (let tries = 0; avoided(join(to.dir, to.name)); tries++) {
          to = tries < 10 ? { dir: parent(), name: newName() } : { dir: '', name: 'gone0' };
        }
        return { k: 'rename', fromDir: from.dir, fromName: from.name, toDir: to.dir, toName: to.name };
      }
      case 'link': {
        const path = rng.chance(0.9) ? target(['file', 'symlink', 'fifo']) : any();
        let toDir = parent();
        if (avoid.has('B8') && !shape.has(path) && shape.get(toDir)?.type !== 'dir' && toDir !== '') toDir = '';
        let toName = newName();
        if (avoid.has('B7') && shape.get(path)?.type === 'dir' && shape.has(join(toDir, toName))) toName = 'gone0';
        return { k: 'link', path, toDir, toName };
      }
      case 'symlink': return { k: 'symlink', dir: parent(), name: newName(), target: rng.pick(['a', '../b', '/m/c', 'dangling', '.', 'm/d']) };
      case 'mkfifo': return { k: 'mkfifo', dir: parent(), name: newName(), mode: rng.pick([0o644, 0o600]) };
    }
  }
}

/** May `cred` search (x) directory `dir`? */
function canSearch(cred: OpCred, e: Shape | undefined): boolean {
  if (e === undefined) return true; // missing: both sides report ENOENT/ENOTDIR
  if (e.type !== 'dir') return true;
  const bits = e.uid === cred.uid ? e.mode >> 6 : e.gid === cred.gid || cred.groups.includes(e.gid) ? e.mode >> 3 : e.mode;
  return (bits & 1) !== 0;
}

/**
 * The kernel reaches an object by walking its path, which needs search permission on every
 * ancestor; an NFS client reaches it by file handle, and the resolver (path-based, like handles)
 * checks no ancestors. An operation runs as a non-root user only where the walk would succeed, so
 * both see the same checks: those on the object and on the directory an entry is added/removed in.
 */
function reachable(op: Op, cred: OpCred, shape: ReadonlyMap<string, Shape>): boolean {
  const ancestorsOf = (path: string): string[] => {
    const names = path.split('/');
    return names.slice(0, -1).map((_, i) => names.slice(0, i + 1).join('/'));
  };
  const touched: string[] = [];
  if ('path' in op) touched.push(...ancestorsOf(op.path), '');
  if ('dir' in op) touched.push(...ancestorsOf(op.dir), ...(op.dir === '' ? [] : ['']));
  if ('fromDir' in op) touched.push(...ancestorsOf(op.fromDir), ...ancestorsOf(op.toDir), '');
  if ('toDir' in op && op.k === 'link') touched.push(...ancestorsOf(op.toDir));
  return touched.every((p) => canSearch(cred, shape.get(p)));
}

/** The data an operation writes (write/append): a pure function of the operation. */
export function dataOf(op: { len: number; fill: number }): Buffer { return bytesOf(op.fill, op.len); }

export function describeOp(op: Op): string { return JSON.stringify(op); }
