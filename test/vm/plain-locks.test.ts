// Issue 6: `ovlnfs serve --portmapper on`, and in the Linux guest the plain
// `mount -t nfs 10.77.0.1:/ovl /mnt` with no options at all (NFSv4 refused, v3 found through our
// portmapper, locking on); then a python3 lockf lock/unlock through it, and a write lock
// contended between two mounts (the second with nosharecache, so the server decides): refused
// to a non-blocking attempt, reported by F_GETLK (NLM TEST), and a blocked waiter is granted the
// lock once the holder releases it.
import t from 'tap';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expectGuestChecks, GUEST_DIR, MAIN_JS, runVm, tempRoot, wallTime } from './helpers/vm.js';

t.test('plain mount with no options, then fcntl locks through the server', async (t) => {
  const root = tempRoot(t, 'plain-locks');
  const dirs = { lower: join(root, 'lower'), upper: join(root, 'upper'), work: join(root, 'work') };
  for (const d of Object.values(dirs)) mkdirSync(d);
  const server = [
    process.execPath, MAIN_JS, 'serve', '-o', `lowerdir=${dirs.lower},upperdir=${dirs.upper},workdir=${dirs.work}`,
    '--listen', '$VMCLIENT_SERVER_ADDR', '--portmapper', 'on', '--clients', '10.77.0.0/24', '--squash', 'none',
    '--state-dir', join(root, 'state'),
  ].join(' ');

  const run = await runVm([
    '--server-cmd', server, '--port', '2049', '--wait-port', '111', '--no-mount', '--timeout', '170',
    '--script', join(GUEST_DIR, 'plain-locks.sh'),
  ], join(root, 'vm'));
  t.comment(wallTime(run));
  t.comment(run.output.split('\n').filter((l) => /granted [0-9.]+s after the release/.test(l)).join('\n'));
  expectGuestChecks(t, run, 'plain-locks', [
    'mount -t nfs 10.77.0.1:/ovl /mnt (no options)',
    'NFSv3 with locking through the server (local_lock=none, no nolock)',
    'python3 lockf lock + unlock on the plain mount',
    'a non-blocking attempt through /mnt2 is refused',
    'F_GETLK through /mnt2 reports the holder\'s write lock (NLM TEST)',
    'waiter through /mnt2 is blocked while the lock is held',
    'waiter is granted the lock after the release',
  ]);
});
