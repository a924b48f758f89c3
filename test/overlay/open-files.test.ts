// The fd cache: bounded, shared by read/write/commit, dropped on copy-up and rename, and no fd
// left open after close().
import { readdirSync } from 'node:fs';
import t from 'tap';
import { ROOT, makeFixture, readAll } from './fixture.js';

const openFds = (): number => readdirSync('/proc/self/fd').length;

t.test('no descriptor outlives close(); the cache stays bounded', async (t) => {
  const spec: Record<string, string> = {};
  for (let i = 0; i < 20; i++) spec[`f${i}`] = `data${i}`;
  const f = makeFixture([spec]);
  t.teardown(f.cleanup);
  const before = openFds();
  const o = await f.open({ maxOpenFiles: 4 });
  for (let i = 0; i < 20; i++) t.equal(await readAll(o, `f${i}`), `data${i}`);
  t.ok(openFds() - before <= 4 + 1, 'at most maxOpenFiles cached');
  await o.write('f1', 0n, Buffer.from('DATA'), ROOT, 'unstable');
  await o.commit('f1');
  t.equal(await readAll(o, 'f1'), 'DATA1', 'the copied-up file is read, not the cached lower fd');
  await o.rename('', 'f1', '', 'g1', ROOT);
  await o.create('', 'f1', ROOT, 0o644, true);
  t.equal(await readAll(o, 'f1'), '', 'a new file under an old name is not served from a stale fd');
  await o.close();
  t.equal(openFds(), before, 'every fd closed');
});
