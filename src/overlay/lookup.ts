// Lookup across layers exactly as the kernel merges: upper first, then lowers in order;
// a whiteout hides the name below it; an opaque directory stops the merge; a non-directory
// stops the merge; a redirect makes the layers below look the directory up elsewhere.
import { lstatSync } from 'node:fs';
import type { BigIntStats } from 'node:fs';
import {
  OCI_OPAQUE_MARKER, OCI_WHITEOUT_PREFIX, isCharWhiteout, isXattrWhiteout, readOpaque, readRedirect,
} from './format.js';
import type { Format } from './format.js';
import type { Layer } from './layers.js';
import { joinPath } from './names.js';
import { OverlayError } from './types.js';

/** Where an object exists in one layer. */
export interface Hit {
  layer: Layer;
  rel: string;               // path inside the layer ('' = layer root)
  st: BigIntStats;
  /** Directories only: this layer's directory may hold xattr whiteouts (opaque="x"). */
  xwhiteouts: boolean;
  /** Directories only: opaque="y" in this layer. */
  opaque: boolean;
}

/** A merged object: non-directories have one hit, merged directories one per layer. */
export interface Node {
  path: string;
  hits: Hit[];
  /** The merge of this directory stopped at an opaque marker (or a lower non-directory). */
  opaque: boolean;
}

export const top = (n: Node): Hit => n.hits[0] as Hit;
export const isDir = (n: Node): boolean => top(n).st.isDirectory();
export const realPath = (h: Hit): string => (h.rel === '' ? h.layer.root : `${h.layer.root}/${h.rel}`);
export const lowerHits = (n: Node): Hit[] => n.hits.filter((h) => !h.layer.upper);

function lstat(path: string): BigIntStats | undefined {
  try {
    return lstatSync(path, { bigint: true, throwIfNoEntry: false });   // no Error object per miss: lookups miss a lot
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw new OverlayError(code === 'EACCES' ? 'EACCES' : 'EIO', `lstat ${path}: ${code}`);
  }
}

export function dirHit(f: Format, layer: Layer, rel: string, st: BigIntStats): Hit {
  const o = readOpaque(f, rel === '' ? layer.root : `${layer.root}/${rel}`);
  return { layer, rel, st, xwhiteouts: o === 'x', opaque: o === 'y' };
}

export function rootNode(f: Format, layers: Layer[]): Node {
  const hits = layers.map((layer) => {
    const st = lstat(layer.root);
    if (st === undefined || !st.isDirectory()) throw new OverlayError('ENOENT', `layer ${layer.root} vanished`);
    return dirHit(f, layer, '', st);
  });
  return { path: '', hits, opaque: false };
}

/** Whether a directory in this layer stops the merge below it. */
function stopsMerge(h: Hit): boolean {
  return h.opaque || (!h.layer.upper && lstat(`${realPath(h)}/${OCI_OPAQUE_MARKER}`) !== undefined);
}

/** Walks an absolute redirect target in one layer, requiring plain directories all the way. */
/**
 * Walks the directories above an absolute redirect target in one layer, as the kernel's
 * per-layer path walk does: a missing component skips the layer; a whiteout or non-directory
 * ends the whole lookup; an opaque component makes this layer the last one consulted.
 */
function walkDirs(f: Format, layer: Layer, rel: string): 'found' | 'skip' | 'stop' | 'last' {
  let cur = '';
  let last = false;
  const parts = rel === '' ? [] : rel.split('/');
  for (let i = 0; i < parts.length - 1; i++) {
    const name = parts[i] as string;
    const parent = cur;
    cur = joinPath(cur, name);
    const st = lstat(`${layer.root}/${cur}`);
    if (st === undefined) {
      const oci = `${layer.root}/${parent === '' ? '' : `${parent}/`}${OCI_WHITEOUT_PREFIX}${name}`;
      return !layer.upper && lstat(oci) !== undefined ? 'stop' : 'skip';
    }
    if (!st.isDirectory()) return 'stop';
    if (stopsMerge(dirHit(f, layer, cur, st))) last = true;
  }
  return last ? 'last' : 'found';
}

type Target = { kind: 'name'; name: string } | { kind: 'abs'; rel: string };

/**
 * Looks `name` up in the merged directory `parent`. `skipUpper` asks "what lies below":
 * used to decide whether a removal must leave a whiteout. Undefined = no such entry.
 */
export function lookupChild(f: Format, layers: Layer[], parent: Node, name: string, skipUpper = false): Node | undefined {
  const hits: Hit[] = [];
  let target: Target = { kind: 'name', name };
  let opaque = false;
  let stopHere = false;
  for (const layer of layers) {
    if (stopHere) { opaque = true; break; }
    if (skipUpper && layer.upper) continue;
    let rel: string;
    let dirH: Hit | undefined;
    if (target.kind === 'name') {
      dirH = parent.hits.find((h) => h.layer === layer);
      if (dirH === undefined) continue;
      rel = joinPath(dirH.rel, target.name);
    } else {
      rel = target.rel;
      const walk = walkDirs(f, layer, rel);
      if (walk === 'stop') break;
      if (walk === 'skip') continue;
      if (walk === 'last') stopHere = true;
    }
    const path = `${layer.root}/${rel}`;
    const st = lstat(path);
    if (st === undefined) {
      const slash = rel.lastIndexOf('/');
      const oci = `${layer.root}/${rel.slice(0, slash + 1)}${OCI_WHITEOUT_PREFIX}${rel.slice(slash + 1)}`;
      if (!layer.upper && lstat(oci) !== undefined) break;
      continue;
    }
    if (isCharWhiteout(st)) break;
    if (dirH?.xwhiteouts === true && isXattrWhiteout(f, path, st)) break;
    if (!st.isDirectory()) {
      if (hits.length === 0) hits.push({ layer, rel, st, xwhiteouts: false, opaque: false });
      else opaque = true;
      break;
    }
    const h = dirHit(f, layer, rel, st);
    hits.push(h);
    if (stopsMerge(h)) { opaque = true; break; }
    const redirect = readRedirect(f, path);
    if (redirect !== undefined) {
      target = redirect.startsWith('/') ? { kind: 'abs', rel: redirect.replace(/^\/+/, '') } : { kind: 'name', name: redirect };
    }
  }
  if (hits.length === 0) return undefined;
  return { path: joinPath(parent.path, name), hits, opaque };
}
