// File handles held by the Linux kernel client (open fds, a cwd) survive two kill -9 + restarts
// of `ovlnfs serve`, with a rename of an ancestor and a copy-up of an open lower file between
// them (guest/restart-handles.sh; helpers/restart-wrapper.ts restarts the server on request).
import t from 'tap';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import rimraf from '@zkochan/rimraf';
import { fileURLToPath } from 'node:url';
import { expectGuestChecks, GUEST_DIR, runVm, serveCommand } from './helpers/vm.js';

const WRAPPER = fileURLToPath(new URL('./helpers/restart-wrapper.js', import.meta.url));
const PORT = 2050;

t.test('handles held by the Linux client survive server kill -9, rename of an ancestor and copy-up', async (t) => {
  const root = mkdtempSync('/tmp/ovlnfs-handles-restart-');
  t.teardown(() => rimraf(root));
  const layers = { lowers: [join(root, 'lower')], upper: join(root, 'upper'), work: join(root, 'work') };
  const deep = join(root, 'lower', 'dir1', 'dir2', 'dir3');
  mkdirSync(deep, { recursive: true });
  writeFileSync(join(deep, 'deep.txt'), 'deep lower\n');
  writeFileSync(join(deep, 'other.txt'), 'other lower\n');
  mkdirSync(layers.upper);
  mkdirSync(layers.work);
  const share = join(root, 'share');
  mkdirSync(share);

  const run = await runVm([
    '--server-cmd', `${process.execPath} ${WRAPPER} ${share} ${serveCommand(layers, PORT, join(root, 'state'), ['--portmapper', 'off'])}`,
    '--net', 'tap', '--port', String(PORT), '--export', '/ovl', '--locks', 'off', '--opts', 'actimeo=0', '--timeout', '240',
    '--share', share, '--script', join(GUEST_DIR, 'restart-handles.sh'),
  ], join(root, 'vm'));
  t.comment(run.output.split('\n').filter((l) => /restarted \(|vmclient: wall/.test(l)).join('\n'));
  t.match(run.output, /server killed and restarted \(1\)/);
  t.match(run.output, /server killed and restarted \(2\)/);
  t.match(run.serverLog, /restart-wrapper: server restarted \(2\)/, 'the wrapper did kill and restart the server twice');
  expectGuestChecks(t, run, 'restart-handles');
  t.equal(readFileSync(join(layers.upper, 'dir1-renamed', 'dir2', 'dir3', 'deep.txt'), 'utf8'), 'deep lower\nappended\n', 'the copy-up in the upper');
  t.equal(readFileSync(join(layers.upper, 'written-across-restarts.txt'), 'utf8'), 'line 1\nline 2\nline 3\n', 'writes from before, between and after the restarts');
});
