// The NLM service in domain terms: what TEST, LOCK, CANCEL, UNLOCK, SHARE, UNSHARE and FREE_ALL
// do, independent of the wire. It owns the lock and share tables, applies the grace period, has
// NSM record a host before that host's first lock is granted, and follows each grant of a blocked
// request until the client has acknowledged it.
//
// `G` is whatever the wire layer needs to deliver a GRANTED callback later (client address,
// version, cookie, the lock as the client sent it); the manager only stores and hands it back.

import { GracePeriod } from './grace.js';
import { type ByteRange, overlaps } from './lock-range.js';
import { LockTable, ownerKeyOf, type HeldLock, type LockOwner, type Waiter } from './lock-table.js';
import { ShareTable } from './share-table.js';

export type NlmStatus = 'granted' | 'denied' | 'denied_nolocks' | 'blocked' | 'denied_grace_period';

// NSM as seen from NLM (in-process).
export interface HostMonitor {
  // Durably record the host, so that after a restart it is told to reclaim. false = cannot.
  monitor(name: string, address: string): Promise<boolean>;
  unmonitor(name: string): Promise<void>;
}

// 'accepted': the client took the lock. 'refused': the client no longer wants it (the waiter
// went away), so it is released. 'unreachable': no answer after the bounded retries; the lock is
// kept (a client that did get the callback believes it holds it) but stays unacknowledged: a
// client that did not get it re-sends its blocked LOCK (every 30 s on Linux) and is told it has
// it, or sends CANCEL and the lock is released.
export type GrantReply = 'accepted' | 'refused' | 'unreachable';

export interface LockManagerOptions<G> {
  grace: GracePeriod;
  monitor: HostMonitor;
  deliverGrant(granted: Waiter<G>): Promise<GrantReply>;
  // Hosts NSM has on record from before the restart (monitored, possibly without locks yet).
  monitoredHosts?: Iterable<string>;
  now?: () => number;
}

export interface LockRequest {
  fileId: bigint;
  owner: LockOwner;
  exclusive: boolean;
  range: ByteRange;
}

export interface LockCall<G> extends LockRequest {
  block: boolean;
  reclaim: boolean;
  monitor: boolean; // false for NM_LOCK: the client asked not to be monitored
  address: string;
  grant: G;
}

export interface ShareCall {
  fileId: bigint;
  host: string;
  oh: Buffer;
  mode: number;
  access: number;
  reclaim: boolean;
  address: string;
}

export type TestOutcome = { status: 'granted' | 'denied_grace_period' } | { status: 'denied'; holder: HeldLock };

function requestKey(fileId: bigint, ownerKey: string, exclusive: boolean, r: ByteRange): string {
  return `${fileId}\u0000${ownerKey}\u0000${exclusive ? 'W' : 'R'}\u0000${r.start}\u0000${r.end}`;
}

export class LockManager<G> {
  readonly locks: LockTable<G>;
  readonly shares = new ShareTable();
  private readonly grace: GracePeriod;
  private readonly monitor: HostMonitor;
  private readonly deliverGrant: (w: Waiter<G>) => Promise<GrantReply>;
  private readonly now: () => number;
  // Grants of blocked requests the client has not acknowledged yet, by request.
  private readonly unacknowledged = new Map<string, Waiter<G>>();
  private readonly monitored = new Set<string>();
  private readonly addresses = new Map<string, string>();
  private readonly lastActive = new Map<string, number>();

  constructor(o: LockManagerOptions<G>) {
    this.grace = o.grace;
    this.monitor = o.monitor;
    this.deliverGrant = o.deliverGrant;
    this.now = o.now ?? Date.now;
    for (const h of o.monitoredHosts ?? []) this.monitored.add(h);
    this.locks = new LockTable<G>((w) => this.granted(w));
  }

  inGrace(): boolean {
    return this.grace.active();
  }

  async test(req: LockRequest): Promise<TestOutcome> {
    if (this.refusedByGrace(req.owner.host, false)) return { status: 'denied_grace_period' };
    this.touch(req.owner.host);
    const holder = this.locks.test(req.fileId, req.owner, req.exclusive, req.range);
    return holder === undefined ? { status: 'granted' } : { status: 'denied', holder };
  }

  async lock(call: LockCall<G>): Promise<NlmStatus> {
    const host = call.owner.host;
    if (this.refusedByGrace(host, call.reclaim)) return 'denied_grace_period';
    this.touch(host, call.address);
    if (call.monitor && !(await this.ensureMonitored(host, call.address))) return 'denied_nolocks';
    const wait = call.block && !call.reclaim ? { tag: call.grant } : undefined;
    const outcome = this.locks.lock(call.fileId, call.owner, call.exclusive, call.range, wait);
    if (outcome.status === 'granted') {
      // A re-sent blocked request for a lock we granted meanwhile: the client now knows.
      this.unacknowledged.delete(requestKey(call.fileId, ownerKeyOf(call.owner), call.exclusive, call.range));
    }
    return outcome.status;
  }

