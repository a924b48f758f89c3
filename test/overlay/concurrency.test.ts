// Requests arrive in parallel (NFS clients keep many in flight): copy-up happens once and no
// write or create is lost.
import { readdirSync } from 'node:fs';
import t from 'tap';
import { ROOT, cat, listAll, makeFixture } from './fixture.js';

t.test('parallel writes to one lower file and parallel creates', async (t) => {
  const f = makeFixture([{ 'd/f': '.'.repeat(64) }]);
  t.teardown(f.cleanup);
  const o = await f.open();
  await Promise.all(Array.from({ length: 16 }, (_, i) =>
    o.write('d/f', BigInt(i * 4), Buffer.from(i.toString(16).repeat(4)), ROOT, 'unstable')));
  t.equal(cat(`${f.upper}/d/f`), Array.from({ length: 16 }, (_, i) => i.toString(16).repeat(4)).join(''));
  const results = await Promise.allSettled(Array.from({ length: 20 }, (_, i) => o.create('d', `n${i % 10}`, ROOT, 0o644, true)));
  t.equal(results.filter((r) => r.status === 'fulfilled').length, 10, 'each name created once');
  t.equal((await listAll(o, 'd')).length, 11);
  t.same(readdirSync(`${f.work}/work`), []);
});
