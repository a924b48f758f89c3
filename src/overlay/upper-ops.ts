// Every mutation of the upper and work directories goes through here, so the crash-safety
// discipline lives in one place: things are built under a temporary name in W/work and
// renamed into place; a crash leaves only W/work leftovers, which openLayers() removes.
import {
  chmodSync, closeSync, fsyncSync, lchownSync, linkSync, mkdirSync, openSync, rmSync, symlinkSync,
  unlinkSync, constants as fsc,
} from 'node:fs';
import * as sys from '../sys/index.js';
import { check, toOverlayError } from './errors.js';
import type { Timespec } from './types.js';

const S_IFCHR = 0o020000;

export class UpperOps {
  private seq = 0;
  /** `touched` runs after every mutation: cached lookups of the tree are dropped. */
  constructor(private readonly workDir: string, private readonly touched: () => void) {}

  /** A fresh name in W/work (never reused within a process; W/work is emptied at start). */
  tempPath(): string {
    return `${this.workDir}/#${process.pid.toString(16)}-${(this.seq++).toString(16)}`;
  }

  private wrap<T>(what: string, fn: () => T): T {
    try { return fn(); } catch (e) { throw toOverlayError(e, what); } finally { this.touched(); }
  }

  private checked(r: sys.SysError | undefined, what: string): void {
    this.touched();
    check(r, what);
  }

  mkdir(path: string, mode: number): void { this.wrap(`mkdir ${path}`, () => mkdirSync(path, { mode: mode & 0o777 })); }
  symlink(target: string, path: string): void { this.wrap(`symlink ${path}`, () => symlinkSync(target, path)); }
  link(existing: string, path: string): void { this.wrap(`link ${path}`, () => linkSync(existing, path)); }
  unlink(path: string): void { this.wrap(`unlink ${path}`, () => unlinkSync(path)); }
  mknod(path: string, mode: number, major: number, minor: number): void { this.checked(sys.mknod(path, mode, major, minor), `mknod ${path}`); }
  whiteout(path: string): void { this.mknod(path, S_IFCHR, 0, 0); }

  /** Creates an empty regular file, returning nothing: data goes in through the fd cache. */
  createFile(path: string, mode: number): void {
    this.wrap(`create ${path}`, () => closeSync(openSync(path, fsc.O_CREAT | fsc.O_EXCL | fsc.O_WRONLY | fsc.O_NOFOLLOW, mode & 0o777)));
  }

  /** Unprivileged servers cannot give objects away: they keep the server's owner (documented limit). */
  chown(path: string, uid: number, gid: number): void {
    try {
      lchownSync(path, uid, gid);
      this.touched();
    } catch (e) {
      if ((e as { code?: string }).code === 'EPERM' && process.geteuid?.() !== 0) return;
      throw toOverlayError(e, `chown ${path}`);
    }
  }
  /** chmod after chown: chown clears setuid/setgid. Symlinks have no mode of their own. */
  chmod(path: string, mode: number): void { this.wrap(`chmod ${path}`, () => chmodSync(path, mode & 0o7777)); }
  times(path: string, atime: Timespec | 'now' | 'omit', mtime: Timespec | 'now' | 'omit'): void {
    this.checked(sys.utimens(path, atime, mtime), `utimens ${path}`);
  }
  setXattr(path: string, name: string, value: Buffer): void { this.checked(sys.lsetxattr(path, name, value), `setxattr ${name} ${path}`); }
  removeXattr(path: string, name: string): void { this.checked(sys.lremovexattr(path, name), `removexattr ${name} ${path}`); }

  /** renameat2: flags RENAME_NOREPLACE / RENAME_EXCHANGE / RENAME_WHITEOUT. */
  rename(from: string, to: string, flags = 0): void { this.checked(sys.rename2(from, to, flags), `rename ${from} -> ${to}`); }

  /** Removes something moved into W/work (a replaced directory with its whiteouts). */
  discard(path: string): void { this.wrap(`discard ${path}`, () => rmSync(path, { recursive: true, force: true })); }

  /** Makes a file's data and a directory's entries durable. */
  fsync(path: string, dir: boolean): void {
    this.wrap(`fsync ${path}`, () => {
      const fd = openSync(path, (dir ? fsc.O_DIRECTORY : fsc.O_RDONLY) | fsc.O_NOFOLLOW);
      try { fsyncSync(fd); } finally { closeSync(fd); }
    });
  }
}
