// Issue 6 with the Linux kernel client, two NLM client hosts in one guest (guest/two-hosts.py:
// host A = the guest's name from 10.77.0.2, host B = "vm-b" from 10.77.0.3):
//  - the two hosts see each other's locks (refused both ways, F_GETLK across hosts);
//  - host B vanishes while holding a lock (its address is removed, so it answers nothing, as a
//    powered-off VM): the server's liveness probes of B's statd go unanswered, B is declared
//    down after the lease and its locks are released, so A's blocked waiter is granted by
//    callback; host A keeps locking and writing meanwhile.
// The server is `ovlnfs serve` with a 10 s lock lease (quiet holders probed every 2 s), on both
// of the server's addresses, port 2049, our portmapper.
import t from 'tap';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectGuestChecks, GUEST_DIR, MAIN_JS, runVm, tempRoot, wallTime } from './helpers/vm.js';

t.test('two client hosts see each other\'s locks; a vanished host\'s locks are released after the lease', async (t) => {
  const root = tempRoot(t, 'vanish');
  const base = join(root, 'data');
  for (const d of ['lower', 'upper', 'work']) mkdirSync(join(base, d), { recursive: true });
  const server = [
    process.execPath, MAIN_JS, 'serve', '-o', `lowerdir=${base}/lower,upperdir=${base}/upper,workdir=${base}/work`,
    '--listen', '$VMCLIENT_SERVER_ADDR', '--listen', '10.0.2.2', '--port', '2049', '--portmapper', 'on',
    '--clients', '10.77.0.0/24', '--squash', 'none', '--state-dir', join(base, 'state'), '--lock-lease', '10',
  ].join(' ');
  const run = await runVm([
    '--server-cmd', server,
    '--guest-addrs', '10.77.0.3', '--port', '2049', '--wait-port', '111', '--no-mount', '--timeout', '170',
    '--script', join(GUEST_DIR, 'two-hosts.py'),
  ], join(root, 'vm'));
  t.comment(wallTime(run));
  t.comment(run.output.split('\n').filter((l) => /s after B vanished|slowest round/.test(l)).join('\n'));
  expectGuestChecks(t, run, 'two-hosts', [
    'host B holds a write lock on b.dat',
    'host B is refused A\'s lock on a.dat',
    'host B\'s F_GETLK (NLM TEST) reports A\'s write lock',
    'host A is refused B\'s lock on b.dat',
    'host A\'s F_GETLK (NLM TEST) reports B\'s write lock',
    'after A\'s holder exits, host B gets a.dat',
    'host A\'s waiter is blocked by B\'s lock',
    'host A\'s waiter is granted b.dat once the server gave up on host B',
    'host A kept working meanwhile',
  ]);

  // The server's side: two monitored hosts, and B (only B) declared down by the liveness probe.
  const nsm = JSON.parse(readFileSync(join(base, 'state', 'nsm', 'nsm.json'), 'utf8')) as { hosts: Array<{ name: string; address: string }> };
  t.ok(nsm.hosts.some((h) => h.name === 'vm-b' && h.address === '10.77.0.3'), 'the server monitored host vm-b at 10.77.0.3');
  t.ok(nsm.hosts.some((h) => h.name !== 'vm-b' && h.address === '10.77.0.2'), 'and the guest\'s own name at 10.77.0.2');
  const downs = run.serverLog.split('\n').filter((l) => l.includes('its locks are released'));
  t.equal(downs.length, 1, 'one host was declared down');
  t.match(downs[0] ?? '', /"host":"vm-b"/, 'host vm-b');
});
