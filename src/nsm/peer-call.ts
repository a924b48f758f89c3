// Calls from the server to a client host: NLM GRANTED and *_RES callbacks to the client's lockd,
// SM_NOTIFY to the client's statd. The program's port is asked from the client's portmapper
// (port 111, PMAP v2 GETPORT) and cached briefly. Every call is bounded: a timeout per attempt,
// a few attempts with growing pauses, then a failure value. Each call has its own socket, so an
// unreachable client only ever delays the callbacks meant for it.

import { IPPROTO_TCP, IPPROTO_UDP, PMAP_PROG_PMAP_VERS } from '../generated/pmap.js';
import { RpcClient, type CallOutcome, type Endpoint } from '../rpc/client.js';
import type { Codec } from '../xdr/index.js';

export interface PeerCallOptions {
  transport: 'tcp' | 'udp';
  timeoutMs: number; // per attempt, port lookup included
  attempts: number;
  retryDelayMs: number; // pause after the first failed attempt; doubles after each further one
}

export type PeerOutcome<R> = { ok: true; value: R } | { ok: false; error: string };

export interface PeerCallerOptions {
  portmapPort?: number; // 111; tests run a portmapper elsewhere
  portCacheMs?: number;
}

interface CachedPort {
  port: number;
  until: number;
}

const DEFAULT_PORT_CACHE_MS = 60_000;

export class PeerCaller {
  private readonly ports = new Map<string, CachedPort>();
  private readonly pauses = new Set<{ timer: NodeJS.Timeout; wake: () => void }>();
  private closed = false;

  constructor(private readonly o: PeerCallerOptions = {}) {}

  async call<A, R>(
    host: string,
    target: { prog: number; vers: number; proc: number },
    args: Codec<A>,
    value: A,
    res: Codec<R>,
    opts: PeerCallOptions,
  ): Promise<PeerOutcome<R>> {
    let error = 'no attempt made';
    for (let attempt = 0; attempt < opts.attempts && !this.closed; attempt++) {
      if (attempt > 0) await this.pause(opts.retryDelayMs * 2 ** (attempt - 1));
      if (this.closed) break;
      const port = await this.portOf(host, target.prog, target.vers, opts);
      if (!port.ok) {
        error = port.error;
        continue;
      }
      const out = await callOnce({ transport: opts.transport, host, port: port.value }, target, args, value, res, opts.timeoutMs);
      if (out.ok) return out;
      this.ports.delete(portKey(host, target.prog, target.vers, opts.transport));
      error = `${host}:${port.value}: ${out.message}`;
      // The peer answered but refuses the call: asking again will not change its mind.
      if (out.kind === 'denied' || out.kind === 'not-accepted') break;
    }
    return { ok: false, error };
  }

  // Abandon pending retries (server shutdown).
  close(): void {
    this.closed = true;
    for (const p of this.pauses) {
      clearTimeout(p.timer);
      p.wake();
    }
    this.pauses.clear();
  }

  private async portOf(host: string, prog: number, vers: number, opts: PeerCallOptions): Promise<PeerOutcome<number>> {
    const key = portKey(host, prog, vers, opts.transport);
    const cached = this.ports.get(key);
    if (cached !== undefined && cached.until > Date.now()) return { ok: true, value: cached.port };
    const getport = PMAP_PROG_PMAP_VERS.procedures.PMAPPROC_GETPORT;
    const mapping = { prog, vers, prot: opts.transport === 'tcp' ? IPPROTO_TCP : IPPROTO_UDP, port: 0 };
    const pmap = { prog: PMAP_PROG_PMAP_VERS.program, vers: PMAP_PROG_PMAP_VERS.version, proc: getport.proc };
    const endpoint: Endpoint = { transport: opts.transport, host, port: this.o.portmapPort ?? 111 };
    const out = await callOnce(endpoint, pmap, getport.args, mapping, getport.res, opts.timeoutMs);
    if (!out.ok) return { ok: false, error: `portmapper on ${host}: ${out.message}` };
    if (out.value === 0) return { ok: false, error: `${host} has no program ${prog} v${vers}/${opts.transport} registered` };
    this.ports.set(key, { port: out.value, until: Date.now() + (this.o.portCacheMs ?? DEFAULT_PORT_CACHE_MS) });
    return { ok: true, value: out.value };
  }

  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const entry = { timer: setTimeout(() => done(), ms), wake: resolve };
      const done = (): void => {
        this.pauses.delete(entry);
        resolve();
      };
      this.pauses.add(entry);
    });
  }
}

function portKey(host: string, prog: number, vers: number, transport: string): string {
  return `${host}/${prog}/${vers}/${transport}`;
}

async function callOnce<A, R>(
  endpoint: Endpoint,
  target: { prog: number; vers: number; proc: number },
  args: Codec<A>,
  value: A,
  res: Codec<R>,
  timeoutMs: number,
): Promise<CallOutcome<R>> {
  const connecting = RpcClient.connect(endpoint, { timeoutMs, retransmitMs: Math.max(200, Math.floor(timeoutMs / 4)) });
  // A TCP connect to a host that is gone can take minutes to fail; do not wait for it.
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<'expired'>((resolve) => (timer = setTimeout(() => resolve('expired'), timeoutMs)));
  const client = await Promise.race([connecting, expired]);
  clearTimeout(timer);
  if (client === 'expired') {
    void connecting.then((late) => 'error' in late || late.close());
    return { ok: false, kind: 'timeout', message: `no connection within ${timeoutMs} ms` };
  }
  if ('error' in client) return { ok: false, kind: 'transport', message: client.error };
  try {
    return await client.call(target.prog, target.vers, target.proc, args, value, res);
  } finally {
    client.close();
  }
}
