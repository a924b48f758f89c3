import t, { type Test } from 'tap';
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HandleTable, type HandleTableOptions } from '../../src/handles/index.js';
import { HandleCodec } from '../../src/handles/codec.js';

const ROOT = 1n;

function open(t: Test, o: Partial<HandleTableOptions> & { stateDir: string }): HandleTable {
  const table = HandleTable.open({ exportId: 3, rootId: ROOT, ...o });
  t.teardown(() => { try { table.close(); } catch { /* already closed by the test */ } });
  return table;
}

t.test('root: path is "", handle bytes identical across reopen', async (t) => {
  const stateDir = t.testdir();
  const first = open(t, { stateDir });
  const rootFh = first.encode(ROOT);
  t.equal(first.pathOf(ROOT), '');
  first.record(ROOT, 77n, 'ignored');
  t.equal(first.pathOf(ROOT), '', 'root ignores records');
  first.close();
  const second = open(t, { stateDir });
  t.same(second.encode(ROOT), rootFh);
  t.same(second.decode(rootFh), { id: ROOT });
  t.equal(second.pathOf(ROOT), '');
});

t.test('handles of another export id over the same state dir are STALE after a recreate', async (t) => {
  const stateDir = t.testdir();
  const before = open(t, { stateDir, exportId: 3 });
  const fh = before.encode(10n);
  before.close();
  const after = open(t, { stateDir, exportId: 4 });
  t.same(after.decode(fh), { error: 'STALE' });
});

t.test('handles minted under another secret are BADHANDLE', async (t) => {
  const table = open(t, { stateDir: t.testdir() });
  t.same(table.decode(new HandleCodec(randomBytes(32), 3, 16).encode(10n)), { error: 'BADHANDLE' });
});

t.test('records resolve to paths and survive close/reopen', async (t) => {
  const stateDir = t.testdir();
  const table = open(t, { stateDir });
  table.record(2n, ROOT, 'usr');
  table.record(3n, 2n, 'lib');
  table.record(4n, 3n, 'libc.so');
  table.record(0xfffffffffffffff0n, 2n, 'bin with spaces é');
  t.equal(table.pathOf(4n), 'usr/lib/libc.so');
  t.equal(table.pathOf(0xfffffffffffffff0n), 'usr/bin with spaces é');
  t.equal(table.pathOf(99n), undefined, 'unknown id');
  table.close();
  const again = open(t, { stateDir });
  t.equal(again.pathOf(4n), 'usr/lib/libc.so');
  t.equal(again.pathOf(0xfffffffffffffff0n), 'usr/bin with spaces é');
  t.equal(again.pathOf(3n), 'usr/lib');
});

t.test('recording is idempotent', async (t) => {
  const table = open(t, { stateDir: t.testdir() });
  for (let i = 0; i < 3; i++) table.record(2n, ROOT, 'a');
  t.equal(table.pathOf(2n), 'a');
});

t.test('rename of a directory moves its subtree; rename of a file moves only it', async (t) => {
  const stateDir = t.testdir();
  const table = open(t, { stateDir });
  table.record(2n, ROOT, 'a');
  table.record(3n, 2n, 'b');
  table.record(4n, 3n, 'c');
  table.record(5n, ROOT, 'x');
  t.equal(table.pathOf(4n), 'a/b/c');
  table.record(3n, 5n, 'B');         // mv a/b x/B
  t.equal(table.pathOf(3n), 'x/B');
  t.equal(table.pathOf(4n), 'x/B/c');
  table.record(4n, 2n, 'c2');        // mv x/B/c a/c2
  t.equal(table.pathOf(4n), 'a/c2');
  table.record(3n, 2n, 'B');          // mv x/B a/B, while 3's location is cached
  table.close();
  const again = open(t, { stateDir });
  t.equal(again.pathOf(3n), 'a/B', 'latest location is the persisted one');
  t.equal(again.pathOf(4n), 'a/c2');
});

t.test('forget: the object and everything only reachable through it become unknown', async (t) => {
  const stateDir = t.testdir();
  const table = open(t, { stateDir });
  table.record(2n, ROOT, 'd');
  table.record(3n, 2n, 'f');
  table.record(4n, ROOT, 'keep');
  table.forget(2n);
  t.equal(table.pathOf(2n), undefined);
  t.equal(table.pathOf(3n), undefined);
  t.equal(table.pathOf(4n), 'keep');
  table.forget(ROOT);
  t.equal(table.pathOf(ROOT), '', 'the root cannot be forgotten');
  table.forget(12345n);
  table.close();
  const again = open(t, { stateDir });
  t.equal(again.pathOf(2n), undefined, 'forget is persistent');
  t.equal(again.pathOf(3n), undefined);
  t.equal(again.pathOf(4n), 'keep');
  again.record(2n, ROOT, 'd');
  t.equal(again.pathOf(3n), 'd/f', 'a re-recorded directory makes its children reachable again');
});

