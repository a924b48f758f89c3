// The Network Status Monitor, in domain terms: which client hosts hold locks here (so a restart
// can tell them to reclaim), this server's state number, and what happens when a client tells us
// it rebooted (its locks are released, through the listener NLM installs).
//
// NLM runs in the same process and calls monitor/unmonitor directly; the NSM RPC program
// (program.ts) exposes STAT and NOTIFY to clients.

import type { MonitoredHost } from './state-store.js';
import { NsmStateStore } from './state-store.js';

export interface NsmLog {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
}

export interface NsmOptions {
  stateDir: string;
  // Send one SM_NOTIFY (with its own bounded retries); true when the host's NSM answered.
  notifyPeer(host: MonitoredHost, state: number): Promise<boolean>;
  log?: NsmLog;
}

export type RebootListener = (name: string, address: string | undefined) => void;

const SILENT: NsmLog = { info() {}, warn() {} };

export class Nsm {
  private readonly listeners: RebootListener[] = [];
  private readonly log: NsmLog;

  private constructor(
    private readonly store: NsmStateStore,
    readonly previousHosts: readonly MonitoredHost[],
    private readonly o: NsmOptions,
  ) {
    this.log = o.log ?? SILENT;
  }

  // Start a new up-period (the state number advances). Does not notify anyone yet: call
  // notifyRestart() once the NLM program is reachable, so clients can reclaim at once.
  static async open(o: NsmOptions): Promise<Nsm> {
    const { store, previousHosts } = await NsmStateStore.open(o.stateDir);
    return new Nsm(store, previousHosts, o);
  }

  get state(): number {
    return this.store.state;
  }

  monitoredHosts(): readonly MonitoredHost[] {
    return this.store.hosts();
  }

  async monitor(name: string, address: string): Promise<boolean> {
    try {
      await this.store.add({ name, address });
      return true;
    } catch (err) {
      this.log.warn({ err, host: name }, 'nsm: cannot record monitored host');
      return false;
    }
  }

  async unmonitor(name: string): Promise<void> {
    try {
      await this.store.remove(name);
    } catch (err) {
      this.log.warn({ err, host: name }, 'nsm: cannot drop monitored host');
    }
  }

  onPeerRebooted(listener: RebootListener): void {
    this.listeners.push(listener);
  }

  // A client's NSM told us (SM_NOTIFY) that it restarted: whatever it held is gone.
  peerRebooted(name: string, address: string | undefined, state: number): void {
    this.log.info({ host: name, address, state }, 'nsm: client rebooted, releasing its locks');
    for (const l of this.listeners) l(name, address);
  }

  // Tell every host on record from before the restart that we restarted, all at once, each with
  // its own bounded retries. `onNotified` runs as each one answers (the grace period uses it).
  async notifyRestart(onNotified: (host: MonitoredHost) => void = () => {}): Promise<{ notified: string[]; failed: string[] }> {
    const notified: string[] = [];
    const failed: string[] = [];
    await Promise.all(
      this.previousHosts.map(async (host) => {
        const ok = await this.o.notifyPeer(host, this.state).catch(() => false);
        if (ok) {
          notified.push(host.name);
          onNotified(host);
        } else {
          failed.push(host.name);
          this.log.warn({ host: host.name, address: host.address }, 'nsm: SM_NOTIFY not answered');
        }
      }),
    );
    return { notified, failed };
  }
}
