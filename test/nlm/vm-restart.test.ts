// A lock held by a Linux client survives a server kill -9 and restart: our NSM tells the
// client (SM_NOTIFY), its lockd reclaims in the grace period, another owner is refused.
// Then the client "reboots" (its sm-notify -f): the server releases everything it held.
import t from 'tap';
import path from 'node:path';
import { GUEST_DIR, runVm, SERVER_JS, vmDirs } from './vm-run.js';

t.test('server restart: locks reclaimed; client reboot: locks released', async (t) => {
  const { base, share } = await vmDirs(t);
  const { code, output } = await runVm([
    '--server-cmd', `RESTART_FLAG_DIR=${share} ${process.execPath} ${SERVER_JS} ${base}`,
    '--net', 'tap', '--port', '2049', '--wait-port', '111', '--export', '/ovl', '--locks', 'on', '--timeout', '240',
    '--share', share,
    '--script', path.join(GUEST_DIR, 'restart-lock.py'),
  ]);
  t.match(output, /ok {3}F_GETLK reports the holder's write lock/);
  t.match(output, /server restarted after/);
  t.match(output, /ok {3}another owner is refused after the restart/);
  t.match(output, /ok {3}after the holder exits the other owner gets it/);
  t.match(output, /ok {3}after the client's SM_NOTIFY \(reboot\) the server released its locks/);
  t.equal(code, 0, output.split('\n').filter((l) => /FAIL|error|locking:/i.test(l)).join('\n'));
});
