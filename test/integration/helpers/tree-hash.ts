// A digest of everything a layer holds except access times: names, types, modes, owners, sizes,
// mtimes and ctimes (ns), inode numbers and link counts, xattrs, file bytes and symlink targets.
// Equal digests before and after a run mean nothing wrote to, chmod'ed, renamed, linked or
// set an xattr on anything in the tree (ctime moves on any of those).
import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';
import * as sys from '../../../src/sys/index.js';

function xattrs(path: string): string {
  const names = sys.llistxattr(path);
  if (!Array.isArray(names)) return `xattr-error:${names.code}`;
  return names.sort().map((n) => {
    const v = sys.lgetxattr(path, n);
    return `${n}=${v instanceof Buffer ? v.toString('hex') : 'error'}`;
  }).join(',');
}

function visit(root: string, rel: string, hash: ReturnType<typeof createHash>): void {
  const p = join(root, rel);
  const st = lstatSync(p, { bigint: true });
  hash.update(`${rel}\0${st.mode}\0${st.uid}:${st.gid}\0${st.size}\0${st.mtimeNs}\0${st.ctimeNs}\0${st.ino}\0${st.nlink}\0${st.rdev}\0${xattrs(p)}\0`);
  if (st.isFile()) hash.update(readFileSync(p));
  else if (st.isSymbolicLink()) hash.update(readlinkSync(p));
  else if (st.isDirectory()) for (const name of readdirSync(p).sort()) visit(root, join(rel, name), hash);
  hash.update('\n');
}

export function treeDigest(root: string): string {
  const hash = createHash('sha256');
  visit(root, '.', hash);
  return hash.digest('hex');
}
