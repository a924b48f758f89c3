// Runs a test file (or script) again inside a mount namespace of its own (`unshare --mount --propagation
// private`), so the kernel overlays it mounts are invisible to every other process.
// Why: a process that creates a mount namespace (other tests run `unshare --mount` while ours
// run) gets a private copy of every mount existing at that moment. A copy of one of our
// index=on overlays keeps its upper dir "in use" until that process exits, and remounting the
// upper (the halfway restart of every seed) then fails with EBUSY. Mounts made inside our own
// namespace cannot be copied by others, and they all disappear when the namespace does, even if
// the test is killed before its teardown.
import { spawn } from 'node:child_process';
import { constants } from 'node:os';

const INSIDE = 'OVLNFS_TEST_OWN_MOUNT_NS';

/**
 * true: carry on with the tests (this process is the one inside the namespace, or not root, where
 * the tests skip). false: the file already ran in the namespace; its TAP output went straight to
 * our stdout and its exit status is ours.
 */
export async function inOwnMountNamespace(): Promise<boolean> {
  if (process.env[INSIDE] === '1' || process.getuid?.() !== 0) return true;
  const args = ['--mount', '--propagation', 'private', process.execPath, ...process.execArgv, ...process.argv.slice(1)];
  const child = spawn('unshare', args, { stdio: 'inherit', env: { ...process.env, [INSIDE]: '1' } });
  // unshare execs the test itself, so a signal for us (tap's timeout) goes on to the test.
  const forward = (signal: NodeJS.Signals): void => { child.kill(signal); };
  process.on('SIGTERM', forward);
  process.on('SIGINT', forward);
  process.exitCode = await new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve(code ?? 128 + (signal === null ? 0 : constants.signals[signal])));
  });
  return false;
}
