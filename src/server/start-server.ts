// The composition root of a running server: the RPC server with the given programs on
// one port (TCP and UDP), plus the portmapper policy. Later features pass more programs
// (NFS, MOUNT, NLM) and more options; the transport and portmapper wiring stays here.
import type { Logger } from 'pino';
import { RpcServer, type RpcServerOptions } from '../rpc/rpc-server.js';
import type { ProgramVersion } from '../rpc/types.js';
import { PORTMAP_PORT, startPortmapper } from '../portmap/portmapper.js';
import { RPCBIND_SOCKET, registerWithRpcbind } from '../portmap/rpcbind-registration.js';
import type { Mapping } from '../portmap/registry.js';
import { toUaddr } from '../portmap/uaddr.js';

export type PortmapperPolicy = 'auto' | 'on' | 'off';

export interface ServerOptions {
  host: string;
  port: number;
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
  /** How clients find us: our own portmapper, the system rpcbind, or explicit ports only. */
  portmapper: { kind: 'served'; port: number } | { kind: 'registered' } | { kind: 'none' };
  close(): Promise<void>;
}

export async function startServer(options: ServerOptions, programs: ProgramVersion[]): Promise<RunningServer | { error: string }> {
  const log = options.logger;
  const rpc = new RpcServer({ ...options.limits, logger: log });
  for (const pv of programs) rpc.register(pv);
  let port: number;
  try {
    port = (await rpc.listen(options.host, options.port)).port;
  } catch (err) {
    return { error: `cannot listen on ${options.host}:${options.port}: ${(err as Error).message}` };
  }
  const mappings = programs.flatMap((pv) =>
    ['tcp', 'udp'].map((netid): Mapping => ({ prog: pv.program, vers: pv.version, netid, uaddr: toUaddr(options.host, port), owner: 'superuser' })),
  );
  const found = await providePortmapper(options, mappings);
  if ('error' in found) {
    await rpc.close();
    return found;
  }
  if (found.kind === 'none') log.info({ port }, `no portmapper: clients must pass port=${port},mountport=${port}`);
  return {
    port,
    portmapper: found.kind === 'served' ? { kind: 'served', port: found.port } : { kind: found.kind },
    close: async () => {
      await found.stop();
      await rpc.close();
    },
  };
}

type Provided = { kind: 'served'; port: number; stop(): Promise<void> } | { kind: 'registered' | 'none'; stop(): Promise<void> };

async function providePortmapper(options: ServerOptions, mappings: Mapping[]): Promise<Provided | { error: string }> {
  const log = options.logger;
  const portmapPort = options.portmapperPort ?? PORTMAP_PORT;
  if (options.portmapper === 'off') return { kind: 'none', stop: async () => {} };
  try {
    const pm = await startPortmapper(options.host, portmapPort, mappings, log);
    return { kind: 'served', port: pm.port, stop: () => pm.close() };
  } catch (err) {
    const reason = `cannot serve the portmapper on ${options.host}:${portmapPort}: ${(err as Error).message}`;
    if (options.portmapper === 'on') return { error: reason };
    log.info(reason);
  }
  const registration = await registerWithRpcbind(mappings, options.rpcbindSocket ?? RPCBIND_SOCKET);
  if ('error' in registration) {
    log.warn(`not registered with the system rpcbind: ${registration.error}`);
    return { kind: 'none', stop: async () => {} };
  }
  log.info('registered with the system rpcbind');
  return { kind: 'registered', stop: () => registration.unregister() };
}
