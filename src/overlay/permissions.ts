// Access decisions as the kernel makes them (generic_permission without ACLs), the
// ownership of new objects, and the sticky-directory rule.
import type { Cred } from './types.js';
import { OverlayError, R_OK, W_OK, X_OK } from './types.js';

export interface Owned { mode: number; uid: number; gid: number; isDir: boolean }

export const inGroup = (cred: Cred, gid: number): boolean => cred.gid === gid || cred.groups.includes(gid);

/** The subset of `want` (R_OK|W_OK|X_OK) the caller may do on the object. */
export function allowed(o: Owned, cred: Cred, want: number): number {
  if (cred.uid === 0) {
    // Root bypasses read/write; execute needs some x bit unless it is a directory.
    const x = o.isDir || (o.mode & 0o111) !== 0 ? X_OK : 0;
    return want & (R_OK | W_OK | x);
  }
  let bits: number;
  if (cred.uid === o.uid) bits = (o.mode >> 6) & 7;
  else if (inGroup(cred, o.gid)) bits = (o.mode >> 3) & 7;
  else bits = o.mode & 7;
  return want & bits;
}

export function requireAccess(o: Owned, cred: Cred, want: number, what: string): void {
  if (allowed(o, cred, want) !== want) throw new OverlayError('EACCES', what);
}

/** Changing a directory's entries needs write and search on it. */
export const requireDirWrite = (dir: Owned, cred: Cred, what: string): void =>
  requireAccess(dir, cred, W_OK | X_OK, what);

/** In a sticky directory only the owner of the entry, of the directory, or root may remove/rename it. */
export function requireStickyOk(dir: Owned, victim: Owned, cred: Cred, what: string): void {
  if ((dir.mode & 0o1000) === 0 || cred.uid === 0 || cred.uid === dir.uid || cred.uid === victim.uid) return;
  throw new OverlayError('EPERM', `${what}: sticky directory`);
}

/** Owner, group and mode of a new object (inode_init_owner). */
export function newOwnership(parent: Owned, cred: Cred, mode: number, isDir: boolean): { uid: number; gid: number; mode: number } {
  let m = mode & 0o7777;
  let gid = cred.gid;
  if ((parent.mode & 0o2000) !== 0) {
    gid = parent.gid;
    if (isDir) m |= 0o2000;
    else if ((m & 0o2010) === 0o2010 && cred.uid !== 0 && !inGroup(cred, gid)) m &= ~0o2000;
  }
  return { uid: cred.uid, gid, mode: m };
}
