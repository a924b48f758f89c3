// The grace period after a server restart: clients that held locks before the restart get them
// back (reclaim) before anyone else may take new ones, so a lock is never handed to a second client
// while its holder is still on the way back.
//
// It lasts `durationMs`, or less: it ends as soon as every host that held locks before the restart
// (the hosts NSM had on record) is done. A host is done when it has nothing more to reclaim, which
// NLM never says outright; we take it as done when it
//  - sends an ordinary (non-reclaim) request after it reclaimed something, or at least `settleMs`
//    after our SM_NOTIFY reached it: Linux and macOS hold new requests back until their reclaims
//    are finished, so such a request means the reclaims are over (before the notify, or just
//    after it while the client's statd is still telling its lockd, it may be a request that
//    was already on its way);
//  - reclaimed something and then stayed quiet for `settleMs` (clients reclaim all their locks in
//    one quick burst after our SM_NOTIFY);
//  - told us it rebooted (it has no locks left to reclaim).
// With no hosts on record there is nobody to wait for and no grace period at all.
// Evaluated lazily from the clock, so there is no timer to clean up and tests can drive the clock.

export interface GraceOptions {
  durationMs: number;
  settleMs: number;
  knownHosts: Iterable<string>;
  now?: () => number;
}

export class GracePeriod {
  private readonly now: () => number;
  private readonly settleMs: number;
  private endsAt: number;
  private readonly pending = new Set<string>();
  private readonly lastReclaim = new Map<string, number>();
  private readonly notified = new Map<string, number>();

  constructor(o: GraceOptions) {
    this.now = o.now ?? Date.now;
    this.settleMs = o.settleMs;
    for (const h of o.knownHosts) this.pending.add(h);
    this.endsAt = this.pending.size === 0 ? 0 : this.now() + o.durationMs;
  }

  active(): boolean {
    if (this.endsAt === 0) return false;
    const now = this.now();
    if (now >= this.endsAt) return this.end();
    for (const [host, at] of this.lastReclaim) if (now - at >= this.settleMs) this.done(host);
    return this.pending.size === 0 ? this.end() : true;
  }

  noteReclaim(host: string): void {
    if (this.pending.has(host)) this.lastReclaim.set(host, this.now());
  }

  noteOrdinary(host: string): void {
    const notifiedAt = this.notified.get(host);
    if (this.lastReclaim.has(host) || (notifiedAt !== undefined && this.now() - notifiedAt >= this.settleMs)) this.done(host);
  }

  noteNotified(host: string): void {
    if (this.pending.has(host)) this.notified.set(host, this.now());
  }

  noteRebooted(host: string): void {
    this.done(host);
  }

  // Hosts we still wait for (for logs and tests).
  waitingFor(): string[] {
    return this.active() ? [...this.pending] : [];
  }

  private done(host: string): void {
    this.pending.delete(host);
    this.lastReclaim.delete(host);
    this.notified.delete(host);
  }

  private end(): false {
    this.endsAt = 0;
    this.pending.clear();
    this.lastReclaim.clear();
    this.notified.clear();
    return false;
  }
}
