// Bounded cache of open file descriptors shared by read, write and commit. Entries are
// reference-counted so an fd is never closed (and its number reused) under a pending I/O;
// idle entries close after idleCloseMs; a path's entry is dropped when its object changes
// layer (copy-up) or name (rename, remove).
import { closeSync, openSync, constants as fsc } from 'node:fs';
import { toOverlayError } from './errors.js';

interface Entry { fd: number; refs: number; lastUse: number; dead: boolean; path: string; writable: boolean }

export interface OpenFile { readonly fd: number; readonly entry: Entry }

export class OpenFiles {
  private readonly entries = new Map<string, Entry>();   // insertion order = LRU order
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly max: number, private readonly idleMs: number) {
    this.timer = setInterval(() => this.closeIdle(), Math.max(50, Math.floor(idleMs / 2)));
    this.timer.unref();
  }

  /** An fd for `path` (never following a symlink); `writable` needs read-write, else any fd does. */
  acquire(path: string, writable: boolean): OpenFile {
    let e = this.entries.get(path);
    if (e !== undefined && writable && !e.writable) { this.drop(path); e = undefined; }
    if (e === undefined) {
      let fd: number;
      try {
        fd = openSync(path, (writable ? fsc.O_RDWR : fsc.O_RDONLY) | fsc.O_NOFOLLOW);
      } catch (err) {
        throw toOverlayError(err, `open ${path}`);
      }
      e = { fd, refs: 0, lastUse: 0, dead: false, path, writable };
      this.entries.set(path, e);
      this.shrink();
    } else {
      this.entries.delete(path);
      this.entries.set(path, e);
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

  /** Forgets the fd of `path` and of everything below it (a renamed directory). */
  drop(path: string): void {
    const prefix = `${path}/`;
    for (const [p, e] of this.entries) {
      if (p === path || p.startsWith(prefix)) this.kill(p, e);
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
