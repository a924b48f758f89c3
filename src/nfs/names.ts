// Names from the wire → paths of the overlay API ('' is the export root, '/'-separated).
import { nfsstat3 } from '../generated/nfs3.js';
import { NfsFailure } from './status.js';

export const NAME_MAX = 255;

export function childPath(dir: string, name: string): string {
  return dir === '' ? name : `${dir}/${name}`;
}

/** The parent of a path; the root is its own parent (LOOKUP ".." of the export root). */
export function parentPath(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}

export function isDotOrDotDot(name: string): boolean {
  return name === '.' || name === '..';
}

/**
 * Rejects names the path-based overlay API must never see: a '/' would address another
 * directory, a NUL cannot exist on disk. knfsd answers ACCES for these (lookup_one_len).
 * '.' and '..' are left to each procedure, which gives them their RFC meaning.
 */
export function checkName(name: string): void {
  if (name.length === 0 || name.includes('/') || name.includes('\0')) {
    throw new NfsFailure(nfsstat3.NFS3ERR_ACCES, `invalid name ${JSON.stringify(name)}`);
  }
  if (Buffer.byteLength(name) > NAME_MAX) throw new NfsFailure(nfsstat3.NFS3ERR_NAMETOOLONG);
}

/** For procedures that create a name: '.' and '..' always exist. */
export function checkNewName(name: string): void {
  checkName(name);
  if (isDotOrDotDot(name)) throw new NfsFailure(nfsstat3.NFS3ERR_EXIST);
}

/** For procedures that remove or rename a name: '.' and '..' cannot be the object. */
export function checkRemovableName(name: string): void {
  checkName(name);
  if (isDotOrDotDot(name)) throw new NfsFailure(nfsstat3.NFS3ERR_INVAL);
}
