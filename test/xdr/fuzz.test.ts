import t from 'tap';
import { makeInput, runCase, targets } from './helpers/fuzz.js';
import { loadProtocols } from './helpers/protocols.js';
import { Random } from './helpers/random.js';

// A smaller, deterministic sample of bench/xdr/fuzz.ts: 20,000 random and mutated records
// through every generated decoder. Every record must decode or be rejected with XdrError.
const SAMPLES = 20_000;

t.test(`${SAMPLES} random and mutated records through every decoder`, async (t) => {
  const all = targets(await loadProtocols());
  const rnd = new Random(20261127);
  let decoded = 0;
  let rejected = 0;
  const failures: string[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    const target = all[i % all.length];
    if (!target) throw new Error('no targets');
    const outcome = runCase(target, makeInput(target, rnd));
    if (outcome.kind === 'decoded') decoded++;
    else if (outcome.kind === 'rejected') rejected++;
    else if (failures.length < 10) failures.push(outcome.detail);
  }
  t.same(failures, [], 'no crash, no non-XdrError exception, decoded values re-encode');
  t.equal(decoded + rejected, SAMPLES - failures.length);
  // Both outcomes must occur, or the mutations are not reaching the decoders.
  t.ok(decoded > SAMPLES / 10, `some records decode (${decoded})`);
  t.ok(rejected > SAMPLES / 10, `some records are rejected (${rejected})`);
});
