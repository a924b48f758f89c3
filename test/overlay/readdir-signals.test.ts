// Directory reads stay complete while signals interrupt the process. A server run with
// --cpu-prof once listed a 10,000-entry lower directory as empty and its listing cache kept
// serving that: getdents64 returns a short batch when a signal is pending (the profiler's
// SIGPROF), and a batch holding only '.' and '..' was taken for the end of the directory.
// Whether a signal lands in that window is chance, so each test reads the directory afresh
// many times; the assertions hold whatever the timing.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import t, { type Test } from 'tap';
import { OverlayError } from '../../src/overlay/index.js';
import { ROOT, listAll, makeFixture } from './fixture.js';
import { profilerSignals } from './profiler-signals.js';

const ENTRIES = 10000;
const FRESH_OVERLAYS = 60;
const RMDIRS = 200;

function bigLower(t: Test) {
  const f = makeFixture([{ big: { dir: true } }]);
  t.teardown(f.cleanup);
  for (let i = 0; i < ENTRIES; i++) writeFileSync(join(f.lowers[0] as string, 'big', `f${String(i).padStart(5, '0')}`), '');
  return f;
}

t.test('the first listing of a fresh overlay is complete while signals arrive', async (t) => {
  const f = bigLower(t);
  t.teardown(await profilerSignals());
  const counts: number[] = [];
  for (let i = 0; i < FRESH_OVERLAYS; i++) {
    // A fresh overlay each round: its listing cache is empty, so every round reads the directory.
    const o = await f.open();
    counts.push((await listAll(o, 'big', 4096)).length);
    await o.close();
  }
  t.equal(counts.length, FRESH_OVERLAYS);
  t.same(counts.filter((n) => n !== ENTRIES), [], 'no listing short of any entry');
});

t.test('rmdir of a big merged directory is refused as not empty while signals arrive', async (t) => {
  const f = bigLower(t);
  const o = await f.open();
  t.teardown(await profilerSignals());
  const outcomes: string[] = [];
  for (let i = 0; i < RMDIRS; i++) {
    try {
      await o.rmdir('', 'big', ROOT);
      outcomes.push('removed');
    } catch (e) {
      outcomes.push(e instanceof OverlayError ? e.errno : String(e));
    }
  }
  t.equal(outcomes.length, RMDIRS);
  t.same(outcomes.filter((o) => o !== 'ENOTEMPTY'), [], 'every rmdir refused with ENOTEMPTY');
  t.equal((await listAll(o, 'big', 4096)).length, ENTRIES, 'the directory is still all there');
});
