// Is a client host still there? An RPC NULL to its NSM (rpc.statd), found through its
// portmapper: a client holding NLM locks must run one.

import { SM_PROG_SM_VERS, xdr_void } from '../generated/nsm.js';
import type { PeerCaller, PeerCallOptions } from './peer-call.js';

export const DEFAULT_PROBE_OPTIONS: PeerCallOptions = { transport: 'udp', timeoutMs: 2000, attempts: 2, retryDelayMs: 500 };

export function statdProbe(peer: PeerCaller, opts: PeerCallOptions = DEFAULT_PROBE_OPTIONS) {
  const target = { prog: SM_PROG_SM_VERS.program, vers: SM_PROG_SM_VERS.version, proc: SM_PROG_SM_VERS.procedures.SM_NULL.proc };
  return async (address: string): Promise<boolean> => (await peer.call(address, target, xdr_void, undefined, xdr_void, opts)).ok;
}
