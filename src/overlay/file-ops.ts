// Data and attribute changes of existing objects: read, write, commit, setattr.
// Changes copy the object up first; read/write/commit share fds through the OpenFiles cache.
import { fsync, ftruncateSync, read, readSync, write } from 'node:fs';
import { promisify } from 'node:util';
import { attrOf, inodeOf } from './attrs.js';
import type { Ctx } from './context.js';
import { copyUp } from './copy-up.js';
import { owned } from './dir-ops.js';
import { toOverlayError } from './errors.js';
import { realPath, top } from './lookup.js';
import type { Node } from './lookup.js';
import { allowed, inGroup, requireAccess } from './permissions.js';
import { OverlayError, W_OK } from './types.js';
import type { Attr, Cred, SetAttr } from './types.js';

const pread = promisify(read);
const pwrite = promisify(write);
const fsyncP = promisify(fsync);

function requireFile(node: Node): void {
  const st = top(node).st;
  if (st.isDirectory()) throw new OverlayError('EISDIR', node.path);
  if (!st.isFile()) throw new OverlayError('EINVAL', `${node.path} is not a regular file`);
}

/**
 * Reads up to this many bytes with a synchronous pread: from the page cache that costs less
 * than handing the call to libuv's thread pool and waking the loop again (measured with
 * bench/nfs rand_read_4k). Larger reads go to the pool so a cold read cannot stall every client.
 */
const SYNC_READ_MAX = 64 * 1024;

export async function readData(ctx: Ctx, node: Node, offset: bigint, length: number, into: Buffer, intoOffset: number): Promise<{ bytes: number; eof: boolean }> {
  requireFile(node);
  const ino = inodeOf(ctx, node);
  const f = ctx.files.acquire(ino.path, 'read');
  try {
    let bytes = 0;
    while (bytes < length) {
      const want = length - bytes;
      const at = Number(offset) + bytes;
      const got = want <= SYNC_READ_MAX
        ? readSync(f.fd, into, intoOffset + bytes, want, at)
        : (await pread(f.fd, into, intoOffset + bytes, want, at)).bytesRead;
      if (got === 0) break;
      bytes += got;
    }
    // A short read ended at end of file; a full one is at the end when it reaches the size the
    // inode had when the node was resolved (the size the reply's attributes report).
    return { bytes, eof: bytes < length || offset + BigInt(bytes) >= ino.st.size };
  } catch (e) {
    throw toOverlayError(e, `read ${node.path}`);
  } finally {
    ctx.files.release(f);
  }
}

/** Bits a non-root change of data or owner strips (file_remove_privs / chown). */
const killPrivs = (mode: number): number => mode & ~(0o4000 | ((mode & 0o010) !== 0 ? 0o2000 : 0));

/** How a WRITE's data must be on stable storage when it returns (NFS stable_how). */
export type WriteSync = 'unstable' | 'data' | 'file';

const accessOf = { unstable: 'write', data: 'dsync', file: 'sync' } as const;

/**
 * Copy-up and open for writing; runs under the overlay's mutation lock. A stable write gets an
 * O_DSYNC/O_SYNC fd: its pwrite returns once that range (and for FILE_SYNC the metadata needed
 * to read it back) is on stable storage.
 */
export async function openForWrite(ctx: Ctx, node: Node, cred: Cred, sync: WriteSync): Promise<{ fd: number; release: () => void; path: string }> {
  if (ctx.readOnly) throw new OverlayError('EROFS', 'read-only overlay');
  requireFile(node);
  // Owner override as knfsd: the owner may write a file it created read-only.
  const o = owned(ctx, node);
  if (cred.uid !== o.uid) requireAccess(o, cred, W_OK, `write ${node.path}`);
  const up = await copyUp(ctx, node);
  const path = realPath(top(up));
  if (cred.uid !== 0 && (o.mode & 0o6000) !== 0 && killPrivs(o.mode) !== o.mode) ctx.ops.chmod(path, killPrivs(o.mode));
  const f = ctx.files.acquire(path, accessOf[sync]);
  return { fd: f.fd, path, release: () => ctx.files.release(f) };
}

