// The RPC side of a running server: the given programs on one port (TCP and UDP) on every
// listen address, plus the portmapper policy. Programs are registered on one RpcServer per
// address; they hold no per-socket state, so sharing them is free.
import type { Logger } from 'pino';
import { RpcServer, type RpcServerOptions } from '../rpc/rpc-server.js';
import type { ProgramVersion } from '../rpc/types.js';
import { PORTMAP_PORT, startPortmapper } from '../portmap/portmapper.js';
import { RPCBIND_SOCKET, registerWithRpcbind } from '../portmap/rpcbind-registration.js';
import type { Mapping } from '../portmap/registry.js';
import { toUaddr } from '../portmap/uaddr.js';

export type PortmapperPolicy = 'auto' | 'on' | 'off';

/** Ports tried in order for `port: auto`; 0 = whatever the kernel picks. */
export const AUTO_PORTS = [2049, 20490, 0] as const;

export interface ServerOptions {
  /** Listen addresses; the first decides the port (when 0 or auto), the others take the same. */
  hosts: string[];
  port: number | 'auto';
  portmapper: PortmapperPolicy;
  logger: Logger;
  /** Transport limits (record size, in-flight calls, connections, timeouts). */
  limits?: Omit<RpcServerOptions, 'logger'>;
  /** Where our portmapper listens; 111 except in tests. */
  portmapperPort?: number;
  rpcbindSocket?: string;
}

export interface RunningServer {
  port: number;
  /** The addresses actually listened on (an unavailable default IPv6 loopback is skipped). */
  hosts: string[];
  /** How clients find us: our own portmapper, the system rpcbind, or explicit ports only. */
  portmapper: { kind: 'served'; port: number } | { kind: 'registered' } | { kind: 'none' };
  close(): Promise<void>;
}

export async function startServer(options: ServerOptions, programs: ProgramVersion[]): Promise<RunningServer | { error: string }> {
  const log = options.logger;
  const first = options.hosts[0];
  if (first === undefined) return { error: 'no listen address' };
  const rpcs: RpcServer[] = [];
  const hosts: string[] = [];
  const closeAll = async (): Promise<void> => {
    await Promise.all(rpcs.map((r) => r.close()));
  };
  let port = 0;
  for (const host of options.hosts) {
    const candidates = rpcs.length > 0 ? [port] : options.port === 'auto' ? AUTO_PORTS : [options.port];
    const bound = await listenFirstFree(host, candidates, options, programs);
    if ('error' in bound) {
      // A host without IPv6 still serves the IPv4 addresses.
      if (rpcs.length > 0 && bound.code === 'EADDRNOTAVAIL' && host.includes(':')) {
        log.warn(`${bound.error}; serving the other addresses`);
        continue;
      }
      await closeAll();
      return { error: bound.error };
    }
    rpcs.push(bound.rpc);
    hosts.push(host);
    port = bound.port;
  }
  const mappingsOf = (host: string): Mapping[] =>
    programs.flatMap((pv) =>
      ['tcp', 'udp'].map((netid): Mapping => ({ prog: pv.program, vers: pv.version, netid, uaddr: toUaddr(host, port), owner: 'superuser' })),
    );
  const found = await providePortmapper(options, hosts, mappingsOf);
  if ('error' in found) {
    await closeAll();
    return found;
  }
  if (found.kind === 'none') log.info({ port }, `no portmapper: clients must pass port=${port},mountport=${port}`);
  return {
    port,
    hosts,
    portmapper: found.kind === 'served' ? { kind: 'served', port: found.port } : { kind: found.kind },
    close: async () => {
      await found.stop();
      await closeAll();
    },
  };
}

async function listenFirstFree(
  host: string,
  ports: readonly number[],
  options: ServerOptions,
  programs: ProgramVersion[],
): Promise<{ rpc: RpcServer; port: number } | { error: string; code: string | undefined }> {
  let last: { error: string; code: string | undefined } = { error: `cannot listen on ${host}`, code: undefined };
  for (const port of ports) {
    const rpc = new RpcServer({ ...options.limits, logger: options.logger });
    for (const pv of programs) rpc.register(pv);
    try {
      return { rpc, port: (await rpc.listen(host, port)).port };
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      last = { error: `cannot listen on ${host}:${port}: ${(err as Error).message}`, code };
      if (ports.length > 1) options.logger.info(`${last.error}; trying the next port`);
    }
  }
  return last;
}

type Provided = { kind: 'served'; port: number; stop(): Promise<void> } | { kind: 'registered' | 'none'; stop(): Promise<void> };

async function providePortmapper(
  options: ServerOptions,
  hosts: string[],
  mappingsOf: (host: string) => Mapping[],
): Promise<Provided | { error: string }> {
  const log = options.logger;
  const portmapPort = options.portmapperPort ?? PORTMAP_PORT;
  if (options.portmapper === 'off') return { kind: 'none', stop: async () => {} };
  const served: { close(): Promise<void> }[] = [];
  const stopServed = async (): Promise<void> => {
    await Promise.all(served.map((pm) => pm.close()));
  };
  try {
    for (const host of hosts) served.push(await startPortmapper(host, portmapPort, mappingsOf(host), log));
    return { kind: 'served', port: portmapPort, stop: stopServed };
  } catch (err) {
    await stopServed();
    const reason = `cannot serve the portmapper on port ${portmapPort}: ${(err as Error).message}`;
    if (options.portmapper === 'on') return { error: reason };
    log.info(reason);
  }
  const registration = await registerWithRpcbind(hosts.flatMap(mappingsOf), options.rpcbindSocket ?? RPCBIND_SOCKET);
  if ('error' in registration) {
    log.warn(`not registered with the system rpcbind: ${registration.error}`);
    return { kind: 'none', stop: async () => {} };
  }
  log.info('registered with the system rpcbind');
  return { kind: 'registered', stop: () => registration.unregister() };
}
