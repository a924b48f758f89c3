// Seeded generator of lower layers: nested directories, the same name as a file in one layer and a
// directory in another, symlinks of every kind (relative, absolute, dangling, to directories, to
// themselves), hard links, setgid and sticky directories, setuid files, fifos, explicit mtimes with
// nanoseconds, whiteouts (char 0/0), xattr whiteouts (an empty file with trusted.overlay.whiteout
// in a directory marked trusted.overlay.opaque=x) and opaque directories (trusted.overlay.opaque=y).
// Calling it twice with one seed yields identical layers (the kernel and the resolver each get
// their own copy, so a resolver that wrote into a lower could not corrupt the reference).
import { linkSync, mkdirSync, symlinkSync, writeFileSync, chmodSync, lchownSync } from 'node:fs';
import { join } from 'node:path';
import { lsetxattr, mknod, utimens } from '../../../src/sys/index.js';
import { Rng, bytesOf } from './rng.js';

const S_IFCHR = 0o020000;
const S_IFIFO = 0o010000;

export const NAME_POOL = ['a', 'b', 'c', 'd', 'e', 'f'] as const;
const DIR_MODES = [0o755, 0o755, 0o2775, 0o2755, 0o700, 0o1777, 0o750];
const FILE_MODES = [0o644, 0o644, 0o600, 0o755, 0o444, 0o4755, 0o2755, 0o640];
const UIDS = [0, 0, 1000, 1001];
const GIDS = [0, 0, 1000, 100];

/** An mtime in 2001..2020: always older than anything a test run sets to "now". */
export function pastTime(rng: Rng): { sec: number; nsec: number } {
  return { sec: rng.int(978_307_200, 1_577_836_800), nsec: rng.int(0, 999_999_999) };
}

function check(what: string, err: { code: string } | undefined): void {
  if (err !== undefined) throw new Error(`${what}: ${err.code}`);
}

class LayerBuilder {
  private readonly files: string[] = [];
  /** Directories holding xattr whiteouts: they get opaque=x (and are never made opaque=y). */
  private readonly xDirs = new Set<string>();
  /** Every created path, parents before children; times are set in reverse order. */
  private readonly created: string[] = [];

  constructor(private readonly rng: Rng, private readonly root: string, private readonly isBottom: boolean,
    private readonly o: LowerOptions) {}



  build(): void {
    mkdirSync(this.root, { recursive: true });
    this.forcedCollisions();
    this.dir('', 0);
    if (this.xDirs.has('')) check('opaque=x root', lsetxattr(this.root, 'trusted.overlay.opaque', Buffer.from('x')));
    for (const rel of this.created.reverse()) check(`utimens ${rel}`, utimens(this.full(rel), pastTime(this.rng), pastTime(this.rng)));
    check('utimens root', utimens(this.root, pastTime(this.rng), pastTime(this.rng)));
  }

  private full(rel: string): string { return join(this.root, rel); }

  // Names whose type differs between layers regardless of the seed: x is a directory on top and a
  // file below, y the other way round, m is a directory in every layer (merged), w a whiteout on top.
  private forcedCollisions(): void {
    if (!this.isBottom) {
      this.makeDir('x', 1);
      this.makeFile('y');
      this.makeWhiteout('w');
    } else {
      this.makeFile('x');
      this.makeDir('y', 1);
      this.makeFile('w');
    }
    this.makeDir('m', 1);
  }

  private dir(rel: string, depth: number): void {
    const count = depth === 0 ? this.rng.int(3, 5) : this.rng.int(0, 4 - depth);
    const names = [...NAME_POOL].filter(() => this.rng.chance(count / NAME_POOL.length));
    for (const name of names) {
      const child = rel === '' ? name : `${rel}/${name}`;
      const kind = this.rng.weighted({
        file: 40, dir: depth < 3 ? 25 : 0, symlink: 12, hardlink: this.o.hardlinks && this.files.length > 0 ? 7 : 0,
        whiteout: 8, xwhiteout: this.o.xwhiteouts && !this.isBottom ? 4 : 0, fifo: 3,
      });
      if (kind === 'file') this.makeFile(child);
      else if (kind === 'dir') this.makeDir(child, depth + 1);
      else if (kind === 'symlink') this.makeSymlink(child, rel);
      else if (kind === 'hardlink') this.makeHardlink(child);
      else if (kind === 'whiteout') this.makeWhiteout(child);
      else if (kind === 'xwhiteout') this.makeXWhiteout(child, rel);
      else this.makeFifo(child);
    }
  }

