// The portmapper program 100000: v2 (RFC 1833 section 3, ports and IP protocol numbers)
// and rpcbind v3/v4 (section 2, netids and universal addresses), all over one registry.
// SET and UNSET are only taken from loopback callers, as rpcbind does, so a remote
// host cannot redirect our clients.
import type { CallContext, ProgramVersion } from '../rpc/types.js';
import { programVersion } from '../rpc/program.js';
import { IPPROTO_TCP, IPPROTO_UDP, PMAP_PROG_PMAP_VERS, type mapping } from '../generated/pmap.js';
import { RPCBPROG_RPCBVERS, RPCBPROG_RPCBVERS4, type rpcb, type rpcb_entry } from '../generated/rpcbind.js';
import type { Mapping, PortRegistry } from './registry.js';
import { isWildcardHost, parseUaddr, toUaddr } from './uaddr.js';

const NC_TPI_CLTS = 1; // connectionless (udp)
const NC_TPI_COTS_ORD = 3; // connection-oriented with orderly release (tcp)

export function portmapPrograms(registry: PortRegistry): ProgramVersion[] {
  return [pmapV2(registry), rpcbind(registry, RPCBPROG_RPCBVERS), rpcbindV4(registry)];
}

function pmapV2(registry: PortRegistry): ProgramVersion {
  return programVersion(PMAP_PROG_PMAP_VERS, {
    PMAPPROC_NULL: () => undefined,
    PMAPPROC_SET: (m, ctx) => {
      const netid = netidOfProtocol(m.prot);
      if (!isLoopback(ctx) || netid === undefined) return false;
      return registry.set({ prog: m.prog, vers: m.vers, netid, uaddr: toUaddr('0.0.0.0', m.port), owner: 'unknown' });
    },
    // v2 UNSET ignores the protocol and removes the version on both transports.
    PMAPPROC_UNSET: (m, ctx) => {
      if (!isLoopback(ctx)) return false;
      const tcp = registry.unset(m.prog, m.vers, 'tcp');
      const udp = registry.unset(m.prog, m.vers, 'udp');
      return tcp || udp;
    },
    PMAPPROC_GETPORT: (m) => {
      const netid = netidOfProtocol(m.prot);
      const hit = netid === undefined ? undefined : registry.find(m.prog, m.vers, netid, false);
      return hit ? (parseUaddr(hit.uaddr)?.port ?? 0) : 0;
    },
    PMAPPROC_DUMP: () => registry.list().flatMap((m) => toPmapMapping(m).map((map) => ({ map }))),
  });
}

/** The procedures rpcbind v3 defines; v4 answers them the same way and adds its own. */
function rpcbindV3Procedures(registry: PortRegistry) {
  return {
    RPCBPROC_NULL: () => undefined,
    RPCBPROC_SET: (r: rpcb, ctx: CallContext) => isLoopback(ctx) && registry.set({ prog: r.r_prog, vers: r.r_vers, netid: r.r_netid, uaddr: r.r_addr, owner: r.r_owner }),
    RPCBPROC_UNSET: (r: rpcb, ctx: CallContext) => isLoopback(ctx) && registry.unset(r.r_prog, r.r_vers, r.r_netid),
    RPCBPROC_GETADDR: (r: rpcb, ctx: CallContext) => addressOf(registry.find(r.r_prog, r.r_vers, r.r_netid || transportNetid(ctx), false), ctx),
    RPCBPROC_DUMP: () => registry.list().map((m) => ({ rpcb_map: toRpcb(m) })),
    RPCBPROC_GETTIME: () => Math.floor(Date.now() / 1000),
  };
}

function rpcbind(registry: PortRegistry, table: typeof RPCBPROG_RPCBVERS): ProgramVersion {
  return programVersion(table, rpcbindV3Procedures(registry));
}

function rpcbindV4(registry: PortRegistry): ProgramVersion {
  const v4 = programVersion(RPCBPROG_RPCBVERS4, {
    ...rpcbindV3Procedures(registry),
    RPCBPROC_GETVERSADDR: (r, ctx) => addressOf(registry.find(r.r_prog, r.r_vers, r.r_netid || transportNetid(ctx), true), ctx),
    RPCBPROC_GETADDRLIST: (r, ctx) =>
      registry
        .list()
        .filter((m) => m.prog === r.r_prog && m.vers === r.r_vers)
        .map((m) => ({ rpcb_entry_map: toEntry(m, ctx) })),
  });
  return v4;
}

function toEntry(m: Mapping, ctx: CallContext): rpcb_entry {
  const udp = m.netid.startsWith('udp');
  return {
    r_maddr: addressOf(m, ctx),
    r_nc_netid: m.netid,
    r_nc_semantics: udp ? NC_TPI_CLTS : NC_TPI_COTS_ORD,
    r_nc_protofmly: m.netid.endsWith('6') ? 'inet6' : 'inet',
    r_nc_proto: udp ? 'udp' : 'tcp',
  };
}

function netidOfProtocol(prot: number): string | undefined {
  if (prot === IPPROTO_TCP) return 'tcp';
  if (prot === IPPROTO_UDP) return 'udp';
  return undefined;
}

function toPmapMapping(m: Mapping): mapping[] {
  const prot = m.netid === 'tcp' ? IPPROTO_TCP : m.netid === 'udp' ? IPPROTO_UDP : undefined;
  const port = parseUaddr(m.uaddr)?.port;
  return prot === undefined || port === undefined ? [] : [{ prog: m.prog, vers: m.vers, prot, port }];
}

function toRpcb(m: Mapping): rpcb {
  return { r_prog: m.prog, r_vers: m.vers, r_netid: m.netid, r_addr: m.uaddr, r_owner: m.owner };
}

/** A wildcard registration answers with the address the question arrived on (rpcbind's merged address). */
function addressOf(m: Mapping | undefined, ctx: CallContext): string {
  if (!m) return '';
  const parsed = parseUaddr(m.uaddr);
  if (!parsed || !isWildcardHost(parsed.host)) return m.uaddr;
  return toUaddr(unmapped(ctx.localAddress), parsed.port);
}

function transportNetid(ctx: CallContext): string {
  return unmapped(ctx.localAddress).includes(':') ? `${ctx.transport}6` : ctx.transport;
}

function isLoopback(ctx: CallContext): boolean {
  const address = unmapped(ctx.remoteAddress);
  return address === '::1' || address.startsWith('127.');
}

function unmapped(address: string): string {
  return address.startsWith('::ffff:') ? address.slice(7) : address;
}
