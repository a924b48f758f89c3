// Small layer fixtures in temp dirs: lowers, upper and work, plus helpers that write the
// kernel format by hand (whiteouts, opaque dirs) and read back what the overlay wrote.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, symlinkSync, lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import * as sys from '../../src/sys/index.js';
import { Overlay, OverlayError } from '../../src/overlay/index.js';
import type { Cred, OverlayOptions } from '../../src/overlay/index.js';

export const ROOT: Cred = { uid: 0, gid: 0, groups: [] };
export const ALICE: Cred = { uid: 1000, gid: 1000, groups: [] };
export const BOB: Cred = { uid: 1001, gid: 1001, groups: [100] };

export interface Spec { [path: string]: string | { dir: true; mode?: number } | { symlink: string } | { whiteout: true } | { opaque: true } }

export interface Fixture {
  base: string; lowers: string[]; upper: string; work: string;
  open(extra?: Partial<OverlayOptions>): Promise<Overlay>;
  cleanup(): void;
}

/** Writes `spec` into a layer: strings are file contents, objects are dirs/symlinks/whiteouts/opaque markers. */
export function fill(layer: string, spec: Spec): void {
  for (const [rel, v] of Object.entries(spec)) {
    const p = join(layer, rel);
    mkdirSync(dirname(p), { recursive: true });
    if (typeof v === 'string') writeFileSync(p, v);
    else if ('dir' in v) { mkdirSync(p, { recursive: true }); if (v.mode !== undefined) sys.utimens(p, 'now', 'now'); }
    else if ('symlink' in v) symlinkSync(v.symlink, p);
    else if ('whiteout' in v) { const r = sys.mknod(p, 0o020000, 0, 0); if (r) throw new Error(r.code); }
    else { mkdirSync(p, { recursive: true }); const r = sys.lsetxattr(p, 'trusted.overlay.opaque', Buffer.from('y')); if (r) throw new Error(r.code); }
  }
}

export function makeFixture(lowerSpecs: Spec[], upperSpec: Spec = {}): Fixture {
  const base = mkdtempSync(join(tmpdir(), 'ovl-test-'));
  const lowers = lowerSpecs.map((s, i) => { const d = join(base, `l${i + 1}`); mkdirSync(d); fill(d, s); return d; });
  const upper = join(base, 'upper');
  const work = join(base, 'work');
  mkdirSync(upper);
  mkdirSync(work);
  fill(upper, upperSpec);
  const opened: Overlay[] = [];
  return {
    base, lowers, upper, work,
    async open(extra = {}) {
      const o = await Overlay.open({ lowers, upper, work, ...extra });
      opened.push(o);
      return o;
    },
    cleanup() {
      for (const o of opened) void o.close();
      rmSync(base, { recursive: true, force: true });
    },
  };
}

export const isWhiteout = (p: string): boolean => {
  try { const st = lstatSync(p); return st.isCharacterDevice() && st.rdev === 0; } catch { return false; }
};
export const xattrOf = (p: string, name: string): string | undefined => {
  const v = sys.lgetxattr(p, name);
  return v instanceof Buffer ? v.toString() : undefined;
};
export const exists = (p: string): boolean => { try { lstatSync(p); return true; } catch { return false; } };
export const ls = (p: string): string[] => readdirSync(p).sort();
export const cat = (p: string): string => readFileSync(p, 'utf8');

/** Every name of a merged directory, paging `page` entries at a time. */
export async function listAll(o: Overlay, dir: string, page = 1000): Promise<string[]> {
  const names: string[] = [];
  let cookie = 0n;
  for (;;) {
    const r = await o.readdir(dir, cookie, 0n, page);
    for (const e of r.entries) { names.push(e.name); cookie = e.cookie; }
    if (r.eof) return names.sort();
  }
}

export async function readAll(o: Overlay, path: string): Promise<string> {
  const buf = Buffer.alloc(1 << 16);
  const r = await o.read(path, 0n, buf.length, buf, 0);
  return buf.subarray(0, r.bytes).toString();
}

/** 'OK' or the errno an overlay call failed with: assertions compare what a client would see. */
export async function outcome(p: Promise<unknown>): Promise<string> {
  try { await p; return 'OK'; } catch (e) { return e instanceof OverlayError ? e.errno : `not an OverlayError: ${String(e)}`; }
}

/** Type, mode, owner, size/content or target of every object under `dir`, keyed by relative path. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (rel: string): void => {
    for (const name of readdirSync(join(dir, rel)).sort()) {
      const r = rel === '' ? name : `${rel}/${name}`;
      const p = join(dir, r);
      const st = lstatSync(p);
      const kind = st.isDirectory() ? 'dir' : st.isSymbolicLink() ? `link->${readlinkSync(p)}` : st.isFile() ? `file:${readFileSync(p, 'utf8')}` : 'other';
      out[r] = `${kind} ${(st.mode & 0o7777).toString(8)} ${st.uid}:${st.gid}`;
      if (st.isDirectory()) walk(r);
    }
  };
  walk('');
  return out;
}

/** The same snapshot as the overlay serves it. */
export async function overlaySnapshot(o: Overlay): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const walk = async (rel: string): Promise<void> => {
    for (const name of await listAll(o, rel)) {
      const r = rel === '' ? name : `${rel}/${name}`;
      const a = await o.getattr(r);
      const kind = a.type === 'dir' ? 'dir' : a.type === 'symlink' ? `link->${await o.readlink(r)}` : a.type === 'file' ? `file:${await readAll(o, r)}` : 'other';
      out[r] = `${kind} ${a.mode.toString(8)} ${a.uid}:${a.gid}`;
      if (a.type === 'dir') await walk(r);
    }
  };
  await walk('');
  return out;
}

/** Mounts the fixture with kernel overlayfs (redirect_dir=on) and snapshots the merged view. */
export function kernelSnapshot(f: Fixture): Record<string, string> {
  const mnt = join(f.base, 'mnt');
  mkdirSync(mnt, { recursive: true });
  const lower = f.lowers.map((l) => l.replace(/\\/g, '\\\\').replace(/:/g, '\\:')).join(':');
  execFileSync('mount', ['-t', 'overlay', 'overlay', '-o', `lowerdir=${lower},upperdir=${f.upper},workdir=${f.work},redirect_dir=on`, mnt]);
  try {
    return snapshot(mnt);
  } finally {
    execFileSync('umount', [mnt]);
  }
}
