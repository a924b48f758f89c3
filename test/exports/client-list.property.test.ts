// ClientList against two references: node's net.BlockList for "is the address
// on the list" and a brute-force scan for "which entry is the most specific".
import t from 'tap';
import fc from 'fast-check';
import { BlockList } from 'node:net';
import { parseAddress, parseClientSpec, type ClientRule } from '../../src/exports/address.js';
import { ClientList } from '../../src/exports/client-list.js';

const v4 = fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255)).map((o) => o.join('.'));
// Outside ::ffff:0:0/96, where BlockList and ovlnfs agree by construction.
const v6 = fc
  .array(fc.nat(0xffff), { minLength: 8, maxLength: 8 })
  .filter((g) => !(g.slice(0, 5).every((x) => x === 0) && g[5] === 0xffff))
  .map((g) => g.map((x) => x.toString(16)).join(':'));

function networkOf(address: string, prefix: number, family: 4 | 6): string {
  const value = parseAddress(address) as bigint;
  const bits = BigInt((family === 4 ? 32 : 128) - prefix);
  const masked = (value >> bits) << bits;
  if (family === 4) {
    const n = Number(masked & 0xffffffffn);
    return [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
  }
  return Array.from({ length: 8 }, (_, i) => ((masked >> BigInt(112 - 16 * i)) & 0xffffn).toString(16)).join(':');
}

const ruleArb = fc.oneof(
  fc.tuple(v4, fc.nat(32)).map(([a, p]) => ({ family: 4 as const, spec: `${networkOf(a, p, 4)}/${p}`, prefix: p })),
  fc.tuple(v6, fc.nat(128)).map(([a, p]) => ({ family: 6 as const, spec: `${networkOf(a, p, 6)}/${p}`, prefix: p })),
);

t.test('membership and most-specific match agree with the references', async (t) => {
  let checked = 0;
  fc.assert(
    fc.property(fc.array(ruleArb, { maxLength: 40 }), fc.array(fc.oneof(v4, v6), { minLength: 1, maxLength: 20 }), (rules, addresses) => {
      const parsed: ClientRule[] = rules.map((r) => {
        const p = parseClientSpec(r.spec);
        if (!p.ok) throw new Error(p.message);
        return p.rule;
      });
      const list = new ClientList(parsed);
      const reference = new BlockList();
      for (const r of rules) reference.addSubnet(r.spec.split('/')[0] as string, r.prefix, r.family === 4 ? 'ipv4' : 'ipv6');
      for (const address of addresses) {
        const family = address.includes(':') ? 'ipv6' : 'ipv4';
        const value = parseAddress(address) as bigint;
        const got = list.match(value);
        if ((got !== undefined) !== reference.check(address, family)) return false;
        const containing = parsed.filter((r) => value >> BigInt(128 - r.prefix) === r.network >> BigInt(128 - r.prefix));
        const longest = Math.max(-1, ...containing.map((r) => r.prefix));
        if ((got?.prefix ?? -1) !== longest) return false;
        checked++;
      }
      return true;
    }),
    { seed: 20261127, numRuns: 300 },
  );
  t.ok(checked > 1000, `${checked} addresses checked`);
});

t.test('clustered lists: many rules around few addresses', async (t) => {
  // Random rules rarely contain random addresses; derive the addresses from the rules.
  fc.assert(
    fc.property(fc.array(fc.tuple(v4, fc.integer({ min: 8, max: 32 })), { minLength: 1, maxLength: 30 }), fc.nat(255), (seeds, low) => {
      const specs = [...new Set(seeds.map(([a, p]) => `${networkOf(a, p, 4)}/${p}`))];
      const list = new ClientList(specs.map((s) => (parseClientSpec(s) as { rule: ClientRule }).rule));
      const reference = new BlockList();
      for (const s of specs) reference.addSubnet(s.split('/')[0] as string, Number(s.split('/')[1]), 'ipv4');
      return seeds.every(([a]) => {
        const probe = a.replace(/\d+$/, String(low));
        return (list.match(parseAddress(probe) as bigint) !== undefined) === reference.check(probe, 'ipv4');
      });
    }),
    { seed: 7, numRuns: 300 },
  );
  t.pass('agrees with BlockList');
});
