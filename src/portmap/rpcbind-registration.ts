// Registers our programs with the system rpcbind and removes them again on exit.
// rpcbind accepts SET/UNSET from local users only over its Unix socket (over the
// loopback interface only when started with -L), so that is what we talk to; rpcbind v4
// with v3 as the fallback.
import { RpcClient } from '../rpc/client.js';
import { xdr_bool, xdr_void } from '../xdr/index.js';
import { RPCBPROC_SET, RPCBPROC_UNSET, xdr_rpcb } from '../generated/rpcbind.js';
import { PORTMAP_PROGRAM } from './portmapper.js';
import type { Mapping } from './registry.js';

export const RPCBIND_SOCKET = '/run/rpcbind.sock';
const RPCBIND_VERSIONS = [4, 3];

export interface Registration {
  unregister(): Promise<void>;
}

export async function registerWithRpcbind(mappings: Mapping[], socketPath = RPCBIND_SOCKET): Promise<Registration | { error: string }> {
  const client = await RpcClient.connect({ transport: 'unix', path: socketPath }, { timeoutMs: 3000 });
  if ('error' in client) return { error: `cannot reach rpcbind at ${socketPath}: ${client.error}` };
  try {
    const version = await pickVersion(client);
    if (version === undefined) return { error: 'rpcbind answers neither v4 nor v3' };
    for (const m of mappings) {
      // A stale entry from an earlier run would make SET fail: clear it first.
      await client.call(PORTMAP_PROGRAM, version, RPCBPROC_UNSET, xdr_rpcb, toRpcb(m), xdr_bool);
      const set = await client.call(PORTMAP_PROGRAM, version, RPCBPROC_SET, xdr_rpcb, toRpcb(m), xdr_bool);
      if (!set.ok) return { error: `rpcbind SET ${m.prog} v${m.vers} ${m.netid}: ${set.message}` };
      if (!set.value) return { error: `rpcbind refused SET ${m.prog} v${m.vers} ${m.netid}` };
    }
    return { unregister: () => unregister(mappings, socketPath) };
  } finally {
    client.close();
  }
}

async function unregister(mappings: Mapping[], socketPath: string): Promise<void> {
  const client = await RpcClient.connect({ transport: 'unix', path: socketPath }, { timeoutMs: 3000 });
  if ('error' in client) return;
  try {
    const version = await pickVersion(client);
    if (version === undefined) return;
    for (const m of mappings) await client.call(PORTMAP_PROGRAM, version, RPCBPROC_UNSET, xdr_rpcb, toRpcb(m), xdr_bool);
  } finally {
    client.close();
  }
}

async function pickVersion(client: RpcClient): Promise<number | undefined> {
  for (const version of RPCBIND_VERSIONS) {
    const ping = await client.call(PORTMAP_PROGRAM, version, 0, xdr_void, undefined, xdr_void);
    if (ping.ok) return version;
  }
  return undefined;
}

function toRpcb(m: Mapping) {
  return { r_prog: m.prog, r_vers: m.vers, r_netid: m.netid, r_addr: m.uaddr, r_owner: m.owner };
}
