// Issue 5, first run: `npm start` with no configuration serves the sample tree as /ovl, and
// the Linux mount commands it prints work in the Linux guest exactly as printed. The guest reads
// them from the server's own stdout (tee'd into the 9p share), so nothing is hard-coded here.
// Only what a machine on a network needs is added to the bare `npm start`: --listen on the
// rig's address (the default is loopback, which the guest is not on; the printed commands then
// name that address, so no substitution is needed), --clients for the guest's subnet (default
// loopback only) and a private --state-dir (default /var/lib/ovlnfs as root). No --squash: the
// zero-config export maps every caller to the server's user, so the guest's root may write into
// the upper, root's 0755 here.
import t from 'tap';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expectGuestChecks, GUEST_DIR, REPO, runVm, tempRoot, wallTime } from './helpers/vm.js';

t.test('npm start with no configuration: the printed Linux mount commands work in the guest', async (t) => {
  const root = tempRoot(t, 'zero-config');
  const share = join(root, 'share');
  mkdirSync(share);
  const state = join(root, 'state');
  const flags = ['--listen', '$VMCLIENT_SERVER_ADDR', '--clients', '10.77.0.0/24', '--state-dir', state];

  const run = await runVm([
    '--server-cmd', `cd ${REPO} && npm start -- ${flags.join(' ')} | tee ${join(share, 'server-stdout.txt')}`,
    '--port', '2049', '--wait-port', '111', '--no-mount', '--timeout', '170',
    '--share', share, '--script', join(GUEST_DIR, 'zero-config.sh'),
  ], join(root, 'vm'));
  t.comment(wallTime(run));
  const stdout = readFileSync(join(share, 'server-stdout.txt'), 'utf8');
  t.match(stdout, /^ovlnfs ready: listening on 10\.77\.0\.1:2049 \(tcp, udp\), portmapper on port 111$/m, 'npm start: 2049 and our portmapper on 111 (root, free ports)');
  t.match(stdout, /^ {2}Linux: {2}mount -t nfs -o vers=3,tcp,port=2049,mountport=2049,nolock 10\.77\.0\.1:\/ovl \/mnt$/m);
  t.match(stdout, /^ {2}Linux \(portmapper, with locking\): {2}mount -t nfs 10\.77\.0\.1:\/ovl \/mnt$/m);
  expectGuestChecks(t, run, 'zero-config', [
    'the printed Linux mount command mounts',
    'the sample tree is there (README.txt, docs/hello.txt, hello-link)',
    'hello-link resolves to docs/hello.txt',
    'write a file',
    'read it back',
    'the printed plain mount command mounts',
    'the plain mount sees the file written before',
    'the plain mount locks through the server (local_lock=none)',
  ]);
  const written = join(state, 'default', 'upper', 'written-by-guest.txt');
  t.equal(readFileSync(written, 'utf8'), 'written through the printed mount command\n', 'the write landed in the zero-config upper under the state dir');
  t.equal(statSync(written).uid, process.getuid?.(), 'owned by the user running the server');
  t.notOk(existsSync(join(REPO, 'share', 'sample-lower', 'written-by-guest.txt')), 'the shipped sample tree (the lower) is untouched');
});
