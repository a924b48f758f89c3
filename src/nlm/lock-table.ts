// POSIX fcntl byte-range locks, held in the server on behalf of NLM clients.
//
// Files are keyed by their stable overlay id (a bigint that survives copy-up, rename and restart),
// so a copy-up while a lock is held does not lose it. An owner is (client host, svid, oh): the
// Linux client derives oh from the same lock-owner id as svid, macOS uses pid-based values, and
// keying by all three keeps two processes on one host apart.
//
// Semantics follow fcntl(F_SETLK): an owner's locks never overlap each other; a new lock replaces
// whatever the owner held over its range (upgrade, downgrade, split), and same-type ranges of one
// owner that touch are merged. Read locks are shared, write locks exclusive, conflicts are only
// between different owners. A blocked request waits in a per-file FIFO; whenever locks go away
// the queue is re-examined and every waiter that now fits is granted and reported through onGrant
// (the NLM service turns that into a GRANTED callback).

import { type ByteRange, overlaps, touches } from './lock-range.js';

export interface LockOwner {
  host: string; // the client's caller_name
  svid: number;
  oh: Buffer;
}

export interface HeldLock extends ByteRange {
  owner: LockOwner;
  ownerKey: string;
  exclusive: boolean;
}

export interface Waiter<T> extends ByteRange {
  fileId: bigint;
  owner: LockOwner;
  ownerKey: string;
  exclusive: boolean;
  tag: T; // whatever the caller needs to deliver the grant (callback address, cookie...)
}

export type LockOutcome =
  | { status: 'granted' }
  | { status: 'denied'; holder: HeldLock }
  | { status: 'blocked' };

interface FileLocks<T> {
  locks: HeldLock[];
  waiters: Waiter<T>[];
}

export function ownerKeyOf(o: LockOwner): string {
  return `${o.host}\u0000${o.svid}\u0000${o.oh.toString('hex')}`;
}

function conflicts(held: HeldLock, ownerKey: string, exclusive: boolean, r: ByteRange): boolean {
  return held.ownerKey !== ownerKey && (held.exclusive || exclusive) && overlaps(held, r);
}

export class LockTable<T> {
  private readonly files = new Map<bigint, FileLocks<T>>();

  constructor(private readonly onGrant: (granted: Waiter<T>) => void) {}

  // The first lock of another owner that would stop `owner` from taking this lock.
  test(fileId: bigint, owner: LockOwner, exclusive: boolean, r: ByteRange): HeldLock | undefined {
    const f = this.files.get(fileId);
    if (f === undefined) return undefined;
    const key = ownerKeyOf(owner);
    return f.locks.find((h) => conflicts(h, key, exclusive, r));
  }

  // Take a lock, or (with `wait`) queue for it. A repeated blocked request of the same owner for
  // the same range and type (clients re-send blocked locks every 30 s) does not queue twice.
  lock(fileId: bigint, owner: LockOwner, exclusive: boolean, r: ByteRange, wait?: { tag: T }): LockOutcome {
    const f = this.fileFor(fileId);
    const key = ownerKeyOf(owner);
    const holder = f.locks.find((h) => conflicts(h, key, exclusive, r));
    if (holder === undefined) {
      this.removeWaiter(f, key, exclusive, r);
      this.apply(f, copyOwner(owner), key, exclusive, r);
      // A downgrade (write to read) may let queued readers in.
      if (f.waiters.length > 0) this.wake(fileId, f);
      return { status: 'granted' };
    }
    if (wait === undefined) {
      this.dropIfEmpty(fileId, f);
      return { status: 'denied', holder };
    }
    const queued = f.waiters.find((w) => sameRequest(w, key, exclusive, r));
    if (queued !== undefined) queued.tag = wait.tag;
    else f.waiters.push({ fileId, owner: copyOwner(owner), ownerKey: key, exclusive, start: r.start, end: r.end, tag: wait.tag });
    return { status: 'blocked' };
  }

  // Release the owner's locks over the range (splitting a lock that straddles its edges), then
  // grant whatever waiters now fit. Unlocking what is not held is not an error (fcntl agrees).
  unlock(fileId: bigint, owner: LockOwner, r: ByteRange): void {
    const f = this.files.get(fileId);
    if (f === undefined) return;
    this.cut(f, ownerKeyOf(owner), r);
    this.wake(fileId, f);
  }

