// Copy-up: makes a lower object an upper one, parents first, each with its own metadata.
// Built under a temporary name in W/work (data, fsync, owner, mode, xattrs, id, times) and
// renamed into place, so a crash leaves the old view or the new one. The upper parent keeps
// its times (the kernel restores them too). A hard-linked lower file goes through W/index:
// the first copy-up of its inode leaves an index link; later names link to it. The upper
// parent is marked impure before the copy lands in it, as the kernel does (see impure.ts).
import { constants as fsc, promises as fsp, readlinkSync, openSync, closeSync, fsyncSync } from 'node:fs';
import type { BigIntStats } from 'node:fs';
import * as sys from '../sys/index.js';
import { aliasesLeftValue, lowerAliasesLeft, indexPathOf, inodeOf } from './attrs.js';
import { lstatOrUndefined } from './context.js';
import type { Ctx } from './context.js';
import { isSysError, toOverlayError } from './errors.js';
import { isOverlayXattr, xattr } from './format.js';
import { encodeId, originOf } from './identity.js';
import { markImpure } from './impure.js';
import { realPath, top } from './lookup.js';
import type { Node } from './lookup.js';
import { parentOf } from './names.js';
import type { Timespec } from './types.js';

const tsOf = (ns: bigint): Timespec => ({ sec: Number(ns / 1_000_000_000n), nsec: Number(ns % 1_000_000_000n) });

/** Copies every xattr except the overlay's own; namespaces the upper fs refuses are skipped. */
function copyXattrs(from: string, to: string): void {
  const names = sys.llistxattr(from);
  if (isSysError(names)) return;
  for (const name of names) {
    if (isOverlayXattr(name)) continue;
    const v = sys.lgetxattr(from, name);
    if (!(v instanceof Buffer)) continue;
    const r = sys.lsetxattr(to, name, v);
    if (r !== undefined && r.code !== 'ENOTSUP' && r.code !== 'EOPNOTSUPP' && r.code !== 'EPERM') {
      throw toOverlayError(r, `copy xattr ${name} to ${to}`);
    }
  }
}

export function setAliasesLeft(ctx: Ctx, path: string, n: number): void {
  ctx.ops.setXattr(path, xattr(ctx.fmt, 'nlink'), aliasesLeftValue(Math.max(n, 0)));
}

/** Builds a copy of the lower object `src` at `tmp` in W/work, complete except for its name. */
async function build(ctx: Ctx, src: string, st: BigIntStats, id: bigint, origin: Buffer | undefined, tmp: string): Promise<void> {
  const ops = ctx.ops;
  if (st.isDirectory()) ops.mkdir(tmp, 0o700);
  else if (st.isFile()) {
    try {
      await fsp.copyFile(src, tmp, fsc.COPYFILE_EXCL | fsc.COPYFILE_FICLONE);
      const fd = openSync(tmp, fsc.O_RDONLY | fsc.O_NOFOLLOW);
      try { fsyncSync(fd); } finally { closeSync(fd); }
    } catch (e) {
      throw toOverlayError(e, `copy data of ${src}`);
    }
  } else if (st.isSymbolicLink()) ops.symlink(readlinkSync(src), tmp);
  else ops.mknod(tmp, Number(st.mode), Number((st.rdev >> 8n) & 0xfffn), Number((st.rdev & 0xffn) | ((st.rdev >> 12n) & 0xfff00n)));
  ops.chown(tmp, Number(st.uid), Number(st.gid));
  if (!st.isSymbolicLink()) ops.chmod(tmp, Number(st.mode));
  copyXattrs(src, tmp);
  if (!st.isSymbolicLink() || ctx.fmt.prefix === 'trusted.') {
    ops.setXattr(tmp, xattr(ctx.fmt, 'ovlnfs.id'), encodeId(id));
    if (origin !== undefined) ops.setXattr(tmp, xattr(ctx.fmt, 'origin'), origin);
  }
  ops.times(tmp, tsOf(st.atimeNs), tsOf(st.mtimeNs));
}

/**
 * The W/index inode of a hard-linked lower file, copied there first if needed (the kernel's
 * index=on does the same before it links or unlinks such a name). Its `overlay.nlink` counts
 * the lower names not yet copied up or removed, so the link count stays right for all names.
 */
export async function ensureIndexed(ctx: Ctx, node: Node): Promise<string> {
  const ino = inodeOf(ctx, node);
  if (ino.indexed) return ino.path;
  const st = top(node).st;
  const ip = indexPathOf(ctx, top(node), ino.id) as string;
  const tmp = ctx.ops.tempPath();
  try {
    await build(ctx, realPath(top(node)), st, ino.id, originOf(top(node)), tmp);
    setAliasesLeft(ctx, tmp, Number(st.nlink));
    if (lstatOrUndefined(ip) !== undefined) ctx.ops.unlink(ip);   // not a file: nothing of ours
    ctx.ops.rename(tmp, ip, sys.RENAME_NOREPLACE);
  } catch (e) {
    ctx.ops.discard(tmp);
    throw e;
  }
  ctx.ops.fsync(ctx.indexDir, true);
  return ip;
}

/** Returns `node` as an upper object, copying it (and its parents) up when needed. */
export async function copyUp(ctx: Ctx, node: Node): Promise<Node> {
  if (top(node).layer.upper) return node;
  const ops = ctx.ops;
  const { dir, name } = parentOf(node.path);
  const parent = await copyUp(ctx, ctx.resolve(dir));
  const parentPath = realPath(top(parent));
  const parentSt = top(parent).st;
  const dest = `${parentPath}/${name}`;
  const src = realPath(top(node));
  const ino = inodeOf(ctx, node);
  const st = top(node).st;

  markImpure(ctx, parentPath);
  if (st.isFile() && st.nlink > 1n) {
    // A name of a hard-linked lower inode: becomes one more link to its one index inode.
    const ip = await ensureIndexed(ctx, node);
    ops.link(ip, dest);
    setAliasesLeft(ctx, ip, lowerAliasesLeft(ctx, ip) - 1);
  } else {
    const tmp = ops.tempPath();
    try {
      await build(ctx, src, st, ino.id, originOf(top(node)), tmp);
      ops.rename(tmp, dest, sys.RENAME_NOREPLACE);
    } catch (e) {
      ops.discard(tmp);
      throw e;
    }
  }
  ops.fsync(parentPath, true);
  ops.times(parentPath, tsOf(parentSt.atimeNs), tsOf(parentSt.mtimeNs));
  ctx.files.drop(src);
  return ctx.resolve(node.path);
}
