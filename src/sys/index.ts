// Typed wrapper over the native addon (src/sys/native/sys.c): syscalls Node's fs lacks.
// Every call is synchronous and path-based, never follows a final symlink, and reports
// failure as an errno code string value instead of throwing (errors as values).
import { createRequire } from 'node:module';
import { constants as osConstants } from 'node:os';

interface Native {
  mknod(path: string, mode: number, major: number, minor: number): number;
  rename2(from: string, to: string, flags: number): number;
  lgetxattr(path: string, name: string): Buffer | number;
  lsetxattr(path: string, name: string, value: Buffer, flags: number): number;
  llistxattr(path: string): Buffer | number;
  lremovexattr(path: string, name: string): number;
  utimens(path: string, aSec: number, aNsec: number, mSec: number, mNsec: number): number;
  openDir(path: string): number;
  getdents(fd: number, bufSize: number): DirBatch | number;
  closeFd(fd: number): number;
  nameToHandle(path: string): { type: number; handle: Buffer } | number;
  fsUuid(path: string): Buffer | number;
  inoByHandle(mountPath: string, type: number, handle: Buffer): [number, number] | number;
}

export interface DirBatch { names: string[]; inos: BigUint64Array; types: Uint8Array }

// out/src/sys/index.js -> <repo>/build/Release
const native = createRequire(import.meta.url)('../../../build/Release/ovlnfs_sys.node') as Native;

const errnoNames = new Map<number, string>(
  Object.entries(osConstants.errno).map(([name, n]) => [n, name]),
);

/** A failed syscall: the errno name, e.g. 'ENOENT'. */
export interface SysError { code: string }

const fail = (r: number): SysError => ({ code: errnoNames.get(-r) ?? `E${-r}` });
const status = (r: number): SysError | undefined => (r < 0 ? fail(r) : undefined);

export const RENAME_NOREPLACE = 1;
export const RENAME_EXCHANGE = 2;
export const RENAME_WHITEOUT = 4;
export const UTIME_NOW = (1 << 30) - 1;
export const UTIME_OMIT = (1 << 30) - 2;

export const DT_UNKNOWN = 0;
export const DT_FIFO = 1;
export const DT_CHR = 2;
export const DT_DIR = 4;
export const DT_BLK = 6;
export const DT_REG = 8;
export const DT_LNK = 10;
export const DT_SOCK = 12;

export function mknod(path: string, mode: number, major: number, minor: number): SysError | undefined {
  return status(native.mknod(path, mode, major, minor));
}

export function rename2(from: string, to: string, flags: number): SysError | undefined {
  return status(native.rename2(from, to, flags));
}

/** The xattr's value, or undefined when it is absent (ENODATA); other failures as SysError. */
export function lgetxattr(path: string, name: string): Buffer | undefined | SysError {
  const r = native.lgetxattr(path, name);
  if (typeof r !== 'number') return r;
  return r === -osConstants.errno.ENODATA ? undefined : fail(r);
}

export function lsetxattr(path: string, name: string, value: Buffer, flags = 0): SysError | undefined {
  return status(native.lsetxattr(path, name, value, flags));
}

export function llistxattr(path: string): string[] | SysError {
  const r = native.llistxattr(path);
  if (typeof r === 'number') return fail(r);
  const names = r.toString('utf8').split('\0');
  names.pop();
  return names;
}

export function lremovexattr(path: string, name: string): SysError | undefined {
  const r = native.lremovexattr(path, name);
  return r === -osConstants.errno.ENODATA ? undefined : status(r);
}

export interface Time { sec: number; nsec: number }
/** Sets atime/mtime with nanoseconds on the object itself (a symlink is not followed). */
export function utimens(path: string, atime: Time | 'now' | 'omit', mtime: Time | 'now' | 'omit'): SysError | undefined {
  const sec = (t: Time | 'now' | 'omit'): number => (typeof t === 'string' ? 0 : t.sec);
  const nsec = (t: Time | 'now' | 'omit'): number => (t === 'now' ? UTIME_NOW : t === 'omit' ? UTIME_OMIT : t.nsec);
  return status(native.utimens(path, sec(atime), nsec(atime), sec(mtime), nsec(mtime)));
}

/** Opens a directory for getdents without following a symlink. */
export function openDir(path: string): number | SysError {
  const r = native.openDir(path);
  return r < 0 ? fail(r) : r;
}

/** One batch of entries ('.' and '..' left out); an empty batch means the end. */
export function getdents(fd: number, bufSize = 256 * 1024): DirBatch | SysError {
  const r = native.getdents(fd, bufSize);
  return typeof r === 'number' ? fail(r) : r;
}

export function closeFd(fd: number): SysError | undefined {
  return status(native.closeFd(fd));
}

/** name_to_handle_at without following a final symlink: the exportfs handle of an inode. */
export function nameToHandle(path: string): { type: number; handle: Buffer } | SysError {
  const r = native.nameToHandle(path);
  return typeof r === 'number' ? fail(r) : r;
}

/** The UUID of the filesystem holding `path` (FS_IOC_GETFSUUID). */
export function fsUuid(path: string): Buffer | SysError {
  const r = native.fsUuid(path);
  return typeof r === 'number' ? fail(r) : r;
}

/** Device and inode number of the object a file handle names, on the filesystem of `mountPath`. */
export function inoByHandle(mountPath: string, type: number, handle: Buffer): { dev: number; ino: number } | SysError {
  const r = native.inoByHandle(mountPath, type, handle);
  return typeof r === 'number' ? fail(r) : { dev: r[0], ino: r[1] };
}

/** Every entry of a directory with d_ino and d_type: no stat per entry. */
export function readDirRaw(path: string): { names: string[]; inos: bigint[]; types: number[] } | SysError {
  const fd = openDir(path);
  if (typeof fd !== 'number') return fd;
  const out = { names: [] as string[], inos: [] as bigint[], types: [] as number[] };
  try {
    for (;;) {
      const b = getdents(fd);
      if ('code' in b) return b;
      if (b.names.length === 0) return out;
      for (let i = 0; i < b.names.length; i++) {
        out.names.push(b.names[i] as string);
        out.inos.push(b.inos[i] as bigint);
        out.types.push(b.types[i] as number);
      }
    }
  } finally {
    closeFd(fd);
  }
}
