// Calls to client hosts: port found through the client's portmapper, bounded attempts, errors
// as values, close() abandons pending retries.
import t from 'tap';
import { NLM_PROG_NLM4_VERS, nlm4_stats, xdr_nlm4_res, xdr_nlm4_testargs } from '../../src/generated/nlm4.js';
import { PeerCaller } from '../../src/nsm/peer-call.js';
import { alock, startClient } from '../nlm/harness.js';

const GRANTED = { prog: NLM_PROG_NLM4_VERS.program, vers: 4, proc: NLM_PROG_NLM4_VERS.procedures.NLMPROC4_GRANTED.proc };
const args = { cookie: Buffer.from('k'), exclusive: true, alock: alock({ host: 'srv', svid: 3 }) };

t.test('a call reaches the program the client portmapper names, over TCP and UDP', async (t) => {
  const client = await startClient(t);
  const peer = new PeerCaller({ portmapPort: client.port });
  t.teardown(() => peer.close());
  for (const transport of ['tcp', 'udp'] as const) {
    const out = await peer.call('127.0.0.1', GRANTED, xdr_nlm4_testargs, args, xdr_nlm4_res, { transport, timeoutMs: 2000, attempts: 1, retryDelayMs: 0 });
    t.same(out.ok && out.value.stat.stat, nlm4_stats.NLM4_GRANTED, transport);
    t.equal((await client.next('granted')).args.alock.svid, 3);
  }
});

t.test('an unregistered program or a vanished host is a failure value after the given attempts', async (t) => {
  const client = await startClient(t);
  const peer = new PeerCaller({ portmapPort: client.port });
  t.teardown(() => peer.close());
  const opts = { transport: 'tcp' as const, timeoutMs: 2000, attempts: 3, retryDelayMs: 1 };
  const missing = await peer.call('127.0.0.1', { ...GRANTED, prog: 100099 }, xdr_nlm4_testargs, args, xdr_nlm4_res, opts);
  t.same(missing, { ok: false, error: '127.0.0.1 has no program 100099 v4/tcp registered' });
  const refused = await peer.call('127.0.0.1', { ...GRANTED, vers: 1 }, xdr_nlm4_testargs, args, xdr_nlm4_res, opts);
  t.same(refused, { ok: false, error: `127.0.0.1:${client.port}: call not accepted: PROG_MISMATCH` }, 'not retried');
  await client.close();
  const gone = await peer.call('127.0.0.1', GRANTED, xdr_nlm4_testargs, args, xdr_nlm4_res, opts);
  t.equal(gone.ok, false);
  t.match(!gone.ok && gone.error, /ECONNREFUSED/);
});

t.test('close() ends pending retries at once', async (t) => {
  const client = await startClient(t);
  await client.close();
  const peer = new PeerCaller({ portmapPort: client.port });
  const call = peer.call('127.0.0.1', GRANTED, xdr_nlm4_testargs, args, xdr_nlm4_res, { transport: 'tcp', timeoutMs: 2000, attempts: 5, retryDelayMs: 3_600_000 });
  setImmediate(() => peer.close());
  const out = await call;
  t.equal(out.ok, false, 'did not wait an hour between attempts');
});
