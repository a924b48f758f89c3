// Walks the resolver's merged tree through the Overlay API (readdir pages, lookup, read,
// readlink) into the same Tree shape the kernel walk produces.
import { createHash } from 'node:crypto';
import type { Attr, Overlay } from '../../../src/overlay/index.js';
import type { Tree, TreeEntry } from './tree.js';

const CHUNK = 1 << 20;

async function hashOf(ov: Overlay, path: string, buf: Buffer): Promise<string> {
  const h = createHash('sha256');
  let offset = 0n;
  for (;;) {
    const { bytes, eof } = await ov.read(path, offset, CHUNK, buf, 0);
    h.update(buf.subarray(0, bytes));
    offset += BigInt(bytes);
    if (eof || bytes === 0) return h.digest('hex');
  }
}

async function entryOf(ov: Overlay, path: string, a: Attr, buf: Buffer): Promise<TreeEntry> {
  const isDev = a.type === 'chr' || a.type === 'blk';
  return {
    type: a.type,
    mode: a.mode & 0o7777,
    uid: a.uid,
    gid: a.gid,
    size: a.type === 'file' || a.type === 'symlink' ? Number(a.size) : 0,
    hash: a.type === 'file' ? await hashOf(ov, path, buf) : '',
    target: a.type === 'symlink' ? await ov.readlink(path) : '',
    mtimeSec: a.mtime.sec,
    mtimeNsec: a.mtime.nsec,
    nlink: a.type === 'dir' ? 0 : a.nlink,
    rdev: isDev ? `${a.rdev.major}:${a.rdev.minor}` : '',
    ino: String(a.id),
  };
}

/** All names of a merged directory, following readdir pages to the end. */
export async function listNames(ov: Overlay, dir: string, pageSize = 64): Promise<string[]> {
  const names: string[] = [];
  let cookie = 0n;
  let verifier = 0n;
  for (;;) {
    const page = await ov.readdir(dir, cookie, verifier, pageSize);
    verifier = page.verifier;
    for (const e of page.entries) {
      if (e.name !== '.' && e.name !== '..') names.push(e.name);
      cookie = e.cookie;
    }
    if (page.eof) {
      if (new Set(names).size !== names.length) throw new Error(`readdir ${dir || '/'} listed a name twice: ${names.join(' ')}`);
      return names;
    }
    if (page.entries.length === 0) throw new Error(`readdir ${dir}: empty page without eof`);
  }
}

export async function resolverTree(ov: Overlay): Promise<Tree> {
  const tree: Tree = new Map();
  const buf = Buffer.allocUnsafe(CHUNK);
  const walk = async (path: string, a: Attr): Promise<void> => {
    tree.set(path, await entryOf(ov, path, a, buf));
    if (a.type !== 'dir') return;
    for (const name of (await listNames(ov, path)).sort()) {
      await walk(path === '' ? name : `${path}/${name}`, await ov.lookup(path, name));
    }
  };
  await walk('', await ov.getattr(''));
  return tree;
}
