// Domain types of the overlay library (contracts.md section 3). No NFS, XDR or socket types here.

export type Errno =
  | 'ENOENT' | 'EEXIST' | 'ENOTDIR' | 'EISDIR' | 'ENOTEMPTY' | 'EINVAL' | 'EACCES' | 'EPERM'
  | 'EROFS' | 'ENAMETOOLONG' | 'EXDEV' | 'EMLINK' | 'ENOSPC' | 'EDQUOT' | 'EIO' | 'EFBIG'
  | 'ELOOP' | 'EBUSY' | 'ENOTSUP' | 'EBADF' | 'ENXIO' | 'ESTALE' | 'ENOSYS';

/** Thrown by every Overlay method; `errno` is what a client should see. */
export class OverlayError extends Error {
  constructor(readonly errno: Errno, message?: string) {
    super(message === undefined ? errno : `${errno}: ${message}`);
    this.name = 'OverlayError';
  }
}

export interface Cred { uid: number; gid: number; groups: number[] }
export interface Timespec { sec: number; nsec: number }
export type FileType = 'file' | 'dir' | 'symlink' | 'chr' | 'blk' | 'fifo' | 'sock';

export interface Attr {
  id: bigint; type: FileType; mode: number; nlink: number; uid: number; gid: number;
  size: bigint; used: bigint; rdev: { major: number; minor: number };
  atime: Timespec; mtime: Timespec; ctime: Timespec;
}

export interface SetAttr {
  mode?: number; uid?: number; gid?: number; size?: bigint;
  atime?: Timespec | 'now'; mtime?: Timespec | 'now';
}

export interface DirEntry { name: string; id: bigint; cookie: bigint }

export interface OverlayOptions {
  lowers: string[]; upper?: string; work?: string; xattr?: 'trusted' | 'user' | 'auto';
  maxOpenFiles?: number; idleCloseMs?: number;
}

export interface StatFs {
  bytes: bigint; freeBytes: bigint; availBytes: bigint;
  files: bigint; freeFiles: bigint; availFiles: bigint;
}

export interface ReaddirResult { verifier: bigint; entries: DirEntry[]; eof: boolean }

export const R_OK = 4;
export const W_OK = 2;
export const X_OK = 1;
