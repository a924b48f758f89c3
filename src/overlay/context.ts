// State shared by the overlay's modules: the layer stack, format, upper mutations, fd cache,
// and per-directory change counters that feed readdir verifiers.
import { lstatSync } from 'node:fs';
import type { BigIntStats } from 'node:fs';
import type { Format } from './format.js';
import type { Layer, LayerStack } from './layers.js';
import { isDir, lookupChild, rootNode } from './lookup.js';
import { checkName, parentOf } from './names.js';
import type { Node } from './lookup.js';
import { OpenFiles } from './open-files.js';
import { OverlayError } from './types.js';
import { UpperOps } from './upper-ops.js';

export class Ctx {
  readonly fmt: Format;
  readonly layers: Layer[];
  readonly files: OpenFiles;
  private readonly upperOps: UpperOps | undefined;
  private readonly generations = new Map<string, number>();
  /** Resolved directories, for walking paths; any upper mutation empties it. */
  private readonly dirs = new Map<string, Node>();
  private cachedRoot: Node | undefined;
  private cacheBorn = 0;
  private generation = 0;

  constructor(readonly stack: LayerStack, maxOpenFiles: number, idleCloseMs: number) {
    this.fmt = { prefix: stack.xattrPrefix };
    this.layers = stack.layers;
    this.files = new OpenFiles(maxOpenFiles, idleCloseMs);
    this.upperOps = stack.workDir === undefined ? undefined : new UpperOps(stack.workDir, () => this.forget());
  }

  get readOnly(): boolean { return this.upperOps === undefined; }

  /** Upper mutations; EROFS for a lowers-only overlay. */
  get ops(): UpperOps {
    if (this.upperOps === undefined) throw new OverlayError('EROFS', 'overlay has no upper layer');
    return this.upperOps;
  }

  get indexDir(): string {
    if (this.stack.indexDir === undefined) throw new OverlayError('EROFS', 'overlay has no upper layer');
    return this.stack.indexDir;
  }

  root(): Node { return rootNode(this.fmt, this.layers); }

  /** Drops cached directory lookups (after any change of the upper). */
  forget(): void { this.dirs.clear(); this.cachedRoot = undefined; }

  /**
   * Resolves a merged path. The last component is always looked up afresh (its attributes
   * are what callers see); the directories above it come from a small cache.
   */
  resolve(path: string): Node {
    if (path === '') return this.root();
    const { dir, name } = parentOf(path);
    checkName(name);
    const node = this.child(this.dir(dir), name);
    if (node === undefined) throw new OverlayError('ENOENT', path);
    return node;
  }

  /** A directory to look names up in (cached; ENOTDIR when `path` is something else). */
  dir(path: string): Node {
    // Layers may also change under us (a lower replaced by an admin): cached walks live 1 s.
    const now = Date.now();
    if (now - this.cacheBorn > 1000) { this.forget(); this.cacheBorn = now; }
    if (path === '') return (this.cachedRoot ??= this.root());
    const hit = this.dirs.get(path);
    if (hit !== undefined) return hit;
    const node = this.resolve(path);
    if (!isDir(node)) throw new OverlayError('ENOTDIR', path);
    if (this.dirs.size >= 4096) this.dirs.delete(this.dirs.keys().next().value as string);
    this.dirs.set(path, node);
    return node;
  }
  child(parent: Node, name: string, skipUpper = false): Node | undefined {
    return lookupChild(this.fmt, this.layers, parent, name, skipUpper);
  }

  /** Records that the merged directory `path` changed (readdir verifier, listing cache). */
  changed(path: string): void { this.generations.set(path, ++this.generation); }
  generationOf(path: string): number { return this.generations.get(path) ?? 0; }
}

export function lstatOrUndefined(path: string): BigIntStats | undefined {
  try {
    return lstatSync(path, { bigint: true, throwIfNoEntry: false });   // no Error object per miss: lookups miss a lot
  } catch (e) {
    if ((e as { code?: string }).code === 'ENOENT') return undefined;
    throw new OverlayError('EIO', `lstat ${path}: ${(e as { code?: string }).code}`);
  }
}
