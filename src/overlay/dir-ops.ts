// Creating and removing names. A new object is built in W/work with the caller's ownership
// and renamed into place, replacing a whiteout atomically (a directory is exchanged with the
// whiteout, which is then dropped). A new directory over anything below, or in a directory that
// merges lower layers (as the kernel does), is opaque. Removing a
// name that exists below leaves a whiteout (renameat2 RENAME_WHITEOUT moves the upper object
// out and leaves the whiteout in one step).
import * as sys from '../sys/index.js';
import { attrOf } from './attrs.js';
import { lstatOrUndefined } from './context.js';
import type { Ctx } from './context.js';
import { indexPathOf, inodeOf, lowerAliasesLeft } from './attrs.js';
import { copyUp, ensureIndexed, setAliasesLeft } from './copy-up.js';
import { hasOrigin, xattr } from './format.js';
import { markImpure } from './impure.js';
import { isDir, lowerHits, realPath, top } from './lookup.js';
import type { Node } from './lookup.js';
import { checkName, joinPath } from './names.js';
import { newOwnership, requireAccess, requireDirWrite, requireStickyOk } from './permissions.js';
import type { Owned } from './permissions.js';
import { mergedEntries } from './readdir.js';
import { OverlayError, X_OK } from './types.js';
import type { Attr, Cred } from './types.js';

export type NewObject =
  | { type: 'file'; mode: number }
  | { type: 'dir'; mode: number }
  | { type: 'symlink'; target: string }
  | { type: 'chr' | 'blk' | 'fifo' | 'sock'; mode: number; major: number; minor: number };

const TYPE_BITS = { chr: 0o020000, blk: 0o060000, fifo: 0o010000, sock: 0o140000 } as const;

export function owned(ctx: Ctx, node: Node): Owned {
  const a = attrOf(ctx, node);
  return { mode: a.mode, uid: a.uid, gid: a.gid, isDir: a.type === 'dir' };
}

/**
 * The parent directory of a change, checked as the kernel's path walk does: type, search
 * permission (the name lookup), read-only. Write permission comes later (see requireDirWrite)
 * because the kernel reports EEXIST/ENOENT before EACCES.
 */
export function changeableDir(ctx: Ctx, dir: string, cred: Cred): Node {
  const parent = ctx.resolve(dir);
  if (!isDir(parent)) throw new OverlayError('ENOTDIR', dir);
  requireAccess(owned(ctx, parent), cred, X_OK, `search ${dir}`);
  if (ctx.readOnly) throw new OverlayError('EROFS', 'read-only overlay');
  return parent;
}

/** Builds `obj` at `tmp` with its final owner and mode. */
function build(ctx: Ctx, tmp: string, obj: NewObject, own: { uid: number; gid: number; mode: number }, opaque: boolean): void {
  const ops = ctx.ops;
  switch (obj.type) {
    case 'file': ops.createFile(tmp, 0o600); break;
    case 'dir': ops.mkdir(tmp, 0o700); break;
    case 'symlink': ops.symlink(obj.target, tmp); break;
    default: ops.mknod(tmp, TYPE_BITS[obj.type] | 0o600, obj.major, obj.minor);
  }
  ops.chown(tmp, own.uid, own.gid);
  if (obj.type !== 'symlink') ops.chmod(tmp, own.mode);
  if (opaque) ops.setXattr(tmp, xattr(ctx.fmt, 'opaque'), Buffer.from('y'));
}

/** Puts a finished object from W/work at `dest`, replacing a whiteout if one is there. */
export function placeOverWhiteout(ctx: Ctx, tmp: string, dest: string, tmpIsDir: boolean): void {
  const ops = ctx.ops;
  const existing = lstatOrUndefined(dest);
  if (existing === undefined) { ops.rename(tmp, dest, sys.RENAME_NOREPLACE); return; }
  if (!tmpIsDir) { ops.rename(tmp, dest); return; }
  ops.rename(tmp, dest, sys.RENAME_EXCHANGE);
  ops.discard(tmp);
}

