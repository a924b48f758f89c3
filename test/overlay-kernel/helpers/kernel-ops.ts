// Applies an operation to a kernel overlay mount with plain syscalls, with the semantics an NFS
// client gets from the resolver: no symlink is ever followed (O_NOFOLLOW, lchown, utimensat
// AT_SYMLINK_NOFOLLOW), and a non-exclusive create (NFS UNCHECKED) succeeds on an existing regular
// file without changing it, fails with EISDIR on a directory (as open(O_CREAT) does) and with
// EEXIST on anything else (the contract of Overlay.create).
import { closeSync, constants, fstatSync, lchownSync, linkSync, lstatSync, mkdirSync, openSync, renameSync,
  rmdirSync, symlinkSync, unlinkSync, writeSync, ftruncateSync, chmodSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import { mknod, utimens } from '../../../src/sys/index.js';
import { dataOf, type Op, type OpResult } from './ops.js';

const S_IFIFO = 0o010000;

function errnoOf(e: unknown): string {
  const code = (e as { code?: unknown }).code;
  if (typeof code === 'string') return code;
  throw e;
}

/** Refuses to act through a symlink in a parent component: that would leave the mount. */
function guardParents(root: string, rel: string): void {
  const names = rel.split('/');
  let cur = root;
  for (let i = 0; i < names.length - 1; i++) {
    cur = join(cur, names[i] as string);
    try {
      if (lstatSync(cur).isSymbolicLink()) throw new Error(`harness bug: ${rel} goes through a symlink`);
    } catch (e) {
      if ((e as { code?: string }).code === undefined) throw e;
      return; // missing/not a dir: the syscall reports it without following anything
    }
  }
}

function run(root: string, op: Op): void {
  const p = (rel: string): string => { guardParents(root, rel); return join(root, rel); };
  const child = (dir: string, name: string): string => p(dir === '' ? name : `${dir}/${name}`);
  // O_NOFOLLOW on a symlink fails with ELOOP; an NFS WRITE/SETATTR(size) on one is EINVAL.
  const openWrite = (rel: string): number => {
    try {
      return openSync(p(rel), constants.O_WRONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
    } catch (e) {
      throw errnoOf(e) === 'ELOOP' ? Object.assign(new Error('symlink'), { code: 'EINVAL' }) : e;
    }
  };
  switch (op.k) {
    case 'create': {
      const path = child(op.dir, op.name);
      if (!op.exclusive) {
        let existing: Stats | undefined;
        try { existing = lstatSync(path); } catch (e) { if (errnoOf(e) !== 'ENOENT') throw e; }
        if (existing?.isFile() === true) return;
        if (existing !== undefined) throw Object.assign(new Error('exists'), { code: existing.isDirectory() ? 'EISDIR' : 'EEXIST' });
      }
      closeSync(openSync(path, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY | constants.O_NOFOLLOW, op.mode));
      return;
    }
    case 'write': case 'append': {
      const fd = openWrite(op.path);
      try {
        const offset = op.k === 'append' ? fstatSync(fd).size : op.offset;
        const data = dataOf(op);
        if (writeSync(fd, data, 0, data.length, offset) !== data.length) throw new Error('short write');
      } finally { closeSync(fd); }
      return;
    }
    case 'truncate': {
      const fd = openWrite(op.path);
      try { ftruncateSync(fd, op.size); } finally { closeSync(fd); }
      return;
    }
    case 'chmod': {
      // The generator never aims chmod at a symlink (Linux cannot chmod one without following it).
      if (lstatSync(p(op.path)).isSymbolicLink()) throw new Error('harness bug: chmod of a symlink');
      chmodSync(p(op.path), op.mode);
      return;
    }
    case 'chown': lchownSync(p(op.path), op.uid ?? -1, op.gid ?? -1); return;
    case 'utimes': {
      const err = utimens(p(op.path), op.atime, op.mtime);
      if (err !== undefined) throw Object.assign(new Error(err.code), { code: err.code });
      return;
    }
    case 'mkdir': mkdirSync(child(op.dir, op.name), op.mode); return;
    case 'rmdir': rmdirSync(child(op.dir, op.name)); return;
    case 'unlink': unlinkSync(child(op.dir, op.name)); return;
    case 'rename': renameSync(child(op.fromDir, op.fromName), child(op.toDir, op.toName)); return;
    case 'link': linkSync(p(op.path), child(op.toDir, op.toName)); return;
    case 'symlink': symlinkSync(op.target, child(op.dir, op.name)); return;
    case 'mkfifo': {
      const err = mknod(child(op.dir, op.name), S_IFIFO | op.mode, 0, 0);
      if (err !== undefined) throw Object.assign(new Error(err.code), { code: err.code });
      return;
    }
  }
}

// Runs `fn` with the effective ids of `cred` (the process stays root underneath: the saved uid is 0,
// so seteuid(0) restores it). Synchronous, so nothing else in the process runs meanwhile.
const ids = {
  setgroups: process.setgroups as (groups: number[]) => void,
  setegid: process.setegid as (id: number) => void,
  seteuid: process.seteuid as (id: number) => void,
};

function as<T>(cred: Op['as'], fn: () => T): T {
  if (cred === undefined) return fn();
  ids.setgroups(cred.groups);
  ids.setegid(cred.gid);
  ids.seteuid(cred.uid);
  try {
    return fn();
  } finally {
    ids.seteuid(0);
    ids.setegid(0);
    ids.setgroups([]);
  }
}

// nfsd lets a file's owner write it and change its size whatever its mode bits say (owner
// override: a client may create a file 0444 and then write it); the write still drops the setuid
// bit, and setgid with group-execute, as any unprivileged write does.
function ownerOverride(root: string, op: Op): boolean {
  if (op.as === undefined || (op.k !== 'write' && op.k !== 'append' && op.k !== 'truncate')) return false;
  const path = join(root, op.path);
  const st = lstatSync(path);
  if (!st.isFile() || st.uid !== op.as.uid) return false;
  run(root, op);
  const mode = st.mode & 0o7777;
  const kept = mode & ~0o4000 & ((mode & 0o2010) === 0o2010 ? ~0o2000 : ~0);
  if (kept !== mode) chmodSync(path, kept);
  return true;
}

/** Runs `op` under the mount point `root`; 'OK' or the errno name. Needs process.umask(0). */
export function kernelApply(root: string, op: Op): OpResult {
  try {
    as(op.as, () => run(root, op));
    return 'OK';
  } catch (e) {
    const errno = errnoOf(e);
    if (errno !== 'EACCES') return errno;
    try {
      return ownerOverride(root, op) ? 'OK' : errno;
    } catch (again) {
      return errnoOf(again);
    }
  }
}
