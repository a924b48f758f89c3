/**
 * XDR decode fuzz (not a test): 1,000,000 seeded random and mutated records through every
 * generated decoder (the test suite runs 20,000 of them). Each record must decode or be rejected
 * with XdrError. Prints outcome counts, the time taken and the memory high-water mark.
 * Run: npm run build && node out/bench/xdr/fuzz.js [records] [seed]
 */
import { makeInput, runCase, targets } from '../../test/xdr/helpers/fuzz.js';
import { loadProtocols } from '../../test/xdr/helpers/protocols.js';
import { Random } from '../../test/xdr/helpers/random.js';

const records = Number(process.argv[2] ?? 1_000_000);
const seed = Number(process.argv[3] ?? 1);
const all = targets(await loadProtocols());
const rnd = new Random(seed);
const perProtocol = new Map<string, { decoded: number; rejected: number }>();
let decoded = 0;
let rejected = 0;
let failures = 0;
let maxRss = 0;
let inputBytes = 0;
const rssStart = process.memoryUsage().rss;
const start = process.hrtime.bigint();

for (let i = 0; i < records; i++) {
  const target = all[rnd.below(all.length)];
  if (!target) throw new Error('no targets');
  const input = makeInput(target, rnd);
  inputBytes += input.length;
  const outcome = runCase(target, input);
  const name = target.protocol.name;
  const counts = perProtocol.get(name) ?? { decoded: 0, rejected: 0 };
  perProtocol.set(name, counts);
  if (outcome.kind === 'decoded') {
    decoded++;
    counts.decoded++;
  } else if (outcome.kind === 'rejected') {
    rejected++;
    counts.rejected++;
  } else {
    failures++;
    if (failures <= 10) console.log(`FAILURE ${outcome.detail}`);
  }
  if ((i & 0xffff) === 0) maxRss = Math.max(maxRss, process.memoryUsage().rss);
}

const seconds = Number(process.hrtime.bigint() - start) / 1e9;
maxRss = Math.max(maxRss, process.memoryUsage().rss);
console.log(`node ${process.version}; ${records} records over ${all.length} decoders, seed ${seed}`);
for (const [name, c] of [...perProtocol].sort()) console.log(`  ${name.padEnd(8)} decoded ${String(c.decoded).padStart(7)}  rejected (XdrError) ${String(c.rejected).padStart(7)}`);
console.log(`decoded ${decoded}, rejected ${rejected}, failures ${failures}`);
console.log(`input ${(inputBytes / 2 ** 20).toFixed(1)} MiB in ${seconds.toFixed(1)} s (${Math.round(records / seconds)} records/s)`);
console.log(`rss: start ${(rssStart / 2 ** 20).toFixed(0)} MiB, high-water ${(maxRss / 2 ** 20).toFixed(0)} MiB`);
process.exitCode = failures === 0 ? 0 : 1;