export async function createObject(ctx: Ctx, dir: string, name: string, cred: Cred, obj: NewObject): Promise<Attr> {
  checkName(name);
  const parent = changeableDir(ctx, dir, cred);
  if (ctx.child(parent, name) !== undefined) throw new OverlayError('EEXIST', joinPath(dir, name));
  const parentOwned = owned(ctx, parent);
  requireDirWrite(parentOwned, cred, `write ${dir}`);
  const up = await copyUp(ctx, parent);
  const dest = `${realPath(top(up))}/${name}`;
  // Opaque when it replaces a whiteout or anything below; and, as the kernel's ovl_create_upper
  // does (an optimisation: lookups stop there), whenever the parent merges lower layers.
  const opaque = obj.type === 'dir'
    && (lowerHits(parent).length > 0 || lstatOrUndefined(dest) !== undefined || ctx.child(up, name, true) !== undefined);
  // mkdir(2) keeps only permission and sticky bits; setgid may come from the parent.
  const mode = obj.type === 'symlink' ? 0o777 : obj.type === 'dir' ? obj.mode & 0o1777 : obj.mode;
  const own = newOwnership(parentOwned, cred, mode, obj.type === 'dir');
  const tmp = ctx.ops.tempPath();
  try {
    build(ctx, tmp, obj, own, opaque);
    placeOverWhiteout(ctx, tmp, dest, obj.type === 'dir');
  } catch (e) {
    ctx.ops.discard(tmp);
    throw e;
  }
  ctx.changed(dir);
  return attrOf(ctx, ctx.resolve(joinPath(dir, name)));
}

/** Leaves `dest` (upper path of a name in merged dir `up`) absent, or a whiteout if something lies below. */
export function removeUpperName(ctx: Ctx, up: Node, name: string): void {
  const ops = ctx.ops;
  const dest = `${realPath(top(up))}/${name}`;
  const below = ctx.child(up, name, true) !== undefined;
  const st = lstatOrUndefined(dest);
  ctx.files.drop(dest);
  if (st === undefined) {
    if (!below) return;
    const tmp = ops.tempPath();
    ops.whiteout(tmp);
    ops.rename(tmp, dest, sys.RENAME_NOREPLACE);
    return;
  }
  if (!st.isDirectory()) {
    if (below) {
      const tmp = ops.tempPath();
      ops.whiteout(tmp);
      ops.rename(tmp, dest);
    } else ops.unlink(dest);
    return;
  }
  // A directory may still hold whiteouts: move it out in one step, then clean it in W/work.
  const tmp = ops.tempPath();
  ops.rename(dest, tmp, below ? sys.RENAME_WHITEOUT : 0);
  ops.discard(tmp);
}

/**
 * A lower name of a hard-linked inode is going away (remove, or replaced by a rename): the
 * inode moves to W/index (if not there yet) with one fewer lower name, so its other names
 * report the lower link count (as the kernel's index=on does). True when it did: the kernel
 * gets there by copying the name up (ovl_nlink_start), which marks its parent impure, so the
 * caller marks the parent too.
 */
export async function dropLowerAlias(ctx: Ctx, node: Node): Promise<boolean> {
  const st = top(node).st;
  if (top(node).layer.upper || !st.isFile() || st.nlink < 2n) return false;
  const ip = await ensureIndexed(ctx, node);
  setAliasesLeft(ctx, ip, lowerAliasesLeft(ctx, ip) - 1);
  return true;
}

/** The W/index entry of the inode behind `node`, if it has one. */
export function indexEntryOf(ctx: Ctx, node: Node): string | undefined {
  const ino = inodeOf(ctx, node);
  if (!ino.indexed) return undefined;
  return top(node).layer.upper ? indexPathOf(ctx, top(node), ino.id) : ino.path;
}

/**
 * Removes an index entry that no name refers to any more (no other link, no lower alias left),
 * as the kernel's ovl_cleanup_index does when an inode's link count drops to 0; left behind, a
 * kernel mount of the upper would warn about it and clean it up as an orphan.
 */