  // Withdraw a queued request; true when there was one.
  cancel(fileId: bigint, owner: LockOwner, exclusive: boolean, r: ByteRange): boolean {
    const f = this.files.get(fileId);
    if (f === undefined) return false;
    const removed = this.removeWaiter(f, ownerKeyOf(owner), exclusive, r);
    this.dropIfEmpty(fileId, f);
    return removed;
  }

  // Forget every lock and queued request of a host (it rebooted, or asked with FREE_ALL).
  releaseHost(host: string): void {
    for (const [fileId, f] of [...this.files]) {
      const before = f.locks.length;
      f.locks = f.locks.filter((h) => h.owner.host !== host);
      f.waiters = f.waiters.filter((w) => w.owner.host !== host);
      if (f.locks.length !== before) this.wake(fileId, f);
      else this.dropIfEmpty(fileId, f);
    }
  }

  locksOf(fileId: bigint): readonly HeldLock[] {
    return this.files.get(fileId)?.locks ?? [];
  }

  waitersOf(fileId: bigint): readonly Waiter<T>[] {
    return this.files.get(fileId)?.waiters ?? [];
  }

  // Whether a host still holds or waits for anything (when not, it need not be monitored).
  hostHasState(host: string): boolean {
    for (const f of this.files.values()) {
      if (f.locks.some((h) => h.owner.host === host) || f.waiters.some((w) => w.owner.host === host)) return true;
    }
    return false;
  }

  private fileFor(fileId: bigint): FileLocks<T> {
    let f = this.files.get(fileId);
    if (f === undefined) {
      f = { locks: [], waiters: [] };
      this.files.set(fileId, f);
    }
    return f;
  }

  private dropIfEmpty(fileId: bigint, f: FileLocks<T>): void {
    if (f.locks.length === 0 && f.waiters.length === 0) this.files.delete(fileId);
  }

  private removeWaiter(f: FileLocks<T>, key: string, exclusive: boolean, r: ByteRange): boolean {
    const i = f.waiters.findIndex((w) => sameRequest(w, key, exclusive, r));
    if (i < 0) return false;
    f.waiters.splice(i, 1);
    return true;
  }

  // Install a lock for an owner that has no conflict: the owner's own locks over the range give
  // way (a different type is cut around it), same-type locks that touch are absorbed.
  private apply(f: FileLocks<T>, owner: LockOwner, key: string, exclusive: boolean, r: ByteRange): void {
    let start = r.start;
    let end = r.end;
    const kept: HeldLock[] = [];
    for (const h of f.locks) {
      if (h.ownerKey !== key || !touches(h, r)) {
        kept.push(h);
      } else if (h.exclusive === exclusive) {
        if (h.start < start) start = h.start;
        if (h.end > end) end = h.end;
      } else {
        if (h.start < r.start) kept.push({ ...h, end: r.start });
        if (h.end > r.end) kept.push({ ...h, start: r.end });
      }
    }
    kept.push({ owner, ownerKey: key, exclusive, start, end });
    f.locks = kept;
  }

  private cut(f: FileLocks<T>, key: string, r: ByteRange): void {
    const kept: HeldLock[] = [];
    for (const h of f.locks) {
      if (h.ownerKey !== key || !overlaps(h, r)) {
        kept.push(h);
        continue;
      }
      if (h.start < r.start) kept.push({ ...h, end: r.start });
      if (h.end > r.end) kept.push({ ...h, start: r.end });
    }
    f.locks = kept;
  }

  // Grant, in arrival order, every waiter that no longer conflicts. Hooks run after the table is
  // consistent, so a hook may call back into the table.
  private wake(fileId: bigint, f: FileLocks<T>): void {
    const granted: Waiter<T>[] = [];
    const still: Waiter<T>[] = [];
    for (const w of f.waiters) {
      if (f.locks.some((h) => conflicts(h, w.ownerKey, w.exclusive, w))) {
        still.push(w);
      } else {
        this.apply(f, w.owner, w.ownerKey, w.exclusive, w);
        granted.push(w);
      }
    }
    f.waiters = still;
    this.dropIfEmpty(fileId, f);
    for (const w of granted) this.onGrant(w);
  }
}

// Decoded oh buffers are views into a request buffer the RPC layer may reuse.
function copyOwner(o: LockOwner): LockOwner {
  return { host: o.host, svid: o.svid, oh: Buffer.from(o.oh) };
}

function sameRequest<T>(w: Waiter<T>, key: string, exclusive: boolean, r: ByteRange): boolean {
  return w.ownerKey === key && w.exclusive === exclusive && w.start === r.start && w.end === r.end;
}
