// The plain mount a user types, `mount -t nfs -o nolock SERVER:/ovl /mnt`, from the Linux kernel
// client (shared/vmclient guest) against `ovlnfs serve --portmapper on`: no ports given, so
// mount.nfs first tries NFSv4 (refused by version), then NFSv3 through our portmapper on 111
// (Debian's mount.nfs then speaks MOUNT over UDP and NFS over TCP, so both transports are used).
import t from 'tap';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import rimraf from '@zkochan/rimraf';
import { expectGuestChecks, GUEST_DIR, runVm, serveCommand } from './helpers/vm.js';

t.test('mount -t nfs -o nolock SERVER:/ovl through the portmapper', async (t) => {
  const root = mkdtempSync('/tmp/ovlnfs-plain-mount-');
  t.teardown(() => rimraf(root));
  const layers = { lowers: [join(root, 'lower')], upper: join(root, 'upper'), work: join(root, 'work') };
  for (const d of [...layers.lowers, layers.upper, layers.work]) mkdirSync(d);
  writeFileSync(join(root, 'lower', 'hello.txt'), 'hello from the lower\n');

  const run = await runVm([
    '--server-cmd', serveCommand(layers, 2049, join(root, 'state'), ['--portmapper', 'on']),
    '--net', 'tap', '--port', '2049', '--wait-port', '111', '--no-mount', '--timeout', '180',
    '--script', join(GUEST_DIR, 'plain-mount.sh'),
  ], join(root, 'vm'));
  t.comment(run.output.split('\n').filter((l) => /vmclient: wall/.test(l)).join('\n'));
  t.match(run.output, /mount\.nfs: trying text-based options 'nolock,vers=4/, 'mount.nfs tried NFSv4 first');
  t.match(run.output, /mount\(2\): Protocol not supported/, 'NFSv4 refused by version: PROG_MISMATCH reaches mount(2) as EPROTONOSUPPORT');
  t.match(run.output, /prog 100003, trying vers=3, prot=6/, 'then asked the portmapper for NFSv3 over TCP');
  expectGuestChecks(t, run, 'plain-mount');
  t.equal(readFileSync(join(layers.upper, 'written.txt'), 'utf8'), 'written through a plain mount\n', 'the write landed in the upper');
});
