// File locking for NFSv3 clients: NLM v4 (program 100021) backed by an in-process NSM
// (program 100024). The server registers `programs` on its RPC server (and portmapper), injects
// how a file handle maps to a file (`files`), and calls `start()` once it listens, so that the
// clients that held locks before a restart are told to reclaim them.
//
// Deviations from contracts.md: none. Only NLM v4 is served (Linux and macOS use v4 over NFSv3;
// v1/v3 carry 32-bit offsets for NFSv2 clients).

import os from 'node:os';
import path from 'node:path';
import type { ProgramVersion } from '../rpc/types.js';
import { DEFAULT_NOTIFY_OPTIONS, notifySender } from '../nsm/notify-sender.js';
import { Nsm, type NsmLog } from '../nsm/nsm.js';
import { PeerCaller, type PeerCallOptions } from '../nsm/peer-call.js';
import { statdProbe } from '../nsm/probe.js';
import { nsmProgram } from '../nsm/program.js';
import { ClientCallbacks, DEFAULT_CALLBACK_OPTIONS, type CallbackOptions, type GrantTarget } from './callbacks.js';
import type { NlmFiles } from './files.js';
import { GracePeriod } from './grace.js';
import { HostLiveness } from './liveness.js';
import { LockManager } from './lock-manager.js';
import { nlmProgram } from './program.js';

export type { NlmFiles, NlmAccess } from './files.js';

export interface LockingOptions {
  stateDir: string; // the NSM record lives in <stateDir>/nsm
  files: NlmFiles;
  locksEnabled?: boolean; // false: every NLM request is answered NLM4_DENIED_NOLOCKS
  gracePeriodMs?: number; // 90 s
  graceSettleMs?: number; // quiet time after a host's last reclaim before it counts as done; 2 s
  idleUnmonitorMs?: number; // hosts holding nothing this long are dropped from the NSM record; 5 min
  hostProbeMs?: number; // lock holders quiet this long are probed (NULL to their statd); 30 s
  hostDownAfterMs?: number; // a lock holder neither heard of nor answering this long loses its locks; 5 min
  callbacks?: CallbackOptions; // GRANTED and *_RES calls to clients' lockds
  notify?: PeerCallOptions; // SM_NOTIFY to clients' statds after a restart
  serverName?: string; // mon_name in our SM_NOTIFY; the host name
  clientPortmapPort?: number; // where clients' portmappers listen: 111 (tests use others)
  log?: NsmLog;
}

export interface Locking {
  programs: ProgramVersion[];
  manager: LockManager<GrantTarget>;
  nsm: Nsm;
  // Send SM_NOTIFY to the hosts that held locks before this start; resolves when all answered or
  // gave up (never needed for anything else to proceed).
  start(): Promise<{ notified: string[]; failed: string[] }>;
  close(): void;
}

const DEFAULT_GRACE_MS = 90_000;
const DEFAULT_SETTLE_MS = 2_000;
const DEFAULT_IDLE_UNMONITOR_MS = 5 * 60_000;
const DEFAULT_HOST_PROBE_MS = 30_000;
const DEFAULT_HOST_DOWN_AFTER_MS = 5 * 60_000;

export async function createLocking(o: LockingOptions): Promise<Locking> {
  const peer = new PeerCaller(o.clientPortmapPort === undefined ? {} : { portmapPort: o.clientPortmapPort });
  const nsmOptions = { stateDir: path.join(o.stateDir, 'nsm'), notifyPeer: notifySender(peer, o.serverName ?? os.hostname(), o.notify ?? DEFAULT_NOTIFY_OPTIONS) };
  const nsm = await Nsm.open(o.log === undefined ? nsmOptions : { ...nsmOptions, log: o.log });
  const known = nsm.previousHosts.map((h) => h.name);
  const grace = new GracePeriod({ durationMs: o.gracePeriodMs ?? DEFAULT_GRACE_MS, settleMs: o.graceSettleMs ?? DEFAULT_SETTLE_MS, knownHosts: known });
  const callbacks = new ClientCallbacks(peer, o.callbacks ?? DEFAULT_CALLBACK_OPTIONS);
  const manager = new LockManager<GrantTarget>({
    grace,
    monitor: nsm,
    monitoredHosts: known,
    deliverGrant: async (w) => {
      const reply = await callbacks.deliverGrant(w);
      if (reply === 'unreachable') o.log?.warn({ host: w.owner.host, address: w.tag.address }, 'nlm: GRANTED callback unanswered; the lock stays granted until the client re-sends or cancels');
      return reply;
    },
  });
  nsm.onPeerRebooted((name, address) => manager.hostRebooted(name, address));

  const idleMs = o.idleUnmonitorMs ?? DEFAULT_IDLE_UNMONITOR_MS;
  const sweeper = setInterval(() => void manager.sweepIdleHosts(idleMs), Math.min(idleMs, 60_000));
  sweeper.unref();
  const probeMs = o.hostProbeMs ?? DEFAULT_HOST_PROBE_MS;
  const liveness = new HostLiveness(manager, {
    probe: statdProbe(peer),
    intervalMs: probeMs,
    downAfterMs: o.hostDownAfterMs ?? DEFAULT_HOST_DOWN_AFTER_MS,
    onDown: (host) => o.log?.warn({ host }, 'nlm: client unreachable, its locks are released'),
  });
  const prober = setInterval(() => void liveness.check(), probeMs);
  prober.unref();

  const service = { manager, files: o.files, locksEnabled: o.locksEnabled ?? true, callbacks };
  return {
    programs: [nlmProgram(service), nsmProgram(nsm)],
    manager,
    nsm,
    start: () => nsm.notifyRestart((h) => grace.noteNotified(h.name)),
    close: () => {
      clearInterval(sweeper);
      clearInterval(prober);
      callbacks.close();
    },
  };
}