  private own(rel: string, mode: number | undefined): void {
    // chown before chmod: chown clears setuid/setgid bits.
    lchownSync(this.full(rel), this.rng.pick(UIDS), this.rng.pick(GIDS));
    if (mode !== undefined) chmodSync(this.full(rel), mode);
  }

  private makeFile(rel: string): void {
    const len = this.rng.pick([0, this.rng.int(1, 300), this.rng.int(1, 5000)]);
    writeFileSync(this.full(rel), bytesOf(this.rng.int(1, 1 << 30), len));
    this.own(rel, this.rng.pick(FILE_MODES));
    this.files.push(rel);
    this.created.push(rel);
  }

  private makeDir(rel: string, depth: number): void {
    mkdirSync(this.full(rel));
    this.created.push(rel);
    this.dir(rel, depth);
    this.own(rel, this.rng.pick(DIR_MODES));
    const opaque = !this.isBottom && this.rng.chance(0.15) && this.o.opaque;
    if (this.xDirs.has(rel)) check(`opaque=x ${rel}`, lsetxattr(this.full(rel), 'trusted.overlay.opaque', Buffer.from('x')));
    else if (opaque) check(`opaque ${rel}`, lsetxattr(this.full(rel), 'trusted.overlay.opaque', Buffer.from('y')));
  }

  private makeSymlink(rel: string, parent: string): void {
    const kind = this.rng.weighted({ sibling: 3, up: 2, absolute: 2, dangling: 2, toDir: 2, self: 1 });
    const name = rel.slice(rel.lastIndexOf('/') + 1);
    const target =
      kind === 'sibling' ? this.rng.pick(NAME_POOL)
      : kind === 'up' ? (parent === '' ? `../${this.rng.pick(NAME_POOL)}` : `../${this.rng.pick(NAME_POOL)}/${this.rng.pick(NAME_POOL)}`)
      : kind === 'absolute' ? this.rng.pick(['/m/a', '/nonexistent/ovl-test', '/x'])
      : kind === 'dangling' ? 'no-such-target'
      : kind === 'toDir' ? this.rng.pick(['.', '..', 'm', '../m'])
      : name;
    symlinkSync(target, this.full(rel));
    lchownSync(this.full(rel), this.rng.pick(UIDS), this.rng.pick(GIDS));
    this.created.push(rel);
  }

  private makeHardlink(rel: string): void {
    linkSync(this.full(this.rng.pick(this.files)), this.full(rel));
    this.created.push(rel);
  }

  private makeWhiteout(rel: string): void {
    check(`whiteout ${rel}`, mknod(this.full(rel), S_IFCHR, 0, 0));
    this.created.push(rel);
  }

  private makeXWhiteout(rel: string, parent: string): void {
    writeFileSync(this.full(rel), '');
    check(`xwhiteout ${rel}`, lsetxattr(this.full(rel), 'trusted.overlay.whiteout', Buffer.from('y')));
    this.xDirs.add(parent);
    this.created.push(rel);
  }

  private makeFifo(rel: string): void {
    check(`fifo ${rel}`, mknod(this.full(rel), S_IFIFO | 0o644, 0, 0));
    this.own(rel, this.rng.pick([0o644, 0o600, 0o666]));
    this.created.push(rel);
  }
}

/**
 * Knobs to steer around open resolver bugs (ids as in ops.ts; `git log --grep B<n>` shows each fix):
 * `hardlinks: false` leaves hard links out (B2); `opaque: false` leaves opaque directories out
 * (B9: a redirect is followed through an opaque directory of a lower layer); `xwhiteouts: false`
 * leaves xattr whiteouts out.
 */
export interface LowerOptions { hardlinks: boolean; opaque: boolean; xwhiteouts: boolean }

/** Creates 2 or 3 lower layers under `base` and returns their paths, top layer first. */
export function generateLowers(seed: number, base: string,
  o: LowerOptions = { hardlinks: true, opaque: true, xwhiteouts: true }): string[] {
  const rng = new Rng(seed * 7919 + 17);
  const count = rng.int(2, 3);
  const lowers: string[] = [];
  for (let i = 0; i < count; i++) {
    const root = join(base, `l${i + 1}`);
    new LayerBuilder(rng, root, i === count - 1, o).build();
    lowers.push(root);
  }
  return lowers;
}
