// Everything a layer holds except access times: names, types, modes, owners, sizes, blocks,
// mtimes and ctimes (ns), inode numbers and link counts, xattrs, file bytes and symlink targets.
// Equal states before and after a run mean nothing wrote to, chmod'ed, renamed, linked or
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

function visit(root: string, rel: string, out: string[]): void {
  const p = join(root, rel);
  const st = lstatSync(p, { bigint: true });
  const content = st.isFile() ? createHash('sha256').update(readFileSync(p)).digest('hex') : st.isSymbolicLink() ? readlinkSync(p) : '';
  out.push(`${rel} mode=${st.mode.toString(8)} owner=${st.uid}:${st.gid} size=${st.size} blocks=${st.blocks} mtime=${st.mtimeNs} ctime=${st.ctimeNs} ino=${st.ino} nlink=${st.nlink} rdev=${st.rdev} xattrs=${xattrs(p)} ${content}`);
  if (st.isDirectory()) for (const name of readdirSync(p).sort()) visit(root, join(rel, name), out);
}

/** One line per object under root (sorted by path), with everything but the access time. */
export function treeState(root: string): string[] {
  const out: string[] = [];
  visit(root, '.', out);
  return out;
}

export const treeDigest = (root: string): string => createHash('sha256').update(treeState(root).join('\n')).digest('hex');
