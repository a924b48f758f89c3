// Merged readdir (issue 3 item 10): stable cookies while the directory changes, ids that
// match getattr without a stat per entry, verifier changes.
import { writeFileSync } from 'node:fs';
import t from 'tap';
import { ROOT, listAll, makeFixture } from './fixture.js';

t.test('paging while entries are added and removed returns each survivor exactly once', async (t) => {
  const lower1: Record<string, string> = {};
  const lower2: Record<string, string> = {};
  for (let i = 0; i < 300; i++) (i % 2 === 0 ? lower1 : lower2)[`d/n${i}`] = String(i);
  const f = makeFixture([lower1, lower2]);
  t.teardown(f.cleanup);
  const o = await f.open();
  const seen = new Map<string, number>();
  let cookie = 0n;
  let round = 0;
  for (;;) {
    const r = await o.readdir('d', cookie, 0n, 17);
    for (const e of r.entries) { seen.set(e.name, (seen.get(e.name) ?? 0) + 1); cookie = e.cookie; }
    if (r.eof) break;
    // Churn between pages: remove some originals, add new names.
    await o.remove('d', `n${round * 7}`, ROOT);
    await o.create('d', `new${round}`, ROOT, 0o644, true);
    round++;
  }
  const removed = new Set(Array.from({ length: round }, (_, i) => `n${i * 7}`));
  for (let i = 0; i < 300; i++) {
    const name = `n${i}`;
    if (!removed.has(name)) t.equal(seen.get(name), 1, `${name} exactly once`);
  }
  t.ok([...seen.values()].every((n) => n === 1), 'no duplicates at all');
});

t.test('entry ids equal getattr ids; verifier changes with the directory', async (t) => {
  const f = makeFixture([{ 'd/a': 'a', 'd/sub/x': 'x' }, { 'd/b': 'b', 'd/sub/y': 'y' }], { 'd/c': 'c' });
  t.teardown(f.cleanup);
  const o = await f.open();
  await o.write('d/a', 0n, Buffer.from('A'), ROOT, 'file');
  const r1 = await o.readdir('d', 0n, 0n, 100);
  t.same(r1.entries.map((e) => e.name).sort(), ['a', 'b', 'c', 'sub']);
  for (const e of r1.entries) {
    t.equal(e.id, (await o.getattr(`d/${e.name}`)).id, `id of ${e.name}`);
    t.ok(e.cookie >= 16n);
  }
  t.equal(new Set(r1.entries.map((e) => e.id)).size, 4, 'ids distinct');
  await o.create('d', 'e', ROOT, 0o644, true);
  const r2 = await o.readdir('d', 0n, r1.verifier, 100);
  t.not(r2.verifier, r1.verifier);
  const again = await o.readdir('d', 0n, 0n, 100);
  t.equal(again.verifier, r2.verifier, 'unchanged directory keeps its verifier');
  writeFileSync(`${f.lowers[1]}/d/late`, 'z');
  t.same((await listAll(o, 'd')).includes('late'), true, 'changes made directly in a layer show up');
});

t.test('ids are distinct across layers and stable across restart', async (t) => {
  const spec: Record<string, string> = {};
  for (let i = 0; i < 50; i++) spec[`f${i}`] = String(i);
  const f = makeFixture([spec, spec, spec]);
  t.teardown(f.cleanup);
  const o = await f.open();
  await o.mkdir('', 'u', ROOT, 0o755);
  const ids = new Set<bigint>();
  for (const name of await listAll(o, '')) ids.add((await o.getattr(name)).id);
  ids.add(o.rootId);
  t.equal(ids.size, 52);
  const o2 = await f.open();
  t.equal(o2.rootId, o.rootId);
  t.equal((await o2.getattr('u')).id, (await o.getattr('u')).id);
});