/** Writes all of `data` through an fd from openForWrite (which decides how durable it is). */
export async function writeData(fd: number, offset: bigint, data: Buffer): Promise<void> {
  let done = 0;
  while (done < data.length) {
    const { bytesWritten } = await pwrite(fd, data, done, data.length - done, Number(offset) + done);
    done += bytesWritten;
  }
}

export async function commitData(ctx: Ctx, node: Node): Promise<void> {
  if (!top(node).layer.upper) return;   // nothing of a lower object can be unstable
  requireFile(node);
  const f = ctx.files.acquire(realPath(top(node)), 'write');
  try { await fsyncP(f.fd); } catch (e) { throw toOverlayError(e, `commit ${node.path}`); } finally { ctx.files.release(f); }
}

export async function setAttributes(ctx: Ctx, node: Node, cred: Cred, s: SetAttr): Promise<Attr> {
  if (ctx.readOnly) throw new OverlayError('EROFS', 'read-only overlay');
  const a = attrOf(ctx, node);
  const o = owned(ctx, node);
  const root = cred.uid === 0;
  const isOwner = cred.uid === a.uid;
  // chown_ok/chgrp_ok: without CAP_CHOWN only the owner may set the ids, even to their current
  // values (the uid only to itself; the gid to itself or to one of the caller's groups).
  if (s.uid !== undefined && !root && !(isOwner && s.uid === a.uid)) throw new OverlayError('EPERM', `chown ${node.path}`);
  if (s.gid !== undefined && !root && !(isOwner && (s.gid === a.gid || inGroup(cred, s.gid)))) {
    throw new OverlayError('EPERM', `chgrp ${node.path}`);
  }
  if (s.mode !== undefined && !root && !isOwner) throw new OverlayError('EPERM', `chmod ${node.path}`);
  if (s.size !== undefined) {
    if (a.type === 'dir') throw new OverlayError('EISDIR', node.path);
    if (a.type !== 'file') throw new OverlayError('EINVAL', `${node.path} is not a regular file`);
    // Owner override as for write (nfsd_get_write_access): the owner may change the size of
    // a file whatever its mode bits say.
    if (!isOwner) requireAccess(o, cred, W_OK, `truncate ${node.path}`);
  }
  const explicitTime = (s.atime !== undefined && s.atime !== 'now') || (s.mtime !== undefined && s.mtime !== 'now');
  if ((s.atime !== undefined || s.mtime !== undefined) && !root && !isOwner) {
    if (explicitTime || allowed(o, cred, W_OK) !== W_OK) throw new OverlayError(explicitTime ? 'EPERM' : 'EACCES', `utimes ${node.path}`);
  }

  const up = await copyUp(ctx, node);
  const path = realPath(top(up));
  const ops = ctx.ops;
  let mode = a.mode;
  if (s.size !== undefined) {
    const f = ctx.files.acquire(path, 'write');
    try { ftruncateSync(f.fd, Number(s.size)); } catch (e) { throw toOverlayError(e, `truncate ${node.path}`); } finally { ctx.files.release(f); }
    if (!root) mode = killPrivs(mode);
  }
  // Any chown of a non-directory, even to the same ids and by root, strips setuid (and
  // setgid with group-execute), as notify_change(ATTR_KILL_SUID|ATTR_KILL_SGID) does.
  if (s.uid !== undefined || s.gid !== undefined) {
    ops.chown(path, s.uid ?? a.uid, s.gid ?? a.gid);
    if (a.type !== 'dir') mode = killPrivs(mode);
  }
  if (s.mode !== undefined) {
    mode = s.mode & 0o7777;
    if (!root && !inGroup(cred, s.gid ?? a.gid)) mode &= ~0o2000;
  }
  if (a.type !== 'symlink' && (s.mode !== undefined || mode !== a.mode)) ops.chmod(path, mode);
  if (s.atime !== undefined || s.mtime !== undefined) ops.times(path, s.atime ?? 'omit', s.mtime ?? 'omit');
  return attrOf(ctx, ctx.resolve(node.path));
}
