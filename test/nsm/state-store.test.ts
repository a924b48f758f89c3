import t from 'tap';
import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import rimraf from '@zkochan/rimraf';
import { NsmStateStore } from '../../src/nsm/state-store.js';

async function tempDir(t: { teardown(fn: () => unknown): void }): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'ovlnfs-nsm-'));
  t.teardown(() => rimraf(dir));
  return dir;
}

t.test('state number is odd and grows with each start; hosts survive restarts', async (t) => {
  const dir = await tempDir(t);
  const first = await NsmStateStore.open(dir);
  t.equal(first.store.state, 1);
  t.same(first.previousHosts, []);
  await Promise.all([first.store.add({ name: 'a', address: '10.0.0.2' }), first.store.add({ name: 'b', address: '10.0.0.3' })]);
  await first.store.add({ name: 'a', address: '10.0.0.9' });
  const second = await NsmStateStore.open(dir);
  t.equal(second.store.state, 3);
  t.same(second.previousHosts, [
    { name: 'b', address: '10.0.0.3' },
    { name: 'a', address: '10.0.0.9' },
  ]);
  await second.store.remove('b');
  const third = await NsmStateStore.open(dir);
  t.equal(third.store.state, 5);
  t.same(third.previousHosts, [{ name: 'a', address: '10.0.0.9' }]);
  t.same(await readdir(dir), ['nsm.json'], 'no temporary files left');
});

t.test('an even state on disk (crashed mid-crash-simulation) becomes the next odd one', async (t) => {
  const dir = await tempDir(t);
  await writeFile(path.join(dir, 'nsm.json'), JSON.stringify({ state: 8, hosts: [{ name: 'x', address: 'y' }, { bad: 1 }] }));
  const { store, previousHosts } = await NsmStateStore.open(dir);
  t.equal(store.state, 9);
  t.same(previousHosts, [{ name: 'x', address: 'y' }], 'malformed entries are dropped');
  t.same(JSON.parse(await readFile(path.join(dir, 'nsm.json'), 'utf8')).state, 9, 'persisted at once');
});
