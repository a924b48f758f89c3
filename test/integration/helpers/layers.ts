// The two lower layers the kernel-client scenario starts from, built on the host. Every name the
// guest script (guest/kernel-scenario.sh) touches is created here; the layout gives it merged
// directories (present in both lowers), a file shadowed by the top lower, nested directories,
// relative, absolute and dangling symlinks, a hard-linked pair, a setgid directory with a group,
// other owners, and fixed mtimes (so listings taken at different times can be compared).
import { chownSync, lchownSync, linkSync, lutimesSync, mkdirSync, symlinkSync, writeFileSync, chmodSync } from 'node:fs';
import { dirname, join } from 'node:path';

type Entry =
  | { kind: 'file'; path: string; data: string | Buffer; mode?: number; owner?: [number, number] }
  | { kind: 'dir'; path: string; mode?: number; owner?: [number, number] }
  | { kind: 'symlink'; path: string; target: string }
  | { kind: 'hardlink'; path: string; existing: string };

/** Deterministic, incompressible-looking bytes (xorshift), so copy-up of a large file moves real data. */
function pseudoRandom(size: number, seed: number): Buffer {
  const buf = Buffer.alloc(size);
  let x = seed >>> 0 || 1;
  for (let i = 0; i + 4 <= size; i += 4) {
    x ^= x << 13; x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5; x >>>= 0;
    buf.writeUInt32LE(x, i);
  }
  return buf;
}

/** many/fNNNN for NNNN in [from, to): a directory big enough that READDIR(PLUS) pages. */
const manyFiles = (from: number, to: number, layer: 'lower1' | 'the top lower'): Entry[] =>
  Array.from({ length: to - from }, (_, i) => {
    const name = `many/f${String(from + i).padStart(4, '0')}`;
    return { kind: 'file', path: name, data: `${name} from ${layer}\n` };
  });

/** Bottom lower (lowerdir's last entry). */
const LOWER1: Entry[] = [
  { kind: 'dir', path: 'merged' },
  { kind: 'file', path: 'merged/lower-file.txt', data: 'lower content\n' },
  { kind: 'file', path: 'merged/shadowed.txt', data: 'from lower1\n' },
  { kind: 'file', path: 'merged/only-l1.txt', data: 'only in lower1\n' },
  { kind: 'file', path: 'merged/owned.txt', data: 'owned by 1000\n', mode: 0o600, owner: [1000, 1000] },
  { kind: 'file', path: 'merged/hl-a', data: 'hard linked lower\n' },
  { kind: 'hardlink', path: 'merged/hl-b', existing: 'merged/hl-a' },
  { kind: 'symlink', path: 'merged/link-to-file', target: 'lower-file.txt' },
  { kind: 'symlink', path: 'merged/abs-link', target: '/etc/hostname' },
  { kind: 'symlink', path: 'merged/dangling', target: 'does/not/exist' },
  { kind: 'file', path: 'merged/nested/x/y/z/deep.txt', data: 'deep in lower1\n' },
  { kind: 'dir', path: 'merged/sgid', mode: 0o2775, owner: [0, 100] },
  { kind: 'file', path: 'merged/sgid/in-sgid.txt', data: 'group 100\n', mode: 0o664, owner: [0, 100] },
  { kind: 'file', path: 'merged/big-lower.bin', data: pseudoRandom(3 << 20, 7) },
  { kind: 'file', path: 'lowerdir-to-rename/inner/file.txt', data: 'inner\n' },
  { kind: 'file', path: 'lowerdir-to-rename/inner/sub/more.txt', data: 'more\n' },
  { kind: 'symlink', path: 'lowerdir-to-rename/up', target: '../merged/lower-file.txt' },
  { kind: 'file', path: 'tree-to-remove/a/b/c/file', data: 'to be removed\n' },
  { kind: 'file', path: 'tree-to-remove/f1', data: 'to be removed too\n' },
  { kind: 'symlink', path: 'tree-to-remove/a/link', target: '../f1' },
  { kind: 'file', path: 'tree-to-replace/old.txt', data: 'replaced by an empty dir\n' },
  ...manyFiles(0, 1000, 'lower1'),
];

/** Top lower (lowerdir's first entry): shadows and merges with LOWER1. */
const LOWER2: Entry[] = [
  { kind: 'dir', path: 'merged' },
  { kind: 'file', path: 'merged/shadowed.txt', data: 'from lower2, the top lower\n' },
  { kind: 'file', path: 'merged/only-l2.txt', data: 'only in lower2\n' },
  { kind: 'file', path: 'merged/nested/x/l2-file.txt', data: 'lower2 inside a merged nested dir\n' },
  { kind: 'file', path: 'merged/dir-from-l2/f', data: 'f\n', mode: 0o640 },
  { kind: 'file', path: 'tree-to-remove/from-l2.txt', data: 'lower2 part of the removed tree\n' },
  { kind: 'file', path: 'tree-to-remove/a/b/l2.txt', data: 'lower2, deep in the removed tree\n' },
  { kind: 'symlink', path: 'l2-link', target: 'merged/only-l2.txt' },
  ...manyFiles(900, 1200, 'the top lower'),   // f0900-f0999 shadow lower1's (other sizes)
];

/** Every mtime in the lowers: fixed, so a listing does not depend on when the layers were built. */
const LOWER_TIME = new Date('2020-01-02T03:04:05.123Z');

function build(root: string, entries: Entry[]): void {
  const dirs = new Set<string>();
  const ensureDir = (rel: string): void => {
    if (rel === '.' || dirs.has(rel)) return;
    ensureDir(dirname(rel));
    mkdirSync(join(root, rel), { recursive: true });
    dirs.add(rel);
  };
  for (const e of entries) {
    const p = join(root, e.path);
    ensureDir(e.kind === 'dir' ? e.path : dirname(e.path));
    if (e.kind === 'file') {
      writeFileSync(p, e.data);
      chmodSync(p, e.mode ?? 0o644);
      if (e.owner) chownSync(p, ...e.owner);
    } else if (e.kind === 'dir') {
      // chown before chmod: chown clears the setgid bit.
      if (e.owner) chownSync(p, ...e.owner);
      chmodSync(p, e.mode ?? 0o755);
    } else if (e.kind === 'symlink') {
      symlinkSync(e.target, p);
      lchownSync(p, 0, 0);
    } else {
      linkSync(join(root, e.existing), p);
    }
  }
  // Deepest first, so setting a child's time does not change its parent's afterwards.
  const all = [...entries.map((e) => e.path), ...dirs].sort((a, b) => b.length - a.length);
  for (const rel of all) lutimesSync(join(root, rel), LOWER_TIME, LOWER_TIME);
  lutimesSync(root, LOWER_TIME, LOWER_TIME);
}

/** Builds both lowers; returns them in lowerdir order (top first). */
export function buildLowers(base: string): string[] {
  const lower1 = join(base, 'lower1');
  const lower2 = join(base, 'lower2');
  build(lower1, LOWER1);
  build(lower2, LOWER2);
  return [lower2, lower1];
}
