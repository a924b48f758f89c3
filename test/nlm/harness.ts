// A lock server (NLM + NSM from createLocking) on loopback, a fake client host for its callbacks,
// and helpers to build NLM arguments. Files are named by 8-byte handles holding their id.

import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import rimraf from '@zkochan/rimraf';
import { NLM_PROG_NLM4_VERS, type nlm4_lock } from '../../src/generated/nlm4.js';
import { createLocking, type Locking, type LockingOptions } from '../../src/nlm/index.js';
import { RpcClient } from '../../src/rpc/client.js';
import { RpcServer } from '../../src/rpc/rpc-server.js';
import type { Codec } from '../../src/xdr/index.js';
import { FakeClientHost } from './fake-client-host.js';

export interface Teardown {
  teardown(fn: () => unknown): void;
}

export function fhOf(id: bigint): Buffer {
  const fh = Buffer.alloc(8);
  fh.writeBigUInt64BE(id);
  return fh;
}

export const files = {
  resolve: (fh: Buffer) => (fh.length === 8 ? fh.readBigUInt64BE(0) : undefined),
};

export function alock(o: { host: string; svid: number; file?: bigint; offset?: bigint; len?: bigint }): nlm4_lock {
  return {
    caller_name: o.host,
    fh: fhOf(o.file ?? 1n),
    oh: Buffer.from(`${o.svid}@${o.host}`),
    svid: o.svid,
    l_offset: o.offset ?? 0n,
    l_len: o.len ?? 0n,
  };
}

export async function tempStateDir(t: Teardown): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'ovlnfs-lock-'));
  t.teardown(() => rimraf(dir));
  return dir;
}

export interface LockServer {
  port: number;
  locking: Locking;
  call<A, R>(proc: keyof typeof NLM_PROG_NLM4_VERS.procedures, args: A): Promise<R>;
  rawCall<A, R>(prog: number, vers: number, proc: number, argsCodec: Codec<A>, args: A, resCodec: Codec<R>): Promise<R>;
  stop(): Promise<void>;
}

// Starts the lock server; the fake client host gets to know its port for GRANTED_RES.
export async function startLockServer(
  t: Teardown,
  client: FakeClientHost,
  options: Partial<LockingOptions> & { stateDir: string },
  transport: 'tcp' | 'udp' = 'tcp',
): Promise<LockServer> {
  const locking = await createLocking({
    files,
    clientPortmapPort: client.port,
    callbacks: { timeoutMs: 2000, attempts: 2, retryDelayMs: 100 },
    ...options,
  });
  const rpc = new RpcServer({ logger: pino({ level: 'silent' }) });
  for (const pv of locking.programs) rpc.register(pv);
  const { port } = await rpc.listen('127.0.0.1', 0);
  client.serverPort = port;
  const conn = await RpcClient.connect({ transport, host: '127.0.0.1', port }, { timeoutMs: 10_000 });
  if ('error' in conn) throw new Error(conn.error);
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    conn.close();
    locking.close();
    await rpc.close();
  };
  t.teardown(stop);
  const rawCall = async <A, R>(prog: number, vers: number, proc: number, argsCodec: Codec<A>, args: A, resCodec: Codec<R>): Promise<R> => {
    const out = await conn.call(prog, vers, proc, argsCodec, args, resCodec);
    if (!out.ok) throw new Error(`${proc}: ${out.kind} ${out.message}`);
    return out.value;
  };
  return {
    port,
    locking,
    stop,
    rawCall,
    call: <A, R>(name: keyof typeof NLM_PROG_NLM4_VERS.procedures, args: A) => {
      const spec = NLM_PROG_NLM4_VERS.procedures[name];
      return rawCall(NLM_PROG_NLM4_VERS.program, 4, spec.proc, spec.args as Codec<A>, args, spec.res as unknown as Codec<R>);
    },
  };
}

export async function startClient(t: Teardown): Promise<FakeClientHost> {
  const client = await FakeClientHost.start();
  t.teardown(() => client.close());
  return client;
}
