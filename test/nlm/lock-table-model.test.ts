// Property test: the lock table against a per-byte reference model on small ranges.
import t from 'tap';
import fc from 'fast-check';
import { LockTable, ownerKeyOf, type LockOwner } from '../../src/nlm/lock-table.js';
import { END_OF_FILE, type ByteRange } from '../../src/nlm/lock-range.js';

// Cells 0..N-1 are single bytes; cell N stands for every byte from N to the end of the file
// (finite ranges end at most at N, so all those bytes always share one state).
const N = 12;
const OWNERS: LockOwner[] = [
  { host: 'h1', svid: 1, oh: Buffer.from('o1') },
  { host: 'h1', svid: 2, oh: Buffer.from('o2') },
  { host: 'h2', svid: 1, oh: Buffer.from('o1') },
];
const F = 1n;

type Op =
  | { op: 'lock'; who: number; exclusive: boolean; range: ByteRange; block: boolean }
  | { op: 'unlock'; who: number; range: ByteRange }
  | { op: 'cancel'; who: number; exclusive: boolean; range: ByteRange }
  | { op: 'release'; host: string };

const rangeArb = fc
  .tuple(fc.integer({ min: 0, max: N - 1 }), fc.integer({ min: 0, max: N }), fc.boolean())
  .map(([a, b, toEof]): ByteRange =>
    toEof ? { start: BigInt(a), end: END_OF_FILE } : { start: BigInt(Math.min(a, b)), end: BigInt(Math.max(a, b, Math.min(a, b) + 1)) });
const who = fc.integer({ min: 0, max: OWNERS.length - 1 });
const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ op: fc.constant('lock' as const), who, exclusive: fc.boolean(), range: rangeArb, block: fc.boolean() }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('unlock' as const), who, range: rangeArb }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('cancel' as const), who, exclusive: fc.boolean(), range: rangeArb }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('release' as const), host: fc.constantFrom('h1', 'h2') }) },
);

function cells(r: ByteRange): number[] {
  const end = r.end === END_OF_FILE ? N + 1 : Number(r.end);
  const out: number[] = [];
  for (let c = Number(r.start); c < end; c++) out.push(c);
  return out;
}

interface ModelWaiter { who: number; exclusive: boolean; range: ByteRange; id: number }

class Model {
  bytes: Map<number, boolean>[] = Array.from({ length: N + 1 }, () => new Map());
  waiters: ModelWaiter[] = [];
  granted: number[] = [];
  conflict(w: number, exclusive: boolean, r: ByteRange): boolean {
    return cells(r).some((c) => [...this.bytes[c]!].some(([o, ex]) => o !== w && (ex || exclusive)));
  }
  set(w: number, exclusive: boolean, r: ByteRange) {
    for (const c of cells(r)) this.bytes[c]!.set(w, exclusive);
  }
  clear(w: number, r: ByteRange) {
    for (const c of cells(r)) this.bytes[c]!.delete(w);
  }
  same(a: ModelWaiter, w: number, ex: boolean, r: ByteRange) {
    return a.who === w && a.exclusive === ex && a.range.start === r.start && a.range.end === r.end;
  }
  wake() {
    const still: ModelWaiter[] = [];
    for (const q of this.waiters) {
      if (this.conflict(q.who, q.exclusive, q.range)) still.push(q);
      else {
        this.set(q.who, q.exclusive, q.range);
        this.granted.push(q.id);
      }
    }
    this.waiters = still;
  }
}

function render(table: LockTable<number>): Map<number, boolean>[] {
  const out: Map<number, boolean>[] = Array.from({ length: N + 1 }, () => new Map());
  for (const h of table.locksOf(F)) {
    const w = OWNERS.findIndex((o) => ownerKeyOf(o) === h.ownerKey);
    for (const c of cells(h)) {
      if (out[c]!.has(w)) throw new Error(`owner ${w} holds overlapping locks at ${c}`);
      out[c]!.set(w, h.exclusive);
    }
  }
  return out;
}

// An owner's same-type locks that touch must have been merged.
function assertCanonical(table: LockTable<number>) {
  const locks = table.locksOf(F);
  for (const a of locks)
    for (const b of locks)
      if (a !== b && a.ownerKey === b.ownerKey && a.exclusive === b.exclusive && a.start <= b.end && b.start <= a.end)
        throw new Error('unmerged touching locks');
}

t.test('lock table matches the per-byte model', async (t) => {
  let runs = 0;
  fc.assert(
    fc.property(fc.array(opArb, { maxLength: 40 }), (ops) => {
      const got: number[] = [];
      const table = new LockTable<number>((w) => got.push(w.tag));
      const model = new Model();
      let id = 0;
      for (const o of ops) {
        if (o.op === 'lock') {
          const owner = OWNERS[o.who]!;
          const expectConflict = model.conflict(o.who, o.exclusive, o.range);
          const tested = table.test(F, owner, o.exclusive, o.range);
          if ((tested !== undefined) !== expectConflict) throw new Error('test() disagrees with the model');
          const queued = model.waiters.find((q) => model.same(q, o.who, o.exclusive, o.range));
          const tag = id++;
          const res = table.lock(F, owner, o.exclusive, o.range, o.block ? { tag } : undefined);
          if (!expectConflict) {
            if (res.status !== 'granted') throw new Error(`expected granted, got ${res.status}`);
            model.waiters = model.waiters.filter((q) => q !== queued);
            model.set(o.who, o.exclusive, o.range);
            model.wake();
          } else if (o.block) {
            if (res.status !== 'blocked') throw new Error(`expected blocked, got ${res.status}`);
            if (queued) queued.id = tag;
            else model.waiters.push({ who: o.who, exclusive: o.exclusive, range: o.range, id: tag });
          } else {
            if (res.status !== 'denied') throw new Error(`expected denied, got ${res.status}`);
            if (res.holder.ownerKey === ownerKeyOf(owner)) throw new Error('own lock reported as holder');
          }
        } else if (o.op === 'unlock') {
          table.unlock(F, OWNERS[o.who]!, o.range);
          model.clear(o.who, o.range);
          model.wake();
        } else if (o.op === 'cancel') {
          const had = model.waiters.some((q) => model.same(q, o.who, o.exclusive, o.range));
          model.waiters = model.waiters.filter((q) => !model.same(q, o.who, o.exclusive, o.range));
          if (table.cancel(F, OWNERS[o.who]!, o.exclusive, o.range) !== had) throw new Error('cancel result differs');
        } else {
          table.releaseHost(o.host);
          OWNERS.forEach((ow, w) => {
            if (ow.host === o.host) model.clear(w, { start: 0n, end: END_OF_FILE });
          });
          model.waiters = model.waiters.filter((q) => OWNERS[q.who]!.host !== o.host);
          model.wake();
        }
        const actual = render(table);
        for (let c = 0; c <= N; c++) {
          const a = [...actual[c]!].sort();
          const m = [...model.bytes[c]!].sort();
          if (JSON.stringify(a) !== JSON.stringify(m)) throw new Error(`cell ${c}: table ${JSON.stringify(a)} model ${JSON.stringify(m)}`);
        }
        assertCanonical(table);
        if (JSON.stringify(got) !== JSON.stringify(model.granted)) throw new Error(`grants ${got} vs model ${model.granted}`);
        if (table.waitersOf(F).length !== model.waiters.length) throw new Error('waiter count differs');
      }
      runs++;
    }),
    { numRuns: 500, seed: 20261127 },
  );
  t.equal(runs, 500);
});
