// One translation from syscall failures (Node fs errors, addon SysError values) to OverlayError.
import type { SysError } from '../sys/index.js';
import { OverlayError } from './types.js';
import type { Errno } from './types.js';

const passThrough = new Set<string>([
  'ENOENT', 'EEXIST', 'ENOTDIR', 'EISDIR', 'ENOTEMPTY', 'EINVAL', 'EACCES', 'EPERM', 'EROFS',
  'ENAMETOOLONG', 'EXDEV', 'EMLINK', 'ENOSPC', 'EDQUOT', 'EIO', 'EFBIG', 'ELOOP', 'EBUSY',
  'ENOTSUP', 'EBADF', 'ENXIO', 'ESTALE', 'ENOSYS',
]);

export function errnoOf(code: string | undefined): Errno {
  if (code === 'EOPNOTSUPP') return 'ENOTSUP';
  return code !== undefined && passThrough.has(code) ? (code as Errno) : 'EIO';
}

/** Converts anything thrown by fs or returned by the addon into an OverlayError. */
export function toOverlayError(e: unknown, what: string): OverlayError {
  if (e instanceof OverlayError) return e;
  const code = typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : undefined;
  return new OverlayError(errnoOf(code), `${what}${code === undefined ? `: ${String(e)}` : ''}`);
}

/** Throws when an addon call failed. */
export function check(r: SysError | undefined, what: string): void {
  if (r !== undefined) throw new OverlayError(errnoOf(r.code), what);
}

export function isSysError(v: unknown): v is SysError {
  return typeof v === 'object' && v !== null && 'code' in v && !(v instanceof Buffer);
}
