// A real Linux NFS client (shared/vmclient guest, default mount options with locking on):
// fcntl/lockf and flock locks between two lock owners decided by our NLM, byte ranges, and
// blocked waiters woken by our NLM_GRANTED callback (vmclient's examples/lock-test.py).
import t from 'tap';
import path from 'node:path';
import { runVm, SERVER_JS, VMCLIENT, vmDirs } from './vm-run.js';

t.test('lockf/flock conflicts, ranges and GRANTED callbacks with a Linux client', async (t) => {
  const { base } = await vmDirs(t);
  const { code, output } = await runVm([
    '--server-cmd', `${process.execPath} ${SERVER_JS} ${base}`,
    '--net', 'tap', '--port', '2049', '--wait-port', '111', '--export', '/ovl', '--locks', 'on', '--timeout', '240',
    '--script', path.join(VMCLIENT, 'examples', 'lock-test.py'),
  ]);
  // (--locks on rather than auto: the rig's 3 s portmapper probe can time out on a loaded machine.)
  t.match(output, /ok {3}the guest's lockd is registered with rpcbind/, 'mounted without nolock: the kernel lockd is in use');
  t.match(output, /lockf: granted by callback/);
  t.match(output, /flock: granted by callback/);
  t.match(output, /lock-test: all OK/);
  t.equal(code, 0, output.split('\n').filter((l) => /FAIL|error|locking:/i.test(l)).join('\n'));
});
