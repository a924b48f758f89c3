// State shared by the overlay's modules: the layer stack, format, upper mutations, fd cache,
// and per-directory change counters that feed readdir verifiers.
import { lstatSync } from 'node:fs';
import type { BigIntStats } from 'node:fs';
import type { Format } from './format.js';
import type { Layer, LayerStack } from './layers.js';
import { lookupChild, resolve, rootNode } from './lookup.js';
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
  private generation = 0;

  constructor(readonly stack: LayerStack, maxOpenFiles: number, idleCloseMs: number) {
    this.fmt = { prefix: stack.xattrPrefix };
    this.layers = stack.layers;
    this.files = new OpenFiles(maxOpenFiles, idleCloseMs);
    this.upperOps = stack.workDir === undefined ? undefined : new UpperOps(stack.workDir);
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
  resolve(path: string): Node { return resolve(this.fmt, this.layers, this.root(), path); }
  child(parent: Node, name: string, skipUpper = false): Node | undefined {
    return lookupChild(this.fmt, this.layers, parent, name, skipUpper);
  }

  /** Records that the merged directory `path` changed (readdir verifier, listing cache). */
  changed(path: string): void { this.generations.set(path, ++this.generation); }
  generationOf(path: string): number { return this.generations.get(path) ?? 0; }
}

export function lstatOrUndefined(path: string): BigIntStats | undefined {
  try {
    return lstatSync(path, { bigint: true });
  } catch (e) {
    if ((e as { code?: string }).code === 'ENOENT') return undefined;
    throw new OverlayError('EIO', `lstat ${path}: ${(e as { code?: string }).code}`);
  }
}
