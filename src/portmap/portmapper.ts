// Our own portmapper: programs 100000 v2/v3/v4 on port 111 over TCP and UDP, listing
// itself and whatever the server registers.
import type { Logger } from 'pino';
import { RpcServer } from '../rpc/rpc-server.js';
import { portmapPrograms } from './programs.js';
import { PortRegistry, type Mapping } from './registry.js';
import { toUaddr } from './uaddr.js';

export const PORTMAP_PROGRAM = 100000;
export const PORTMAP_PORT = 111;
const PORTMAP_VERSIONS = [2, 3, 4];

export interface Portmapper {
  port: number;
  close(): Promise<void>;
}

export async function startPortmapper(host: string, port: number, mappings: Mapping[], logger: Logger): Promise<Portmapper> {
  const registry = new PortRegistry();
  const server = new RpcServer({ logger });
  for (const pv of portmapPrograms(registry)) server.register(pv);
  const bound = await server.listen(host, port);
  for (const vers of PORTMAP_VERSIONS) {
    for (const netid of ['tcp', 'udp']) {
      registry.set({ prog: PORTMAP_PROGRAM, vers, netid, uaddr: toUaddr(host, bound.port), owner: 'superuser' });
    }
  }
  for (const m of mappings) registry.set(m);
  return { port: bound.port, close: () => server.close() };
}
