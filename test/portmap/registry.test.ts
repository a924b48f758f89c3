import t from 'tap';
import { PortRegistry } from '../../src/portmap/registry.js';
import { parseUaddr, toUaddr } from '../../src/portmap/uaddr.js';

t.test('universal addresses round-trip and reject bad ports', async (t) => {
  t.equal(toUaddr('127.0.0.1', 2049), '127.0.0.1.8.1');
  t.same(parseUaddr('127.0.0.1.8.1'), { host: '127.0.0.1', port: 2049 });
  t.same(parseUaddr('::1.0.111'), { host: '::1', port: 111 });
  t.equal(parseUaddr('127.0.0.1.256.1'), undefined);
  t.equal(parseUaddr('nonsense'), undefined);
});

t.test('set refuses duplicates, unset removes per netid or all', async (t) => {
  const r = new PortRegistry();
  const m = { prog: 100003, vers: 3, netid: 'tcp', uaddr: '127.0.0.1.8.1', owner: 'x' };
  t.equal(r.set(m), true);
  t.equal(r.set({ ...m, uaddr: '127.0.0.1.8.2' }), false);
  t.equal(r.set({ ...m, netid: 'udp' }), true);
  t.equal(r.unset(100003, 3, 'udp'), true);
  t.equal(r.list().length, 1);
  t.equal(r.set({ ...m, netid: 'udp' }), true);
  t.equal(r.unset(100003, 3, ''), true);
  t.equal(r.list().length, 0);
  t.equal(r.unset(100003, 3, ''), false);
});

t.test('find prefers the exact version and falls back to any version unless exact is asked', async (t) => {
  const r = new PortRegistry();
  r.set({ prog: 100005, vers: 1, netid: 'tcp', uaddr: 'a.0.1', owner: '' });
  r.set({ prog: 100005, vers: 3, netid: 'tcp', uaddr: 'b.0.1', owner: '' });
  t.equal(r.find(100005, 3, 'tcp', false)?.uaddr, 'b.0.1');
  t.equal(r.find(100005, 4, 'tcp', false)?.uaddr, 'a.0.1');
  t.equal(r.find(100005, 4, 'tcp', true), undefined);
  t.equal(r.find(100005, 3, 'udp', false), undefined);
});
