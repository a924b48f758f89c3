import t from 'tap';
import { GracePeriod } from '../../src/nlm/grace.js';

function clock() {
  const c = { t: 1000, now: () => c.t };
  return c;
}

t.test('no hosts on record: no grace period', async (t) => {
  const g = new GracePeriod({ durationMs: 90_000, settleMs: 2000, knownHosts: [] });
  t.equal(g.active(), false);
});

t.test('the grace period runs out after its duration', async (t) => {
  const c = clock();
  const g = new GracePeriod({ durationMs: 90_000, settleMs: 2000, knownHosts: ['a'], now: c.now });
  t.equal(g.active(), true);
  c.t += 89_999;
  t.equal(g.active(), true);
  c.t += 1;
  t.equal(g.active(), false);
  g.noteReclaim('a');
  t.equal(g.active(), false, 'never restarts');
});

t.test('it ends early once every known host is done', async (t) => {
  const c = clock();
  const g = new GracePeriod({ durationMs: 90_000, settleMs: 2000, knownHosts: ['a', 'b', 'c'], now: c.now });
  g.noteOrdinary('a');
  t.same(g.waitingFor().sort(), ['a', 'b', 'c'], 'an ordinary request before any reclaim or notify does not count');
  g.noteReclaim('a');
  g.noteOrdinary('a');
  t.same(g.waitingFor().sort(), ['b', 'c'], 'ordinary request after reclaims: done');
  g.noteNotified('b');
  c.t += 1999;
  g.noteOrdinary('b');
  t.same(g.waitingFor().sort(), ['b', 'c'], 'just after our notify: may be a request already under way');
  c.t += 1;
  g.noteOrdinary('b');
  t.same(g.waitingFor(), ['c'], 'ordinary request a while after our notify reached it: done');
  g.noteReclaim('c');
  c.t += 1999;
  t.equal(g.active(), true, 'still reclaiming');
  g.noteReclaim('c');
  c.t += 1999;
  t.equal(g.active(), true, 'the quiet time restarts with each reclaim');
  c.t += 1;
  t.equal(g.active(), false, 'quiet after reclaiming: done, and nobody left');
});

t.test('a host that rebooted has nothing to reclaim', async (t) => {
  const c = clock();
  const g = new GracePeriod({ durationMs: 90_000, settleMs: 2000, knownHosts: ['a'], now: c.now });
  g.noteRebooted('x');
  t.equal(g.active(), true);
  g.noteRebooted('a');
  t.equal(g.active(), false);
});
