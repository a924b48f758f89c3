// Micro-benchmark of the handle table: cost per handle encode/decode, per record() (new, known,
// moved, batched) and per pathOf() of a depth-10 object with a warm and a cold cache.
// Run: npm run build && node out/bench/handles/table.js [iterations]
import { createHmac, createSecretKey, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HandleTable } from '../../src/handles/index.js';

const iterations = Number(process.argv[2] ?? 200_000);
const ROOT = 1n;
const DEPTH = 10;
const N = Math.min(iterations, 100_000); // distinct objects for the record() runs

/** Prints the time per unit: `unitsPerOp` > 1 when one op does several units (a batch). */
function measure(label: string, ops: number, op: (i: number) => void, unitsPerOp = 1): void {
  const start = process.hrtime.bigint();
  for (let i = 0; i < ops; i++) op(i);
  const ns = Number(process.hrtime.bigint() - start) / (ops * unitsPerOp);
  const shown = ns >= 10_000 ? `${(ns / 1000).toFixed(1)} µs` : `${ns.toFixed(0)} ns`;
  console.log(`${label.padEnd(50)} ${shown.padStart(10)}  (${ops * unitsPerOp} units)`);
}

const ids = (base: bigint, n: number): bigint[] => Array.from({ length: n }, (_, i) => base + BigInt(i));
const names = (prefix: string, n: number): string[] => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

// Ids of a chain of DEPTH nested directories starting at `base`; the last one is the leaf.
function recordChain(table: HandleTable, base: bigint): bigint {
  let parent = ROOT;
  for (let d = 0; d < DEPTH; d++) {
    table.record(base + BigInt(d), parent, `dir${d}`);
    parent = base + BigInt(d);
  }
  return parent;
}

const stateDir = mkdtempSync(join(tmpdir(), 'ovlnfs-bench-handles-'));
try {
  let table = HandleTable.open({ stateDir, exportId: 1, rootId: ROOT, cacheSize: 1 << 20 });

  // Handle codec. "new id" pays one HMAC; later calls for the same id hit the minted-handle cache.
  const fresh = ids(5_000_000n, iterations);
  measure('encode, new id (HMAC)', iterations, (i) => table.encode(fresh[i]!));
  measure('encode, recent id', iterations, (i) => table.encode(fresh[i]!));
  const handles = fresh.slice(0, 1024).map((id) => table.encode(id));
  measure('decode valid, recent id', iterations, (i) => table.decode(handles[i & 1023]!));
  const cold = HandleTable.open({ stateDir: join(stateDir, 'cold'), exportId: 1, rootId: ROOT, cacheSize: 1 });
  measure('decode valid, id not cached (HMAC)', iterations, (i) => cold.decode(handles[i & 1023]!));
  cold.close();
  const forged = Buffer.from(handles[0]!);
  forged[20] = forged[20]! ^ 1;
  measure('decode forged MAC', iterations, () => table.decode(forged));
  // Why the codec keeps a KeyObject rather than the raw key.
  const secret = randomBytes(32);
  const key = createSecretKey(secret);
  const body = handles[0]!.subarray(0, 16);
  measure('  createHmac sha256, raw key Buffer', iterations, () => createHmac('sha256', secret).update(body).digest());
  measure('  createHmac sha256, KeyObject', iterations, () => createHmac('sha256', key).update(body).digest());

  // record(): one committed SQLite transaction per new or moved record, unless batched.
  const objects = ids(1_000_000n, N);
  const firstNames = names('f', N);
  const movedNames = names('g', N);
  measure('record new, one transaction each', N, (i) => table.record(objects[i]!, ROOT, firstNames[i]!));
  measure('record known, cached (no SQLite)', N, (i) => table.record(objects[i]!, ROOT, firstNames[i]!));
  measure('record moved (rename), one transaction each', N, (i) => table.record(objects[i]!, ROOT, movedNames[i]!));
  const batchedObjects = ids(100_000_000n, N);
  measure('record new, batch() of 100', N / 100, (b) => table.batch(() => {
    for (let i = b * 100; i < b * 100 + 100; i++) table.record(batchedObjects[i]!, ROOT, firstNames[i]!);
  }), 100);

  // pathOf at depth 10.
  const leaves = Array.from({ length: 1000 }, (_, k) => recordChain(table, 10_000_000n + BigInt(k) * 100n));
  measure(`pathOf depth ${DEPTH}, warm cache`, iterations, (i) => table.pathOf(leaves[i % 1000]!));
  table.close();
  // Reopened with a cache too small to hold one path: every component is a SQLite lookup.
  table = HandleTable.open({ stateDir, exportId: 1, rootId: ROOT, cacheSize: 1 });
  measure(`pathOf depth ${DEPTH}, cold (1 lookup per name)`, Math.min(iterations, 50_000), (i) => table.pathOf(leaves[i % 1000]!));
  measure('record known, not cached (no-op upsert)', N, (i) => table.record(objects[i]!, ROOT, movedNames[i]!));
  table.close();
} finally {
  rmSync(stateDir, { recursive: true, force: true });
}