export function dropOrphanIndex(ctx: Ctx, ip: string | undefined): void {
  if (ip === undefined) return;
  const st = lstatOrUndefined(ip);
  if (st === undefined || !st.isFile() || st.nlink !== 1n || lowerAliasesLeft(ctx, ip) > 0) return;
  ctx.ops.unlink(ip);
}

/** The kernel's may_delete: write+search on the parent, sticky rule, then the type. */
export function mayDelete(ctx: Ctx, parent: Node, victim: Node, cred: Cred, wantDir: boolean): void {
  const p = owned(ctx, parent);
  requireDirWrite(p, cred, `write ${parent.path}`);
  requireStickyOk(p, owned(ctx, victim), cred, `remove ${victim.path}`);
  const victimIsDir = isDir(victim);
  if (wantDir && !victimIsDir) throw new OverlayError('ENOTDIR', victim.path);
  if (!wantDir && victimIsDir) throw new OverlayError('EISDIR', victim.path);
}

export async function removeName(ctx: Ctx, dir: string, name: string, cred: Cred, wantDir: boolean): Promise<void> {
  checkName(name);
  const parent = changeableDir(ctx, dir, cred);
  const node = ctx.child(parent, name);
  if (node === undefined) throw new OverlayError('ENOENT', joinPath(dir, name));
  mayDelete(ctx, parent, node, cred, wantDir);
  if (wantDir && mergedEntries(ctx, node, true).length > 0) throw new OverlayError('ENOTEMPTY', node.path);
  // A lower alias of a hard-linked inode already copied up: one fewer lower name remains.
  const aliasDropped = await dropLowerAlias(ctx, node);
  const index = indexEntryOf(ctx, node);
  const up = await copyUp(ctx, parent);
  if (aliasDropped) markImpure(ctx, realPath(top(up)));
  removeUpperName(ctx, up, name);
  dropOrphanIndex(ctx, index);
  ctx.changed(dir);
  ctx.changed(node.path);
}

/** A new name for an existing non-directory (copied up first; hard links across copy-up stay one inode). */
export async function linkName(ctx: Ctx, path: string, toDir: string, toName: string, cred: Cred): Promise<Attr> {
  checkName(toName);
  const src = ctx.resolve(path);
  const parent = changeableDir(ctx, toDir, cred);
  if (ctx.child(parent, toName) !== undefined) throw new OverlayError('EEXIST', joinPath(toDir, toName));
  // fs.protected_hardlinks: a non-owner needs read and write access to a regular file.
  const o = owned(ctx, src);
  if (cred.uid !== 0 && cred.uid !== o.uid) {
    const a = attrOf(ctx, src);
    const safe = a.type === 'file' && (a.mode & 0o4000) === 0 && (a.mode & 0o2010) !== 0o2010;
    const rw = (o.uid === cred.uid ? a.mode >> 6 : (cred.gid === o.gid || cred.groups.includes(o.gid)) ? a.mode >> 3 : a.mode) & 6;
    if (!safe || rw !== 6) throw new OverlayError('EPERM', `link to ${path}`);
  }
  requireDirWrite(owned(ctx, parent), cred, `write ${toDir}`);
  if (isDir(src)) throw new OverlayError('EPERM', `${path} is a directory`);
  const srcUp = await copyUp(ctx, src);
  const up = await copyUp(ctx, ctx.resolve(toDir));
  const dest = `${realPath(top(up))}/${toName}`;
  // A new name of an object with an origin: its directory becomes impure first (ovl_create_or_link).
  if (lowerHits(src).length > 0 || hasOrigin(ctx.fmt, realPath(top(srcUp)))) markImpure(ctx, realPath(top(up)));
  const tmp = ctx.ops.tempPath();
  try {
    ctx.ops.link(realPath(top(srcUp)), tmp);
    placeOverWhiteout(ctx, tmp, dest, false);
  } catch (e) {
    ctx.ops.discard(tmp);
    throw e;
  }
  ctx.changed(toDir);
  return attrOf(ctx, ctx.resolve(joinPath(toDir, toName)));
}
