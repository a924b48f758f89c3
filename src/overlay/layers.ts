// Layer stack: option parsing and start-up checks (work on the upper's filesystem, no nesting,
// readable lowers), and the xattr namespace the stack uses.
import { lstatSync, mkdirSync, rmSync, readdirSync, statSync } from 'node:fs';
import { resolve as resolvePath, sep } from 'node:path';
import * as sys from '../sys/index.js';
import { OverlayError } from './types.js';
import type { OverlayOptions } from './types.js';

export interface Layer {
  /** 0 = upper when there is one, then lowers top first. */
  index: number;
  root: string;
  upper: boolean;
  /** Which distinct filesystem of the stack (upper's first): the id prefix (identity.ts). */
  fsIndex: number;
  dev: number;
}

export interface LayerStack {
  layers: Layer[];                 // upper first (if any), then lowers
  upper: Layer | undefined;
  workRoot: string | undefined;    // W
  workDir: string | undefined;     // W/work: temporary objects, emptied at start
  indexDir: string | undefined;    // W/index: hard-linked copy-ups
  xattrPrefix: 'trusted.' | 'user.';
}

/** Splits a `lowerdir=` value as `mount -t overlay` does: ':' separates, '\:' and '\\' escape. */
export function parseLowerdir(spec: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (let i = 0; i < spec.length; i++) {
    const c = spec[i];
    if (c === '\\' && i + 1 < spec.length) { cur += spec[++i]; continue; }
    if (c === ':') { out.push(cur); cur = ''; continue; }
    cur += c;
  }
  out.push(cur);
  if (out.some((p) => p === '')) throw new OverlayError('EINVAL', `empty layer in lowerdir "${spec}"`);
  return out;
}

function requireDir(path: string, role: string): void {
  let st;
  try { st = statSync(path); } catch (e) {
    throw new OverlayError('ENOENT', `${role} ${path} does not exist (${(e as { code?: string }).code ?? e})`);
  }
  if (!st.isDirectory()) throw new OverlayError('ENOTDIR', `${role} ${path} is not a directory`);
}

const inside = (child: string, parent: string): boolean => child === parent || child.startsWith(parent + sep);

// Trusted xattrs need CAP_SYS_ADMIN; the kernel's `userxattr` option reads user.overlay.* instead.
function probeTrusted(dir: string): boolean {
  const r = sys.lsetxattr(dir, 'trusted.overlay.ovlnfs.probe', Buffer.from('1'));
  if (r !== undefined) return false;
  sys.lremovexattr(dir, 'trusted.overlay.ovlnfs.probe');
  return true;
}

/** Validates the layers, creates W/work and W/index, and empties W/work (crash leftovers). */
export function openLayers(o: OverlayOptions): LayerStack {
  if (o.lowers.length === 0) throw new OverlayError('EINVAL', 'at least one lower layer is needed');
  if ((o.upper === undefined) !== (o.work === undefined)) {
    throw new OverlayError('EINVAL', 'upper and work must be given together');
  }
  const lowers = o.lowers.map((l) => resolvePath(l));
  lowers.forEach((l, i) => requireDir(l, `lower layer ${i + 1}`));
  const layers: Layer[] = [];
  let upper: Layer | undefined;
  let workRoot: string | undefined;
  if (o.upper !== undefined && o.work !== undefined) {
    const u = resolvePath(o.upper);
    const w = resolvePath(o.work);
    requireDir(u, 'upper');
    requireDir(w, 'work');
    if (inside(u, w) || inside(w, u)) {
      throw new OverlayError('EINVAL', `upper ${u} and work ${w} must not contain each other`);
    }
    if (statSync(u).dev !== statSync(w).dev) {
      throw new OverlayError('EXDEV', `work ${w} must be on the same filesystem as upper ${u}`);
    }
    for (const l of lowers) {
      if (inside(l, u) || inside(u, l)) throw new OverlayError('EINVAL', `lower ${l} and upper ${u} overlap`);
    }
    upper = { index: 0, root: u, upper: true, fsIndex: 0, dev: statSync(u).dev };
    layers.push(upper);
    workRoot = w;
  }
  const devs: number[] = upper === undefined ? [] : [upper.dev];
  for (const root of lowers) {
    const dev = statSync(root).dev;
    if (!devs.includes(dev)) devs.push(dev);
    layers.push({ index: layers.length, root, upper: false, fsIndex: devs.indexOf(dev), dev });
  }
  let workDir: string | undefined;
  let indexDir: string | undefined;
  if (workRoot !== undefined) {
    workDir = `${workRoot}/work`;
    indexDir = `${workRoot}/index`;
    mkdirSync(workDir, { recursive: true, mode: 0o700 });
    mkdirSync(indexDir, { recursive: true, mode: 0o700 });
    if (lstatSync(workDir).isSymbolicLink()) throw new OverlayError('EINVAL', `${workDir} is a symlink`);
    for (const name of readdirSync(workDir)) rmSync(`${workDir}/${name}`, { recursive: true, force: true });
  }
  const want = o.xattr ?? 'auto';
  const xattrPrefix = want === 'trusted' ? 'trusted.' : want === 'user' ? 'user.'
    : (workDir !== undefined ? probeTrusted(workDir) : process.geteuid?.() === 0) ? 'trusted.' : 'user.';
  return { layers, upper, workRoot, workDir, indexDir, xattrPrefix };
}
