// SM_NOTIFY to a client's statd after our restart: "this server (mon_name) is now in state N",
// which makes the client's lockd reclaim its locks here. The client's statd matches the name or
// the address the notification comes from against the servers it monitors, so the name only has
// to be recognisable; the source address does the rest.

import { SM_PROG_SM_VERS, xdr_stat_chge, xdr_void } from '../generated/nsm.js';
import type { PeerCaller, PeerCallOptions } from './peer-call.js';
import type { MonitoredHost } from './state-store.js';

export const DEFAULT_NOTIFY_OPTIONS: PeerCallOptions = { transport: 'udp', timeoutMs: 2000, attempts: 5, retryDelayMs: 1000 };

export function notifySender(peer: PeerCaller, serverName: string, opts: PeerCallOptions = DEFAULT_NOTIFY_OPTIONS) {
  const target = { prog: SM_PROG_SM_VERS.program, vers: SM_PROG_SM_VERS.version, proc: SM_PROG_SM_VERS.procedures.SM_NOTIFY.proc };
  return async (host: MonitoredHost, state: number): Promise<boolean> => {
    const out = await peer.call(host.address, target, xdr_stat_chge, { mon_name: serverName, state }, xdr_void, opts);
    return out.ok;
  };
}
