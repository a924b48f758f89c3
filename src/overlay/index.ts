// Overlay library: Linux-overlayfs semantics and on-disk format over real directories.
// Facade only: the work happens in one module per concern (layers, format, lookup, copy-up,
// dir-ops, rename, readdir, identity, permissions, open-files, upper-ops).
//
// Deviations from contracts.md section 3 (small, additive):
// - readdir never returns cookies 1..15, so callers may use them for '.' and '..'.
// - the verifier passed to readdir is not enforced: cookies never expire (design.md item 4).
export {
  OverlayError, R_OK, W_OK, X_OK,
} from './types.js';
export type {
  Errno, Cred, Timespec, FileType, Attr, SetAttr, DirEntry, OverlayOptions, StatFs, ReaddirResult,
} from './types.js';
export { parseLowerdir } from './layers.js';
export { Overlay } from './overlay.js';
