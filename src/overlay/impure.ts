// The kernel's `overlay.impure` marker. Readdir of an upper directory reports each entry's real
// inode number, except in a directory marked impure, where entries that carry `overlay.origin`
// report the origin's inode number, the one stat gives (readdir.c ovl_calc_d_ino). So the kernel
// marks an upper directory impure before an object with an origin can land in it: the parent of
// every copy-up (copy_up.c ovl_do_copy_up, ovl_link_up), the new parent of a hard link or rename
// of such an object (dir.c ovl_create_or_link, ovl_rename). We do the same at the same moments,
// so a kernel mount of our upper shows readdir d_ino == stat st_ino, even after a crash.
import * as sys from '../sys/index.js';
import type { Ctx } from './context.js';
import { xattr } from './format.js';

const IMPURE = Buffer.from('y');

/** Marks the upper directory `upperDir` impure unless it already is (ovl_set_impure). */
export function markImpure(ctx: Ctx, upperDir: string): void {
  const name = xattr(ctx.fmt, 'impure');
  const v = sys.lgetxattr(upperDir, name);
  if (v instanceof Buffer && v.equals(IMPURE)) return;
  ctx.ops.setXattr(upperDir, name, IMPURE);
}
