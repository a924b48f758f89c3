// Clients that vanish without ever rebooting (a VM powered off for good) would keep their locks
// for ever: nobody tells us they are gone. So hosts that hold locks and have been quiet for a
// while are probed (an RPC NULL to their NSM through their portmapper, the service that must be
// up for them to hold locks at all); a host that neither talks to us nor answers probes for
// `downAfterMs` is declared down and its locks are released, as if it had rebooted.

import type { LockManager } from './lock-manager.js';

export interface LivenessOptions {
  probe(address: string): Promise<boolean>;
  intervalMs: number; // probe hosts quiet for this long; also the check period
  downAfterMs: number; // release a host unheard of for this long
  now?: () => number;
  onDown?(host: string): void;
}

export class HostLiveness<G> {
  private readonly now: () => number;
  private readonly probing = new Set<string>();

  constructor(
    private readonly manager: LockManager<G>,
    private readonly o: LivenessOptions,
  ) {
    this.now = o.now ?? Date.now;
  }

  // One round: probe every quiet host (concurrently, each on its own), release the ones down.
  async check(): Promise<void> {
    const now = this.now();
    await Promise.all(
      this.manager
        .hostsWithState()
        .filter((h) => now - h.lastSeen >= this.o.intervalMs && !this.probing.has(h.name))
        .map(async (h) => {
          this.probing.add(h.name);
          try {
            if (await this.o.probe(h.address).catch(() => false)) this.manager.hostSeen(h.name);
            else if (this.now() - h.lastSeen >= this.o.downAfterMs) {
              this.manager.hostRebooted(h.name, h.address);
              this.o.onDown?.(h.name);
            }
          } finally {
            this.probing.delete(h.name);
          }
        }),
    );
  }
}
