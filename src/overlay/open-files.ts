// Bounded cache of open file descriptors shared by read, write and commit. Entries are
// reference-counted so an fd is never closed (and its number reused) under a pending I/O;
// idle entries close after idleCloseMs; a path's entries are dropped when its object changes
// layer (copy-up) or name (rename, remove).
//
// Stable writes use fds opened with O_DSYNC (DATA_SYNC) or O_SYNC (FILE_SYNC), as knfsd writes
// with RWF_DSYNC/RWF_SYNC: the pwrite itself returns once the range is on stable storage, one
// thread-pool call instead of a pwrite and an fsync of the whole file.
import { closeSync, openSync, constants as fsc } from 'node:fs';
import { toOverlayError } from './errors.js';

/** What an fd is for: reading, writing (UNSTABLE), or writing straight to stable storage. */
export type Access = 'read' | 'write' | 'dsync' | 'sync';

const FLAGS: Record<Access, number> = {
  read: fsc.O_RDONLY,
  write: fsc.O_RDWR,
  dsync: fsc.O_RDWR | fsc.O_DSYNC,
  sync: fsc.O_RDWR | fsc.O_SYNC,
};

/**
 * Cache key: a path for read/write fds (a read-write fd serves reads too), the path plus a NUL
 * and the kind for the synchronous ones (no path contains NUL).
 */
const keyOf = (path: string, access: Access): string => (access === 'dsync' || access === 'sync' ? `${path}\0${access}` : path);

interface Entry { fd: number; refs: number; lastUse: number; dead: boolean; path: string; writable: boolean }

export interface OpenFile { readonly fd: number; readonly entry: Entry }

export class OpenFiles {
  private readonly entries = new Map<string, Entry>();   // insertion order = LRU order
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly max: number, private readonly idleMs: number) {
    this.timer = setInterval(() => this.closeIdle(), Math.max(50, Math.floor(idleMs / 2)));
    this.timer.unref();
  }

  /** An fd for `path` (never following a symlink); 'read' takes any plain fd of it. */
  acquire(path: string, access: Access): OpenFile {
    const key = keyOf(path, access);
    let e = this.entries.get(key);
    if (e !== undefined && access === 'write' && !e.writable) { this.kill(key, e); e = undefined; }
    if (e === undefined) {
      let fd: number;
      try {
        fd = openSync(path, FLAGS[access] | fsc.O_NOFOLLOW);
      } catch (err) {
        throw toOverlayError(err, `open ${path}`);
      }
      e = { fd, refs: 0, lastUse: 0, dead: false, path, writable: access !== 'read' };
      this.entries.set(key, e);
      this.shrink();
    } else {
      this.entries.delete(key);
      this.entries.set(key, e);
    }
    e.refs++;
    e.lastUse = Date.now();
    return { fd: e.fd, entry: e };
  }

  release(f: OpenFile): void {
    const e = f.entry;
    e.refs--;
    if (e.dead && e.refs === 0) closeSync(e.fd);
  }

  /** Forgets the fds of `path` and of everything below it (a renamed directory). */
  drop(path: string): void {
    const below = `${path}/`;
    const synced = `${path}\0`;
    for (const [p, e] of this.entries) {
      if (p === path || p.startsWith(below) || p.startsWith(synced)) this.kill(p, e);
    }
  }

  private kill(p: string, e: Entry): void {
    this.entries.delete(p);
    e.dead = true;
    if (e.refs === 0) closeSync(e.fd);
  }

  private shrink(): void {
    if (this.entries.size <= this.max) return;
    for (const [p, e] of this.entries) {
      if (this.entries.size <= this.max) break;
      if (e.refs === 0) this.kill(p, e);
    }
  }

  private closeIdle(): void {
    const limit = Date.now() - this.idleMs;
    for (const [p, e] of this.entries) if (e.refs === 0 && e.lastUse < limit) this.kill(p, e);
  }

  get size(): number { return this.entries.size; }

  close(): void {
    clearInterval(this.timer);
    for (const [p, e] of this.entries) this.kill(p, e);
  }
}
