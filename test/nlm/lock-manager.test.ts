import t from 'tap';
import { GracePeriod } from '../../src/nlm/grace.js';
import { type GrantReply, LockManager, type HostMonitor } from '../../src/nlm/lock-manager.js';
import { END_OF_FILE } from '../../src/nlm/lock-range.js';
import type { LockOwner, Waiter } from '../../src/nlm/lock-table.js';

const A: LockOwner = { host: 'alpha', svid: 1, oh: Buffer.from('1@alpha') };
const B: LockOwner = { host: 'beta', svid: 7, oh: Buffer.from('7@beta') };
const F = 5n;
const ALL = { start: 0n, end: END_OF_FILE };

function setup(o: { known?: string[]; reply?: GrantReply; monitorOk?: boolean } = {}) {
  const c = { t: 0 };
  const now = () => c.t;
  const monitored: string[] = [];
  const unmonitored: string[] = [];
  const monitor: HostMonitor = {
    monitor: async (name) => {
      if (o.monitorOk === false) return false;
      monitored.push(name);
      return true;
    },
    unmonitor: async (name) => {
      unmonitored.push(name);
    },
  };
  const grants: Waiter<string>[] = [];
  let release: (r: GrantReply) => void = () => {};
  const m = new LockManager<string>({
    grace: new GracePeriod({ durationMs: 90_000, settleMs: 2000, knownHosts: o.known ?? [], now }),
    monitor,
    monitoredHosts: o.known ?? [],
    now,
    deliverGrant: (w) => {
      grants.push(w);
      return new Promise<GrantReply>((res) => (release = res));
    },
  });
  return { m, c, monitored, unmonitored, grants, answer: (r: GrantReply) => release(r) };
}

const call = (owner: LockOwner, extra: Partial<{ block: boolean; reclaim: boolean; exclusive: boolean; monitor: boolean }> = {}) => ({
  fileId: F,
  owner,
  exclusive: extra.exclusive ?? true,
  range: ALL,
  block: extra.block ?? false,
  reclaim: extra.reclaim ?? false,
  monitor: extra.monitor ?? true,
  address: `addr-${owner.host}`,
  grant: `grant-${owner.host}`,
});
const settle = () => new Promise((r) => setImmediate(r));

t.test('lock, conflict, test holder, unlock; hosts are monitored before their first lock', async (t) => {
  const s = setup();
  t.equal(await s.m.lock(call(A)), 'granted');
  t.equal(await s.m.lock(call(B)), 'denied');
  const tested = await s.m.test({ fileId: F, owner: B, exclusive: false, range: { start: 3n, end: 4n } });
  t.equal(tested.status === 'denied' && tested.holder.owner.svid, 1);
  t.same(s.monitored, ['alpha', 'beta']);
  await s.m.lock(call(A));
  t.same(s.monitored, ['alpha', 'beta'], 'monitored once');
  t.equal(await s.m.unlock({ fileId: F, owner: A, exclusive: true, range: ALL }), 'granted');
  t.equal(await s.m.lock(call(B)), 'granted');
  t.equal(await s.m.lock(call({ ...A, svid: 9 }, { monitor: false })), 'denied', 'NM_LOCK form');
});

t.test('no monitor, no lock', async (t) => {
  const s = setup({ monitorOk: false });
  t.equal(await s.m.lock(call(A)), 'denied_nolocks');
  t.equal(await s.m.lock(call(A, { monitor: false })), 'granted', 'NM_LOCK needs no monitor');
});

t.test('blocked request granted through the callback; refusal releases the lock', async (t) => {
  const s = setup();
  await s.m.lock(call(A));
  t.equal(await s.m.lock(call(B, { block: true })), 'blocked');
  await s.m.unlock({ fileId: F, owner: A, exclusive: true, range: ALL });
  t.same(s.grants.map((g) => g.tag), ['grant-beta']);
  t.equal(s.m.locks.locksOf(F)[0]?.owner.host, 'beta', 'held while the callback is out');
  s.answer('refused');
  await settle();
  t.same(s.m.locks.locksOf(F), [], 'the client did not want it any more');
});

