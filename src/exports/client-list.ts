// Longest-prefix matching of a client address against an export's client list.
// Rules are grouped by prefix length; a lookup is one Map probe per distinct
// prefix length (at most 129, in practice a handful), independent of how many
// hosts or networks the list holds. The most specific rule wins, so
// '10.0.0.0/8' + '10.0.0.3 (readonly)' makes only 10.0.0.3 read-only.
import type { ClientRule } from './address.js';

interface PrefixGroup {
  shift: bigint;
  networks: Map<bigint, ClientRule>;
}

export class ClientList {
  readonly rules: readonly ClientRule[];
  private readonly groups: PrefixGroup[];

  constructor(rules: readonly ClientRule[]) {
    this.rules = rules;
    const byPrefix = new Map<number, PrefixGroup>();
    for (const rule of rules) {
      let group = byPrefix.get(rule.prefix);
      if (!group) {
        group = { shift: BigInt(128 - rule.prefix), networks: new Map() };
        byPrefix.set(rule.prefix, group);
      }
      // The first of two identical entries wins; the config loader reports duplicates.
      const key = rule.network >> group.shift;
      if (!group.networks.has(key)) group.networks.set(key, rule);
    }
    this.groups = [...byPrefix.entries()].sort((a, b) => b[0] - a[0]).map(([, g]) => g);
  }

  /** The most specific rule containing the address (IPv6 space), or undefined. */
  match(address: bigint): ClientRule | undefined {
    for (const group of this.groups) {
      const rule = group.networks.get(address >> group.shift);
      if (rule) return rule;
    }
    return undefined;
  }
}
