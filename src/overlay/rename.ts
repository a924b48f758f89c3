// Rename with POSIX replace rules, for every kind of object including merged and lower
// directories. A directory with lower parts gets the kernel's redirect_dir marker before it
// moves: `overlay.redirect` = its old bare name within the same parent, otherwise the absolute
// path of its lower part. A pure-upper directory moved into a merged parent becomes opaque so
// nothing below its new name merges into it. The source leaves a whiteout when something lies
// below its old name (RENAME_WHITEOUT does both in one step). An object with an origin moving
// to another parent marks that parent impure first (see impure.ts).
import * as sys from '../sys/index.js';
import { inodeOf } from './attrs.js';
import { lstatOrUndefined } from './context.js';
import type { Ctx } from './context.js';
import { copyUp } from './copy-up.js';
import { changeableDir, dropLowerAlias, dropOrphanIndex, indexEntryOf, mayDelete, owned } from './dir-ops.js';
import { hasOrigin, readOpaque, readRedirect, xattr } from './format.js';
import { markImpure } from './impure.js';
import { isDir, lowerHits, realPath, top } from './lookup.js';
import { checkName, joinPath } from './names.js';
import { requireAccess, requireDirWrite } from './permissions.js';
import { mergedEntries } from './readdir.js';
import { OverlayError, W_OK } from './types.js';
import type { Cred } from './types.js';

export async function renameName(ctx: Ctx, fromDir: string, fromName: string, toDir: string, toName: string, cred: Cred): Promise<void> {
  checkName(fromName);
  checkName(toName);
  // Checks in the kernel's order (do_renameat2, vfs_rename, may_delete), so errnos match.
  const fromParent = changeableDir(ctx, fromDir, cred);
  const toParent = changeableDir(ctx, toDir, cred);
  const src = ctx.child(fromParent, fromName);
  if (src === undefined) throw new OverlayError('ENOENT', joinPath(fromDir, fromName));
  const srcDir = isDir(src);
  const under = (path: string, dir: string): boolean => path === dir || path.startsWith(`${dir}/`);
  if (toDir !== fromDir && under(toDir, src.path)) throw new OverlayError('EINVAL', `cannot move ${src.path} into itself`);
  const tgt = ctx.child(toParent, toName);
  if (tgt !== undefined && toDir !== fromDir && under(fromDir, tgt.path)) throw new OverlayError('ENOTEMPTY', tgt.path);
  // The same object under both names (or two names of one inode): POSIX says do nothing.
  if (tgt !== undefined && (tgt.path === src.path || (!srcDir && inodeOf(ctx, src).id === inodeOf(ctx, tgt).id))) return;
  mayDelete(ctx, fromParent, src, cred, srcDir);
  if (tgt === undefined) requireDirWrite(owned(ctx, toParent), cred, `write ${toDir}`);
  else mayDelete(ctx, toParent, tgt, cred, srcDir);
  // A directory changing parent rewrites its '..': needs write permission on itself.
  if (srcDir && fromDir !== toDir) requireAccess(owned(ctx, src), cred, W_OK, `move ${src.path}`);
  // A merged or lower target is checked here; a pure-upper one is left to the real rename
  // (after the copy-ups, as the kernel does, with the same side effects on the parents).
  const tgtFull = tgt !== undefined && srcDir && mergedEntries(ctx, tgt, true).length > 0;
  if (tgtFull && lowerHits(tgt).length > 0) throw new OverlayError('ENOTEMPTY', tgt.path);

  const aliasDropped = tgt !== undefined && await dropLowerAlias(ctx, tgt);
  const tgtIndex = tgt === undefined ? undefined : indexEntryOf(ctx, tgt);
  const ops = ctx.ops;
  const samedir = fromDir === toDir;
  const fromUp = await copyUp(ctx, fromParent);
  const toUp = samedir ? fromUp : await copyUp(ctx, ctx.resolve(toDir));
  const srcNode = ctx.resolve(src.path);
  const srcLower = lowerHits(srcNode);
  const srcUp = await copyUp(ctx, srcNode);
  const srcPath = realPath(top(srcUp));
  const destPath = `${realPath(top(toUp))}/${toName}`;
  const below = ctx.child(fromUp, fromName, true) !== undefined;

  if (srcDir) {
    const first = srcLower[0];
    if (first !== undefined) {
      const existing = readRedirect(ctx.fmt, srcPath);
      if (!(existing !== undefined && (samedir || existing.startsWith('/')))) {
        const redirect = samedir ? fromName : `/${first.rel}`;
        ops.setXattr(srcPath, xattr(ctx.fmt, 'redirect'), Buffer.from(redirect));
      }
    } else if (toUp.hits.length > 1 && readOpaque(ctx.fmt, srcPath) !== 'y') {
      ops.setXattr(srcPath, xattr(ctx.fmt, 'opaque'), Buffer.from('y'));
    }
  }

  // The target parent becomes impure before an object with an origin lands in it (ovl_rename;
  // a replaced lower hard-link name was copied up into it first by the kernel's ovl_nlink_start).
  const srcHasOrigin = srcLower.length > 0 || hasOrigin(ctx.fmt, srcPath);
  if ((!samedir && srcHasOrigin) || aliasDropped) markImpure(ctx, realPath(top(toUp)));
  const destSt = lstatOrUndefined(destPath);
  ctx.files.drop(srcPath);
  ctx.files.drop(destPath);
  if (srcDir && destSt !== undefined && destSt.isDirectory() && !tgtFull) {
    // The target is logically empty but may hold whiteouts: swap in an empty opaque dir first.
    const empty = ops.tempPath();
    ops.mkdir(empty, 0o700);
    ops.setXattr(empty, xattr(ctx.fmt, 'opaque'), Buffer.from('y'));
    ops.rename(empty, destPath, sys.RENAME_EXCHANGE);
    ops.discard(empty);
  }
  if (srcDir && destSt !== undefined && !destSt.isDirectory()) {
    // Only a whiteout can sit there (the target is absent or a directory): swap with it.
    ops.rename(srcPath, destPath, sys.RENAME_EXCHANGE);
    if (!below) ops.unlink(srcPath);
  } else {
    ops.rename(srcPath, destPath, below ? sys.RENAME_WHITEOUT : 0);
  }
  dropOrphanIndex(ctx, tgtIndex);
  ctx.changed(fromDir);
  ctx.changed(toDir);
}
