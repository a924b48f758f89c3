import t from 'tap';
import { LockTable, type LockOwner, type Waiter } from '../../src/nlm/lock-table.js';
import { END_OF_FILE, rangeFromWire, rangeToWire } from '../../src/nlm/lock-range.js';

const A: LockOwner = { host: 'alpha', svid: 1, oh: Buffer.from('1@alpha') };
const A2: LockOwner = { host: 'alpha', svid: 2, oh: Buffer.from('2@alpha') };
const B: LockOwner = { host: 'beta', svid: 1, oh: Buffer.from('1@beta') };
const F = 42n;

function r(start: number, end: number | 'eof') {
  return { start: BigInt(start), end: end === 'eof' ? END_OF_FILE : BigInt(end) };
}

function shape<T>(table: LockTable<T>, file = F) {
  return table
    .locksOf(file)
    .map((h) => `${h.owner.host}/${h.owner.svid}:${h.exclusive ? 'W' : 'R'}[${h.start},${h.end === END_OF_FILE ? 'eof' : h.end})`)
    .sort();
}

t.test('wire ranges: len 0 is to the end of file, overflow clamps', async (t) => {
  t.same(rangeFromWire(10n, 0n), { start: 10n, end: END_OF_FILE });
  t.same(rangeFromWire(10n, 5n), { start: 10n, end: 15n });
  t.same(rangeFromWire((1n << 64n) - 2n, 10n), { start: (1n << 64n) - 2n, end: END_OF_FILE });
  t.same(rangeToWire({ start: 3n, end: END_OF_FILE }), { offset: 3n, length: 0n });
  t.same(rangeToWire({ start: 3n, end: 9n }), { offset: 3n, length: 6n });
});

t.test('write locks exclude, read locks share, owners are (host, svid, oh)', async (t) => {
  const table = new LockTable<unknown>(() => {});
  t.same(table.lock(F, A, true, r(0, 10)), { status: 'granted' });
  const denied = table.lock(F, B, false, r(5, 6));
  t.equal(denied.status, 'denied');
  t.equal(denied.status === 'denied' && denied.holder.owner.host, 'alpha');
  t.equal(table.lock(F, A2, true, r(9, 12)).status, 'denied', 'another svid on the same host conflicts');
  t.equal(table.lock(F, B, true, r(10, 20)).status, 'granted', 'adjacent range is free');
  t.equal(table.lock(F + 1n, B, true, r(0, 10)).status, 'granted', 'other file is independent');
  t.equal(table.test(F, B, false, r(0, 1))?.owner.host, 'alpha');
  t.equal(table.test(F, A, true, r(0, 10)), undefined, 'own locks never conflict');
  table.unlock(F, A, r(0, 'eof'));
  t.same(table.lock(F, A, false, r(0, 'eof')), { status: 'denied', holder: table.locksOf(F)[0] });
  t.equal(table.lock(F, A, false, r(0, 10)).status, 'granted');
  t.equal(table.lock(F, A2, false, r(0, 10)).status, 'granted', 'readers share');
  t.equal(table.lock(F, B, true, r(5, 10)).status, 'denied', 'a writer waits for readers');
});

t.test('split, merge, upgrade and downgrade', async (t) => {
  const table = new LockTable<unknown>(() => {});
  table.lock(F, A, false, r(0, 10));
  table.lock(F, A, false, r(10, 20));
  t.same(shape(table), ['alpha/1:R[0,20)'], 'touching read locks merge');
  table.lock(F, A, true, r(5, 8));
  t.same(shape(table), ['alpha/1:R[0,5)', 'alpha/1:R[8,20)', 'alpha/1:W[5,8)'], 'upgrade splits');
  table.lock(F, A, false, r(5, 8));
  t.same(shape(table), ['alpha/1:R[0,20)'], 'downgrade merges back');
  table.unlock(F, A, r(4, 6));
  t.same(shape(table), ['alpha/1:R[0,4)', 'alpha/1:R[6,20)'], 'unlock in the middle splits');
  table.lock(F, A, true, r(2, 'eof'));
  t.same(shape(table), ['alpha/1:R[0,2)', 'alpha/1:W[2,eof)'], 'to-eof write replaces everything after');
  table.unlock(F, A, r(0, 'eof'));
  t.same(shape(table), []);
});

