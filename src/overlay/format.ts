// The kernel overlayfs on-disk format: whiteouts (chr 0/0, xattr whiteouts in opaque="x"
// directories, OCI `.wh.` files in lowers), opaque markers, redirects and impure markers.
import type { BigIntStats } from 'node:fs';
import * as sys from '../sys/index.js';
import { isSysError } from './errors.js';

export const OCI_WHITEOUT_PREFIX = '.wh.';
export const OCI_OPAQUE_MARKER = '.wh..wh..opq';

export interface Format { prefix: 'trusted.' | 'user.' }

export const xattr = (f: Format, name: 'opaque' | 'redirect' | 'whiteout' | 'origin' | 'nlink' | 'impure' | 'ovlnfs.id'): string =>
  `${f.prefix}overlay.${name}`;

/** True for names the overlay keeps to itself and never copies up (`*.overlay.*`). */
export const isOverlayXattr = (name: string): boolean =>
  name.startsWith('trusted.overlay.') || name.startsWith('user.overlay.');

export const isCharWhiteout = (st: BigIntStats): boolean => st.isCharacterDevice() && st.rdev === 0n;

function readString(path: string, name: string): string | undefined {
  const v = sys.lgetxattr(path, name);
  if (v === undefined || isSysError(v)) return undefined;
  return v.toString('utf8');
}

/** 'y' = opaque; 'x' = not opaque but may hold xattr whiteouts (kernel 6.7+). */
export function readOpaque(f: Format, path: string): 'y' | 'x' | undefined {
  const v = readString(path, xattr(f, 'opaque'));
  return v === 'y' || v === 'x' ? v : undefined;
}

/** A bare name or an absolute path; anything that could climb out of a layer is ignored. */
export function readRedirect(f: Format, path: string): string | undefined {
  const v = readString(path, xattr(f, 'redirect'));
  if (v === undefined || v === '' || v.includes('\0')) return undefined;
  const abs = v.startsWith('/');
  const parts = abs ? v.split('/').slice(1) : v.split('/');
  if (parts.some((p) => p === '' || p === '.' || p === '..')) return undefined;
  if (!abs && parts.length !== 1) return undefined;
  return v;
}

/** A zero-size regular file carrying overlay.whiteout (only looked for in opaque="x" dirs). */
export function isXattrWhiteout(f: Format, path: string, st: BigIntStats): boolean {
  return st.isFile() && st.size === 0n && sys.lgetxattr(path, xattr(f, 'whiteout')) instanceof Buffer;
}

/** True when an upper object records a lower origin (the kernel's copy-up left `overlay.origin`). */
export function hasOrigin(f: Format, path: string): boolean {
  return sys.lgetxattr(path, xattr(f, 'origin')) instanceof Buffer;
}
