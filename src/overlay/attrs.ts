// Attributes of merged objects, including hard links that span copy-up: a lower file with
// several names whose inode was already copied up is served from its W/index inode, as the
// kernel's index=on does, so every name shows the same id, data and link count.
import type { BigIntStats } from 'node:fs';
import * as sys from '../sys/index.js';
import { lstatOrUndefined } from './context.js';
import type { Ctx } from './context.js';
import { xattr } from './format.js';
import { idOfHit, indexName } from './identity.js';
import { realPath, top } from './lookup.js';
import type { Hit, Node } from './lookup.js';
import type { Attr, FileType, Timespec } from './types.js';

export function fileType(st: BigIntStats): FileType {
  if (st.isFile()) return 'file';
  if (st.isDirectory()) return 'dir';
  if (st.isSymbolicLink()) return 'symlink';
  if (st.isCharacterDevice()) return 'chr';
  if (st.isBlockDevice()) return 'blk';
  if (st.isFIFO()) return 'fifo';
  return 'sock';
}

const ts = (ns: bigint): Timespec => ({ sec: Number(ns / 1_000_000_000n), nsec: Number(ns % 1_000_000_000n) });

/**
 * Lower names of a hard-linked inode not yet copied up or removed. Kept on the index inode as
 * the kernel does: `overlay.nlink` = "U<±n>" means the link count is the real one plus n, and
 * the real count includes the W/index link, so n + 1 names are still lower ones.
 */
export function lowerAliasesLeft(ctx: Ctx, path: string): number {
  const v = sys.lgetxattr(path, xattr(ctx.fmt, 'nlink'));
  const m = v instanceof Buffer ? /^U([+-]\d+)$/.exec(v.toString('utf8')) : null;
  return m === null ? 0 : Math.max(0, Number(m[1]) + 1);
}

export const aliasesLeftValue = (n: number): Buffer => Buffer.from(`U${n - 1 >= 0 ? '+' : ''}${n - 1}`);

/** W/index entry of a hit's inode: named by the lower origin (an upper inode carries it in overlay.origin). */
export function indexPathOf(ctx: Ctx, h: Hit, id: bigint): string | undefined {
  if (ctx.stack.indexDir === undefined) return undefined;
  if (!h.layer.upper) return `${ctx.stack.indexDir}/${indexName(h, id)}`;
  const origin = sys.lgetxattr(realPath(h), xattr(ctx.fmt, 'origin'));
  return origin instanceof Buffer && origin.length > 0 ? `${ctx.stack.indexDir}/${origin.toString('hex')}` : undefined;
}

/** Where a node's current inode lives: its top hit, or the index inode of a copied-up lower alias. */
export function inodeOf(ctx: Ctx, node: Node): { path: string; st: BigIntStats; id: bigint; indexed: boolean } {
  const h = top(node);
  const id = idOfHit(ctx.fmt, ctx.layers, h);
  if (!h.st.isFile() || h.st.nlink < 2n) return { path: realPath(h), st: h.st, id, indexed: false };
  const ip = indexPathOf(ctx, h, id);
  const ist = ip === undefined ? undefined : lstatOrUndefined(ip);
  if (h.layer.upper) return { path: realPath(h), st: h.st, id, indexed: ist !== undefined && ist.ino === h.st.ino };
  if (ip !== undefined && ist !== undefined && ist.isFile()) return { path: ip, st: ist, id, indexed: true };
  return { path: realPath(h), st: h.st, id, indexed: false };
}

export function attrOf(ctx: Ctx, node: Node): Attr {
  const ino = inodeOf(ctx, node);
  const st = ino.st;
  let nlink = Number(st.nlink);
  if (st.isDirectory() && node.hits.length > 1) nlink = 1;   // merged dir: as the kernel, don't count subdirs
  else if (ino.indexed) nlink = Number(st.nlink) - 1 + lowerAliasesLeft(ctx, ino.path);
  return {
    id: ino.id,
    type: fileType(st),
    mode: Number(st.mode) & 0o7777,
    nlink: Math.max(nlink, 1),
    uid: Number(st.uid),
    gid: Number(st.gid),
    size: st.size,
    used: st.blocks * 512n,
    rdev: { major: Number((st.rdev >> 8n) & 0xfffn), minor: Number((st.rdev & 0xffn) | ((st.rdev >> 12n) & 0xfff00n)) },
    atime: ts(st.atimeNs),
    mtime: ts(st.mtimeNs),
    ctime: ts(st.ctimeNs),
  };
}