t.test('upgrade is refused while another owner reads', async (t) => {
  const table = new LockTable<unknown>(() => {});
  table.lock(F, A, false, r(0, 10));
  table.lock(F, B, false, r(0, 10));
  t.equal(table.lock(F, A, true, r(0, 10)).status, 'denied');
  t.same(shape(table), ['alpha/1:R[0,10)', 'beta/1:R[0,10)'], 'a refused upgrade keeps the read lock');
});

t.test('blocked waiters are granted in order when locks go away', async (t) => {
  const grants: Waiter<string>[] = [];
  const table = new LockTable<string>((w) => grants.push(w));
  table.lock(F, A, true, r(0, 100));
  t.same(table.lock(F, B, true, r(10, 20), { tag: 'b1' }), { status: 'blocked' });
  t.same(table.lock(F, B, true, r(10, 20), { tag: 'b1-again' }), { status: 'blocked' });
  t.same(table.lock(F, A2, true, r(15, 30), { tag: 'a2' }), { status: 'blocked' });
  t.equal(table.waitersOf(F).length, 2, 'a re-sent blocked request is not queued twice');
  table.unlock(F, A, r(0, 12));
  t.same(grants, [], 'still conflicting: nothing granted');
  table.unlock(F, A, r(0, 'eof'));
  t.same(grants.map((g) => g.tag), ['b1-again'], 'first waiter granted; the second now conflicts with it');
  t.same(shape(table), ['beta/1:W[10,20)']);
  table.releaseHost('beta');
  t.same(grants.map((g) => g.tag), ['b1-again', 'a2']);
  t.same(shape(table), ['alpha/2:W[15,30)']);
  t.equal(table.hostHasState('beta'), false);
  t.equal(table.hostHasState('alpha'), true);
});

t.test('a downgrade lets queued readers in', async (t) => {
  const grants: Waiter<string>[] = [];
  const table = new LockTable<string>((w) => grants.push(w));
  table.lock(F, A, true, r(0, 'eof'));
  table.lock(F, B, false, r(0, 10), { tag: 'reader' });
  table.lock(F, A, false, r(0, 'eof'));
  t.same(grants.map((g) => g.tag), ['reader']);
  t.same(shape(table), ['alpha/1:R[0,eof)', 'beta/1:R[0,10)']);
});

t.test('cancel withdraws a waiter; a granted re-poll removes it too', async (t) => {
  const grants: Waiter<string>[] = [];
  const table = new LockTable<string>((w) => grants.push(w));
  table.lock(F, A, true, r(0, 'eof'));
  table.lock(F, B, false, r(0, 1), { tag: 'x' });
  t.equal(table.cancel(F, B, true, r(0, 1)), false, 'type must match');
  t.equal(table.cancel(F, B, false, r(0, 1)), true);
  t.equal(table.cancel(F, B, false, r(0, 1)), false);
  table.lock(F, B, false, r(0, 1), { tag: 'y' });
  table.unlock(F, A, r(0, 'eof'));
  t.same(grants.map((g) => g.tag), ['y']);
  table.unlock(F, B, r(0, 'eof'));
  t.same(shape(table), []);
  t.equal(table.hostHasState('beta'), false, 'empty files are forgotten');
});

t.test('a waiter callback may re-enter the table', async (t) => {
  const table: LockTable<string> = new LockTable<string>((w) => table.unlock(w.fileId, w.owner, w));
  table.lock(F, A, true, r(0, 10));
  table.lock(F, B, true, r(0, 10), { tag: 'revoked at once' });
  table.unlock(F, A, r(0, 10));
  t.same(shape(table), []);
});

t.test('stored owners do not alias the request buffer', async (t) => {
  const table = new LockTable<unknown>(() => {});
  const oh = Buffer.from('abc');
  table.lock(F, { host: 'h', svid: 1, oh }, true, r(0, 1));
  oh.fill(0);
  t.equal(table.locksOf(F)[0]?.owner.oh.toString(), 'abc');
});
