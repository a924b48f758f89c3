// The fd cache: bounded, shared by read/write/commit, dropped on copy-up and rename, and no fd
// left open after close().
import { constants as fsc, readFileSync, readdirSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';
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

/** open(2) flags of every fd this process holds on `path` (from /proc/self/fdinfo). */
function flagsOfFdsOn(path: string): number[] {
  const flags: number[] = [];
  for (const fd of readdirSync('/proc/self/fd')) {
    let target: string;
    try { target = readlinkSync(`/proc/self/fd/${fd}`); } catch { continue; }
    if (target !== path) continue;
    const m = /^flags:\s+([0-7]+)$/m.exec(readFileSync(`/proc/self/fdinfo/${fd}`, 'utf8'));
    if (m !== null) flags.push(parseInt(m[1]!, 8));
  }
  return flags;
}

t.test('stable writes go through O_DSYNC / O_SYNC fds; rename drops them all', async (t) => {
  const f = makeFixture([{ a: 'lower' }]);
  t.teardown(f.cleanup);
  const o = await f.open();
  const upperA = join(f.upper, 'a');
  const syncBits = fsc.O_SYNC | fsc.O_DSYNC; // O_SYNC includes the O_DSYNC bit
  await o.write('a', 0n, Buffer.from('U'), ROOT, 'unstable');
  t.same(flagsOfFdsOn(upperA).map((fl) => fl & syncBits), [0], 'UNSTABLE: a plain read-write fd');
  await o.write('a', 1n, Buffer.from('D'), ROOT, 'data');
  t.same(flagsOfFdsOn(upperA).map((fl) => fl & syncBits).sort((x, y) => x - y), [0, fsc.O_DSYNC], 'DATA_SYNC: an O_DSYNC fd');
  await o.write('a', 2n, Buffer.from('F'), ROOT, 'file');
  t.same(flagsOfFdsOn(upperA).map((fl) => fl & syncBits).sort((x, y) => x - y), [0, fsc.O_DSYNC, fsc.O_SYNC], 'FILE_SYNC: an O_SYNC fd');
  t.equal(await readAll(o, 'a'), 'UDFer');
  await o.rename('', 'a', '', 'b', ROOT);
  t.same(flagsOfFdsOn(upperA), [], 'no fd of the old name survives the rename');
  t.equal(await readAll(o, 'b'), 'UDFer');
});
