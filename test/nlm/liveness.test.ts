import t from 'tap';
import { GracePeriod } from '../../src/nlm/grace.js';
import { LockManager } from '../../src/nlm/lock-manager.js';
import { HostLiveness } from '../../src/nlm/liveness.js';
import { END_OF_FILE } from '../../src/nlm/lock-range.js';

t.test('a host that stops answering is declared down after downAfterMs and loses its locks', async (t) => {
  const c = { t: 0 };
  const now = () => c.t;
  const m = new LockManager<null>({
    grace: new GracePeriod({ durationMs: 0, settleMs: 0, knownHosts: [], now }),
    monitor: { monitor: async () => true, unmonitor: async () => {} },
    deliverGrant: async () => 'accepted',
    now,
  });
  const up = new Set(['10.0.0.1', '10.0.0.2']);
  const probed: string[] = [];
  const down: string[] = [];
  const live = new HostLiveness(m, {
    probe: async (a) => {
      probed.push(a);
      return up.has(a);
    },
    intervalMs: 1000,
    downAfterMs: 5000,
    now,
    onDown: (h) => down.push(h),
  });
  const lock = (host: string, address: string, file: bigint) =>
    m.lock({ fileId: file, owner: { host, svid: 1, oh: Buffer.from(host) }, exclusive: true, range: { start: 0n, end: END_OF_FILE }, block: false, reclaim: false, monitor: true, address, grant: null });
  await lock('a', '10.0.0.1', 1n);
  await lock('b', '10.0.0.2', 2n);
  await live.check();
  t.same(probed, [], 'hosts just heard of are not probed');
  c.t = 1000;
  await live.check();
  t.same(probed.sort(), ['10.0.0.1', '10.0.0.2']);
  up.delete('10.0.0.2');
  c.t = 5999;
  await live.check();
  t.same(down, [], 'b last answered at 1000: not yet quiet for downAfterMs');
  c.t = 6000;
  await live.check();
  t.same(down, ['b']);
  t.same(m.locks.locksOf(2n), [], "b's lock is released");
  t.equal(m.locks.locksOf(1n).length, 1, 'a answered its probes and keeps its lock');
});
