// Client addresses and client-list entries as 128-bit integers in IPv6 space.
// An IPv4 address a.b.c.d is stored as its IPv4-mapped form ::ffff:a.b.c.d, so a
// dual-stack socket's '::ffff:10.0.0.1' and a v4 socket's '10.0.0.1' are the same
// client, and one table serves both families. Consequence (documented): an IPv6
// rule wide enough to cover ::ffff:0:0/96, such as '::/0', also matches IPv4 clients.
import { isIPv4, isIPv6 } from 'node:net';

const V4_MAPPED_PREFIX = 0xffffn << 32n;
const V4_IN_V6_BITS = 96;

export interface ClientRule {
  /** The entry as written, e.g. '10.0.0.0/8'; shown in EXPORT replies and `exports list`. */
  spec: string;
  /** Network address in IPv6 space, host bits zero. */
  network: bigint;
  /** Prefix length in IPv6 space (0..128); an IPv4 /n is stored as /(n+96). */
  prefix: number;
  /** Per-client override of the export's read-only flag; undefined = use the export's. */
  readonly: boolean | undefined;
}

function parseV4(text: string): bigint {
  let value = 0n;
  for (const octet of text.split('.')) value = (value << 8n) | BigInt(Number(octet));
  return value;
}

// Only called on strings node:net already accepted as IPv6, so the shape is trusted.
function parseV6(text: string): bigint {
  const gap = text.indexOf('::');
  const head = gap < 0 ? text : text.slice(0, gap);
  const tail = gap < 0 ? '' : text.slice(gap + 2);
  const headGroups = groupsOf(head);
  const tailGroups = groupsOf(tail);
  const zeros = gap < 0 ? 0 : 8 - headGroups.length - tailGroups.length;
  let value = 0n;
  for (const g of headGroups) value = (value << 16n) | BigInt(g);
  value <<= BigInt(16 * zeros);
  for (const g of tailGroups) value = (value << 16n) | BigInt(g);
  return value;
}

function groupsOf(part: string): number[] {
  if (part === '') return [];
  const groups: number[] = [];
  for (const piece of part.split(':')) {
    if (piece.includes('.')) {
      const v4 = Number(parseV4(piece));
      groups.push(Math.floor(v4 / 65536), v4 % 65536);
    } else {
      groups.push(parseInt(piece, 16));
    }
  }
  return groups;
}

/** Parses an IPv4 or IPv6 address (zone id ignored) into IPv6 space; null if not an address. */
export function parseAddress(text: string): bigint | null {
  const zone = text.indexOf('%');
  const bare = zone < 0 ? text : text.slice(0, zone);
  if (isIPv4(bare)) return V4_MAPPED_PREFIX | parseV4(bare);
  if (isIPv6(bare)) return parseV6(bare);
  return null;
}

export type ClientSpecResult = { ok: true; rule: ClientRule } | { ok: false; message: string };

/**
 * Parses one client-list entry: '*' (everyone), an address (a single host) or
 * address/prefix. Host bits set under the prefix are refused rather than masked:
 * '10.0.0.1/8' is more likely a typo than a wish for all of 10/8.
 */
export function parseClientSpec(spec: string, readonly?: boolean): ClientSpecResult {
  const text = spec.trim();
  if (text === '*') return { ok: true, rule: { spec: text, network: 0n, prefix: 0, readonly } };
  const slash = text.indexOf('/');
  const addressText = slash < 0 ? text : text.slice(0, slash);
  const address = parseAddress(addressText);
  if (address === null || addressText.includes('%')) {
    return { ok: false, message: `'${text}' is not an IPv4/IPv6 address or CIDR (host names are not supported)` };
  }
  const v4Written = isIPv4(addressText);
  const maxPrefix = v4Written ? 32 : 128;
  let written = maxPrefix;
  if (slash >= 0) {
    const prefixText = text.slice(slash + 1);
    if (!/^\d{1,3}$/.test(prefixText) || Number(prefixText) > maxPrefix) {
      return { ok: false, message: `'${text}': prefix length must be 0..${maxPrefix}` };
    }
    written = Number(prefixText);
  }
  const prefix = v4Written ? written + V4_IN_V6_BITS : written;
  const hostBits = BigInt(128 - prefix);
  const network = (address >> hostBits) << hostBits;
  if (network !== address) {
    return { ok: false, message: `'${text}' has host bits set beyond /${written}` };
  }
  return { ok: true, rule: { spec: text, network, prefix, readonly } };
}

/** The default client list: loopback only, both families. */
export function loopbackRules(): ClientRule[] {
  return ['127.0.0.0/8', '::1'].map((spec) => {
    const parsed = parseClientSpec(spec);
    if (!parsed.ok) throw new Error(parsed.message); // constant input: cannot happen
    return parsed.rule;
  });
}