t.test('cycles in the records resolve to undefined instead of looping', async (t) => {
  const table = open(t, { stateDir: t.testdir() });
  table.record(2n, 3n, 'a');
  table.record(3n, 2n, 'b');
  t.equal(table.pathOf(2n), undefined);
  t.equal(table.pathOf(3n), undefined);
  table.record(4n, 4n, 'self');
  t.equal(table.pathOf(4n), undefined);
  table.record(5n, 2n, 'under-cycle');
  t.equal(table.pathOf(5n), undefined);
  table.record(3n, ROOT, 'b');       // break the cycle
  t.equal(table.pathOf(5n), 'b/a/under-cycle');
});

t.test('a cache far smaller than the table still resolves every record', async (t) => {
  const stateDir = t.testdir();
  const table = open(t, { stateDir, cacheSize: 100 });
  const count = 10_000;
  // Ids 2..101 form a chain of 100 directories; the rest are files spread over the chain.
  for (let i = 2; i <= 101; i++) table.record(BigInt(i), i === 2 ? ROOT : BigInt(i - 1), `d${i}`);
  for (let i = 102; i < count + 2; i++) table.record(BigInt(i), BigInt(2 + (i % 100)), `f${i}`);
  // The private cache is read here only to show the bound holds; no API exposes it.
  const cache = (table as unknown as { cache: { size: number; max: number } }).cache;
  t.equal(cache.max, 100);
  t.ok(cache.size <= 100, 'cache holds at most 100 locations');
  const expectDir = (i: number): string => Array.from({ length: i - 1 }, (_, k) => `d${k + 2}`).join('/');
  let wrong = 0;
  for (let i = count + 1; i >= 102; i--) {
    if (table.pathOf(BigInt(i)) !== `${expectDir(2 + (i % 100))}/f${i}`) wrong++;
  }
  t.equal(wrong, 0, 'every file resolves with a cold cache');
  t.equal(table.pathOf(101n), expectDir(101));
  t.ok(cache.size <= 100, 'cache holds at most 100 locations');
});

t.test('batch: one transaction, rolled back with the cache when it throws', async (t) => {
  const stateDir = t.testdir();
  const table = open(t, { stateDir });
  table.record(2n, ROOT, 'old');
  table.batch(() => {
    for (let i = 3n; i < 300n; i++) table.record(i, 2n, `f${i}`);
    table.forget(3n);
  });
  t.equal(table.pathOf(299n), 'old/f299');
  t.equal(table.pathOf(3n), undefined);
  t.throws(() => table.batch(() => {
    table.record(2n, ROOT, 'new');
    table.record(1000n, 2n, 'lost');
    throw new Error('boom');
  }), /boom/);
  t.equal(table.pathOf(299n), 'old/f299', 'the rolled-back rename is not visible');
  t.equal(table.pathOf(1000n), undefined, 'the rolled-back record is not visible');
  t.equal(table.batch(() => 42), 42, 'returns what fn returns');
  table.close();
  const again = open(t, { stateDir });
  t.equal(again.pathOf(299n), 'old/f299');
  t.equal(again.pathOf(4n), 'old/f4');
  t.equal(again.pathOf(3n), undefined);
  t.equal(again.pathOf(1000n), undefined);
});

t.test('a state directory in use by another table is refused at once', async (t) => {
  const stateDir = t.testdir();
  const first = open(t, { stateDir });
  first.record(2n, ROOT, 'a');
  t.throws(() => HandleTable.open({ stateDir, exportId: 3, rootId: ROOT }), /in use by another/);
  t.equal(first.pathOf(2n), 'a', 'the owner is unaffected');
  first.close();
  const second = open(t, { stateDir });
  t.equal(second.pathOf(2n), 'a', 'free again after close');
});

t.test('record refuses names that are not one path component', async (t) => {
  const table = open(t, { stateDir: t.testdir() });
  for (const name of ['', '.', '..', 'a/b', '/', 'nul\0byte']) {
    t.throws(() => table.record(2n, ROOT, name), RangeError, JSON.stringify(name));
  }
  t.equal(table.pathOf(2n), undefined, 'nothing was recorded');
  table.record(2n, ROOT, '...');
  t.equal(table.pathOf(2n), '...');
});

t.test('open rejects ids that cannot be written in a handle', async (t) => {
  const stateDir = t.testdir();
  t.throws(() => HandleTable.open({ stateDir, exportId: -1, rootId: ROOT }), RangeError);
  t.throws(() => HandleTable.open({ stateDir, exportId: 2 ** 32, rootId: ROOT }), RangeError);
  t.throws(() => HandleTable.open({ stateDir, exportId: 1.5, rootId: ROOT }), RangeError);
  t.throws(() => HandleTable.open({ stateDir, exportId: 1, rootId: -1n }), RangeError);
});

t.test('a corrupt secret file fails open instead of minting a new secret', async (t) => {
  const stateDir = t.testdir();
  writeFileSync(join(stateDir, 'handle-secret'), 'short');
  t.throws(() => HandleTable.open({ stateDir, exportId: 1, rootId: ROOT }), /expected 32 bytes/);
});
