// Walks a directory through the kernel (an overlay mount point, or any plain directory) into a
// Tree. Never follows a symlink: lstat, readlink, and no descent into anything but directories.
import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync, readlinkSync, type BigIntStats } from 'node:fs';
import { join } from 'node:path';
import type { EntryType, Tree, TreeEntry } from './tree.js';

function typeOf(st: BigIntStats): EntryType {
  if (st.isFile()) return 'file';
  if (st.isDirectory()) return 'dir';
  if (st.isSymbolicLink()) return 'symlink';
  if (st.isCharacterDevice()) return 'chr';
  if (st.isBlockDevice()) return 'blk';
  if (st.isFIFO()) return 'fifo';
  return 'sock';
}

function entryOf(full: string, st: BigIntStats): TreeEntry {
  const type = typeOf(st);
  const isDev = type === 'chr' || type === 'blk';
  return {
    type,
    mode: Number(st.mode) & 0o7777,
    uid: Number(st.uid),
    gid: Number(st.gid),
    size: type === 'file' || type === 'symlink' ? Number(st.size) : 0,
    hash: type === 'file' ? createHash('sha256').update(readFileSync(full)).digest('hex') : '',
    target: type === 'symlink' ? readlinkSync(full) : '',
    mtimeSec: Number(st.mtimeNs / 1_000_000_000n),
    mtimeNsec: Number(st.mtimeNs % 1_000_000_000n),
    nlink: type === 'dir' ? 0 : Number(st.nlink),
    rdev: isDev ? `${Number(st.rdev) >> 8 & 0xfff}:${(Number(st.rdev) & 0xff) | (Number(st.rdev) >> 12 & 0xfff00)}` : '',
    ino: String(st.ino),
  };
}

// The kernel lists a lower whiteout that sits in a directory it does not merge (one that exists
// in a single layer), yet looking the name up fails with ENOENT. A name that cannot be looked up
// is not part of the tree a user sees, so such names are left out.
function lstatOrSkip(full: string): BigIntStats | undefined {
  try {
    return lstatSync(full, { bigint: true });
  } catch (e) {
    if ((e as { code?: string }).code === 'ENOENT') return undefined;
    throw e;
  }
}

export function kernelTree(root: string): Tree {
  const tree: Tree = new Map();
  const walk = (rel: string): void => {
    const full = rel === '' ? root : join(root, rel);
    const st = lstatOrSkip(full);
    if (st === undefined) return;
    tree.set(rel, entryOf(full, st));
    if (!st.isDirectory()) return;
    for (const name of readdirSync(full).sort()) walk(rel === '' ? name : `${rel}/${name}`);
  };
  walk('');
  return tree;
}