t.test('an accepted grant stays; cancel after an unanswered grant releases it', async (t) => {
  const s = setup();
  await s.m.lock(call(A));
  await s.m.lock(call(B, { block: true }));
  await s.m.unlock({ fileId: F, owner: A, exclusive: true, range: ALL });
  s.answer('accepted');
  await settle();
  t.equal(await s.m.cancel({ fileId: F, owner: B, exclusive: true, range: ALL }), 'granted');
  t.equal(s.m.locks.locksOf(F).length, 1, 'an acknowledged lock is not cancelled');
  await s.m.unlock({ fileId: F, owner: B, exclusive: true, range: ALL });

  await s.m.lock(call(A));
  await s.m.lock(call(B, { block: true }));
  await s.m.unlock({ fileId: F, owner: A, exclusive: true, range: ALL });
  s.answer('unreachable');
  await settle();
  t.equal(s.m.locks.locksOf(F)[0]?.owner.host, 'beta', 'kept while the client cannot be reached');
  await s.m.cancel({ fileId: F, owner: B, exclusive: true, range: ALL });
  t.same(s.m.locks.locksOf(F), [], 'cancel of a grant the client never saw releases it');
});

t.test('cancel withdraws a blocked request', async (t) => {
  const s = setup();
  await s.m.lock(call(A));
  await s.m.lock(call(B, { block: true }));
  await s.m.cancel({ fileId: F, owner: B, exclusive: true, range: ALL });
  await s.m.unlock({ fileId: F, owner: A, exclusive: true, range: ALL });
  t.same(s.grants, []);
});

t.test('grace period: only reclaims until the known hosts are done', async (t) => {
  const s = setup({ known: ['alpha', 'beta'] });
  t.equal(s.m.inGrace(), true);
  t.equal(await s.m.lock(call(B)), 'denied_grace_period');
  t.equal((await s.m.test({ fileId: F, owner: B, exclusive: true, range: ALL })).status, 'denied_grace_period');
  t.equal(await s.m.lock(call(A, { reclaim: true })), 'granted');
  t.equal(await s.m.lock(call(A, { reclaim: false, exclusive: false })), 'denied_grace_period', 'beta still pending');
  s.m.hostRebooted('beta');
  t.equal(s.m.inGrace(), false);
  t.equal(await s.m.lock(call(B)), 'denied', 'after grace: the reclaimed lock holds');
});

t.test('a rebooted host loses its locks and waiters, by name or by address', async (t) => {
  const s = setup();
  await s.m.lock(call(A));
  await s.m.lock({ ...call(B), fileId: F + 1n });
  s.m.hostRebooted('some-other-name', 'addr-alpha');
  t.same(s.m.locks.locksOf(F), []);
  t.equal(s.m.locks.locksOf(F + 1n).length, 1);
  s.m.hostRebooted('beta');
  t.same(s.m.locks.locksOf(F + 1n), []);
});

t.test('shares', async (t) => {
  const s = setup();
  const sh = { fileId: F, host: 'alpha', oh: Buffer.from('x'), mode: 2, access: 1, reclaim: false, address: 'a' };
  t.equal(await s.m.share(sh), 'granted');
  t.equal(await s.m.share({ ...sh, host: 'beta', access: 2, mode: 0 }), 'denied');
  t.equal(await s.m.unshare(F, 'alpha', Buffer.from('x')), 'granted');
  t.equal(await s.m.share({ ...sh, host: 'beta', access: 2, mode: 0 }), 'granted');
});

t.test('idle hosts are unmonitored, never during grace', async (t) => {
  const s = setup({ known: ['old'] });
  t.same(await s.m.sweepIdleHosts(0), [], 'not during grace');
  s.c.t = 100_000;
  t.equal(s.m.inGrace(), false);
  await s.m.lock(call(A));
  s.c.t += 60_000;
  t.same(await s.m.sweepIdleHosts(30_000), ['old'], 'alpha holds a lock');
  await s.m.unlock({ fileId: F, owner: A, exclusive: true, range: ALL });
  t.same(await s.m.sweepIdleHosts(30_000), [], 'alpha was active just now');
  s.c.t += 30_000;
  t.same(await s.m.sweepIdleHosts(30_000), ['alpha']);
  t.same(s.unmonitored, ['old', 'alpha']);
});
