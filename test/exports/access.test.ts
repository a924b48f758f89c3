import t from 'tap';
import { loopbackRules, parseAddress, parseClientSpec, type ClientRule } from '../../src/exports/address.js';
import { ClientList } from '../../src/exports/client-list.js';
import { ExportAccess, accessFor } from '../../src/exports/access.js';

function rule(spec: string, readonly?: boolean): ClientRule {
  const parsed = parseClientSpec(spec, readonly);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.rule;
}

function matches(specs: string[], address: string): string | undefined {
  const parsed = parseAddress(address);
  if (parsed === null) throw new Error(`bad address ${address}`);
  return new ClientList(specs.map((s) => rule(s))).match(parsed)?.spec;
}

t.test('addresses parse into one IPv6 space', async (t) => {
  t.equal(parseAddress('10.0.0.1'), parseAddress('::ffff:10.0.0.1'), 'IPv4 = IPv4-mapped');
  t.equal(parseAddress('::ffff:a00:1'), parseAddress('10.0.0.1'), 'hex-written mapped form');
  t.equal(parseAddress('::1'), 1n);
  t.equal(parseAddress('::'), 0n);
  t.equal(parseAddress('fe80::1%eth0'), parseAddress('fe80::1'), 'zone id ignored');
  t.equal(parseAddress('2001:db8::8:800:200c:417a'), 0x20010db80000000000080800200c417an);
  t.equal(parseAddress('1:2:3:4:5:6:7:8'), 0x00010002000300040005000600070008n);
  t.equal(parseAddress('1::'), 1n << 112n);
  t.equal(parseAddress('192.168.1.1'), 0xffffc0a80101n, 'IPv4 lands in ::ffff:0:0/96');
  for (const bad of ['', 'localhost', '1.2.3', '256.1.1.1', '1:2:3:4:5:6:7:8:9', 'gggg::1']) {
    t.equal(parseAddress(bad), null, `'${bad}' is not an address`);
  }
});

t.test('client specs', async (t) => {
  t.same(parseClientSpec('10.0.0.0/8'), { ok: true, rule: { spec: '10.0.0.0/8', network: parseAddress('10.0.0.0'), prefix: 104, readonly: undefined } });
  t.equal((parseClientSpec('10.1.2.3') as { rule: ClientRule }).rule.prefix, 128, 'single IPv4 host is /32');
  t.equal((parseClientSpec('fd00::1') as { rule: ClientRule }).rule.prefix, 128, 'single IPv6 host is /128');
  t.equal((parseClientSpec('*') as { rule: ClientRule }).rule.prefix, 0);
  t.equal((parseClientSpec('::ffff:10.0.0.0/104') as { rule: ClientRule }).rule.network, parseAddress('10.0.0.0'), 'mapped CIDR');
  t.same(parseClientSpec('10.0.0.1/8'), { ok: false, message: "'10.0.0.1/8' has host bits set beyond /8" });
  t.match(parseClientSpec('10.0.0.0/33'), { ok: false, message: /prefix length must be 0..32/ });
  t.match(parseClientSpec('fd00::/129'), { ok: false, message: /prefix length must be 0..128/ });
  t.match(parseClientSpec('10.0.0.0/'), { ok: false });
  t.match(parseClientSpec('10.0.0.0/-1'), { ok: false });
  t.match(parseClientSpec('host.example'), { ok: false, message: /host names are not supported/ });
  t.match(parseClientSpec('fe80::1%eth0'), { ok: false });
  t.ok(parseClientSpec('0.0.0.0/0').ok, 'all IPv4');
  t.ok(parseClientSpec('::/0').ok, 'all IPv6');
});

