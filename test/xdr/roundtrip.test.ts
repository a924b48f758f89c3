import t from 'tap';
import { isDeepStrictEqual } from 'node:util';
import { loadProtocols } from './helpers/protocols.js';
import { Random } from './helpers/random.js';
import { roundTripFailures } from './helpers/roundtrip.js';
import { sample } from './helpers/samples.js';

// Every generated type of every protocol, with generated sample values.
const SAMPLES_PER_TYPE = 8;

const protocols = await loadProtocols();

for (const p of protocols) {
  t.test(p.name, async (t) => {
    const rnd = new Random(0x5eed + p.name.length);
    for (const type of p.model.types) {
      const codec = p.codecs.get(type.name);
      if (!codec) throw new Error(`no codec for ${type.name}`);
      const failures: string[] = [];
      for (let i = 0; i < SAMPLES_PER_TYPE; i++) {
        const v = sample(p.model, type.name, rnd);
        for (const f of roundTripFailures(codec, v, isDeepStrictEqual)) failures.push(`sample ${i}: ${f}`);
      }
      t.same(failures, [], `${p.name}.${type.name} round-trips ${SAMPLES_PER_TYPE} samples`);
    }
  });
}

t.test('every protocol file produced a module with codecs', async (t) => {
  t.same(
    protocols.map((p) => p.name),
    ['mount3', 'nfs3', 'nlm4', 'nsm', 'pmap', 'rpc', 'rpcbind'],
  );
  for (const p of protocols) t.ok(p.codecs.size > 0, `${p.name} has codecs`);
});