  // Withdraw a blocked request. If it was granted but the client has not acknowledged the grant,
  // the client never learnt it holds the lock, so the lock is released again.
  async cancel(req: LockRequest): Promise<NlmStatus> {
    this.touch(req.owner.host);
    if (this.locks.cancel(req.fileId, req.owner, req.exclusive, req.range)) return 'granted';
    const key = requestKey(req.fileId, ownerKeyOf(req.owner), req.exclusive, req.range);
    if (this.unacknowledged.delete(key)) this.locks.unlock(req.fileId, req.owner, req.range);
    return 'granted';
  }

  async unlock(req: LockRequest): Promise<NlmStatus> {
    this.touch(req.owner.host);
    const ownerKey = ownerKeyOf(req.owner);
    for (const [key, w] of this.unacknowledged) {
      if (w.fileId === req.fileId && w.ownerKey === ownerKey && overlaps(w, req.range)) this.unacknowledged.delete(key);
    }
    this.locks.unlock(req.fileId, req.owner, req.range);
    return 'granted';
  }

  async share(call: ShareCall): Promise<NlmStatus> {
    if (this.refusedByGrace(call.host, call.reclaim)) return 'denied_grace_period';
    this.touch(call.host, call.address);
    if (!(await this.ensureMonitored(call.host, call.address))) return 'denied_nolocks';
    const ok = this.shares.share(call.fileId, { host: call.host, oh: call.oh, mode: call.mode, access: call.access });
    return ok ? 'granted' : 'denied';
  }

  async unshare(fileId: bigint, host: string, oh: Buffer): Promise<NlmStatus> {
    this.touch(host);
    this.shares.unshare(fileId, host, oh);
    return 'granted';
  }

  // The client's NSM says it restarted (SM_NOTIFY), or its lockd asked with FREE_ALL: all it held
  // is gone. Hosts are matched by caller name, and by address for clients whose NOTIFY carries a
  // different name than their lock requests.
  hostRebooted(name: string, address?: string): void {
    const hosts = new Set<string>([name]);
    if (address !== undefined) for (const [h, a] of this.addresses) if (a === address) hosts.add(h);
    for (const host of hosts) {
      this.grace.noteRebooted(host);
      for (const [key, w] of this.unacknowledged) if (w.owner.host === host) this.unacknowledged.delete(key);
      this.locks.releaseHost(host);
      this.shares.releaseHost(host);
    }
  }

  // Stop monitoring hosts that have held nothing for `idleMs` (so a later restart does not wait
  // for them in the grace period). Never during the grace period: hosts that have not reclaimed
  // yet hold nothing in memory but must stay on record.
  async sweepIdleHosts(idleMs: number): Promise<string[]> {
    if (this.grace.active()) return [];
    const dropped: string[] = [];
    for (const host of [...this.monitored]) {
      if (this.now() - (this.lastActive.get(host) ?? 0) < idleMs || this.hostHasState(host)) continue;
      this.monitored.delete(host);
      this.lastActive.delete(host);
      this.addresses.delete(host);
      await this.monitor.unmonitor(host);
      dropped.push(host);
    }
    return dropped;
  }

  // Hosts holding locks, shares or waiting requests, with when they were last heard of.
  hostsWithState(): Array<{ name: string; address: string; lastSeen: number }> {
    const out: Array<{ name: string; address: string; lastSeen: number }> = [];
    for (const [name, address] of this.addresses) {
      if (this.hostHasState(name)) out.push({ name, address, lastSeen: this.lastActive.get(name) ?? 0 });
    }
    return out;
  }

  // The host answered a liveness probe.
  hostSeen(name: string): void {
    if (this.lastActive.has(name)) this.lastActive.set(name, this.now());
  }

  hostHasState(host: string): boolean {
    return this.locks.hostHasState(host) || this.shares.hostHasState(host);
  }

  private refusedByGrace(host: string, reclaim: boolean): boolean {
    if (reclaim) {
      this.grace.noteReclaim(host);
      return false;
    }
    this.grace.noteOrdinary(host);
    return this.grace.active();
  }

  private touch(host: string, address?: string): void {
    this.lastActive.set(host, this.now());
    if (address !== undefined) this.addresses.set(host, address);
  }

  private async ensureMonitored(host: string, address: string): Promise<boolean> {
    if (this.monitored.has(host)) return true;
    if (!(await this.monitor.monitor(host, address))) return false;
    this.monitored.add(host);
    return true;
  }

  private granted(w: Waiter<G>): void {
    const key = requestKey(w.fileId, w.ownerKey, w.exclusive, w);
    this.unacknowledged.set(key, w);
    void this.follow(key, w);
  }

  private async follow(key: string, w: Waiter<G>): Promise<void> {
    const reply = await this.deliverGrant(w).catch((): GrantReply => 'unreachable');
    // Cancelled, unlocked, re-requested or released while the callback was out: nothing to do.
    if (this.unacknowledged.get(key) !== w || reply === 'unreachable') return;
    this.unacknowledged.delete(key);
    if (reply === 'refused') this.locks.unlock(w.fileId, w.owner, w);
  }
}