t.test('CIDR matching edge cases', async (t) => {
  t.equal(matches(['10.0.0.0/8'], '10.255.255.255'), '10.0.0.0/8', 'last address of the range');
  t.equal(matches(['10.0.0.0/8'], '11.0.0.0'), undefined, 'first address after the range');
  t.equal(matches(['10.0.0.0/8'], '9.255.255.255'), undefined, 'last address before the range');
  t.equal(matches(['10.0.0.0/8'], '::ffff:10.1.2.3'), '10.0.0.0/8', 'mapped client, v4 rule');
  t.equal(matches(['::ffff:10.0.0.0/104'], '10.1.2.3'), '::ffff:10.0.0.0/104', 'v4 client, mapped rule');
  t.equal(matches(['127.0.0.1'], '127.0.0.2'), undefined, 'single host is exact');
  t.equal(matches(['0.0.0.0/0'], '8.8.8.8'), '0.0.0.0/0');
  t.equal(matches(['0.0.0.0/0'], '::1'), undefined, 'all-IPv4 does not admit IPv6');
  t.equal(matches(['::/0'], '2001:db8::1'), '::/0');
  t.equal(matches(['::/0'], '10.0.0.1'), '::/0', '::/0 covers the mapped range too (documented)');
  t.equal(matches(['2001:db8::/32'], '2001:db8:ffff:ffff:ffff:ffff:ffff:ffff'), '2001:db8::/32');
  t.equal(matches(['2001:db8::/32'], '2001:db9::'), undefined);
  t.equal(matches(['fd00::/8'], 'fdff::1'), 'fd00::/8');
  t.equal(matches(['fd00::/8'], 'fe00::1'), undefined);
  t.equal(matches(['::1'], '::1'), '::1');
  t.equal(matches(['::1'], '127.0.0.1'), undefined, 'IPv6 loopback is not IPv4 loopback');
  t.equal(matches(['*'], '203.0.113.7'), '*');
  t.equal(matches(['10.0.0.0/31'], '10.0.0.1'), '10.0.0.0/31', 'odd prefix lengths');
  t.equal(matches(['10.0.0.0/31'], '10.0.0.2'), undefined);
  t.equal(matches(['10.0.0.0/8', '10.1.0.0/16', '10.1.2.3'], '10.1.2.3'), '10.1.2.3', 'most specific wins');
  t.equal(matches(['10.1.2.3', '10.1.0.0/16', '10.0.0.0/8'], '10.1.9.9'), '10.1.0.0/16', 'order does not matter');
  t.equal(matches(['10.0.0.0/8', '10.1.0.0/16'], '10.2.0.0'), '10.0.0.0/8');
});

t.test('many entries: every host of a /20 listed one by one', async (t) => {
  const specs: string[] = [];
  for (let i = 0; i < 4096; i++) specs.push(`172.16.${i >> 8}.${i & 255}`);
  specs.push('fd00::/64');
  const list = new ClientList(specs.map((s) => rule(s)));
  t.equal(list.match(parseAddress('172.16.15.255') as bigint)?.spec, '172.16.15.255');
  t.equal(list.match(parseAddress('172.16.16.0') as bigint), undefined);
  t.equal(list.match(parseAddress('fd00::abcd') as bigint)?.spec, 'fd00::/64');
});

t.test('loopback default', async (t) => {
  const list = new ClientList(loopbackRules());
  for (const a of ['127.0.0.1', '127.0.0.2', '127.255.255.254', '::1', '::ffff:127.0.0.3']) {
    t.ok(list.match(parseAddress(a) as bigint), `${a} is loopback`);
  }
  for (const a of ['10.0.0.1', '::2', '128.0.0.1']) t.notOk(list.match(parseAddress(a) as bigint), `${a} is not`);
});

t.test('accessFor decisions', async (t) => {
  const rw = new ExportAccess({ clients: [rule('10.77.0.0/24'), rule('10.77.0.3', true)], readonly: false, secure: false });
  const entry = { access: rw };
  t.same(accessFor(entry, '10.77.0.2', 40000), { allowed: true, readonly: false, secureOk: true });
  t.same(accessFor(entry, '10.77.0.3', 40000), { allowed: true, readonly: true, secureOk: true }, 'per-client ro');
  t.same(accessFor(entry, '10.77.0.4', 700), { allowed: true, readonly: false, secureOk: true });
  t.same(accessFor(entry, '10.78.0.4', 700), { allowed: false, readonly: true, secureOk: true }, 'denied');
  t.same(accessFor(entry, 'garbage', 700), { allowed: false, readonly: true, secureOk: true }, 'unparseable address denied');
  t.equal(accessFor(entry, '10.77.0.2', 1), accessFor(entry, '::ffff:10.77.0.9', 2), 'shared decision objects');
  t.ok(Object.isFrozen(accessFor(entry, '10.77.0.2', 1)));

  const ro = new ExportAccess({ clients: [rule('10.0.0.0/8'), rule('10.0.0.5', false)], readonly: true, secure: true });
  t.same(ro.decide('10.0.0.1', 1023), { allowed: true, readonly: true, secureOk: true });
  t.same(ro.decide('10.0.0.1', 1024), { allowed: true, readonly: true, secureOk: false }, 'unprivileged port with secure');
  t.same(ro.decide('10.0.0.5', 1024), { allowed: true, readonly: false, secureOk: false }, 'per-client rw override');
  t.equal(ro.ruleFor('10.0.0.5')?.spec, '10.0.0.5');
  t.equal(ro.ruleFor('192.0.2.1'), undefined);
});

t.test('decision memo stays bounded and correct past its limit', async (t) => {
  const access = new ExportAccess({ clients: [rule('10.0.0.0/16')], readonly: false, secure: false });
  for (let i = 0; i < 10000; i++) {
    const addr = `10.${(i >> 8) & 1}.${i & 255}.${(i >> 9) & 255}`;
    const want = ((i >> 8) & 1) === 0;
    if (access.decide(addr, 2000).allowed !== want) {
      t.fail(`${addr}: expected ${want}`);
      return;
    }
  }
  t.pass('10000 addresses decided correctly');
});
