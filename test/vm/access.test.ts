// Issue 5 with the Linux kernel client: one `ovlnfs serve --config` with two exports whose
// client lists, read-only flag, squash and secure policy differ, exercised from three guest
// addresses (guest/access.sh): a listed address writes, a read-only one gets EROFS, an unlisted
// one is refused at MOUNT; squash root maps the guest's root to 65534 in the upper, squash none
// keeps 0; a secure export accepts the kernel's privileged ports and refuses noresvport; and a
// handle obtained from an allowed address is refused once the same mount reconnects from an
// unlisted one (host/drop-wrapper.sh resets the connection so the client reconnects).
import t from 'tap';
import { chmodSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectGuestChecks, GUEST_DIR, HOST_DIR, MAIN_JS, runVm, SERVER_ADDR, tempRoot, wallTime } from './helpers/vm.js';

function exportDirs(root: string, name: string): { lower: string; upper: string; work: string } {
  const d = { lower: join(root, name, 'lower'), upper: join(root, name, 'upper'), work: join(root, name, 'work') };
  for (const p of Object.values(d)) mkdirSync(p, { recursive: true });
  // World-writable root (the merged root is the upper's directory): with squash root the
  // guest's root writes as 65534.
  chmodSync(d.upper, 0o777);
  return d;
}

t.test('client lists, read-only, squash and secure with the kernel client from three addresses', async (t) => {
  const root = tempRoot(t, 'access');
  const acl = exportDirs(root, 'acl');
  const secure = exportDirs(root, 'secure');
  const share = join(root, 'share');
  mkdirSync(share);
  const config = join(root, 'ovlnfs.yaml');
  writeFileSync(config, [
    `listen: ['${SERVER_ADDR}']`,
    'port: 2049',
    'portmapper: off',
    `state_dir: ${join(root, 'state')}`,
    'exports:',
    '  - path: /acl',
    `    lower: [${acl.lower}]`,
    `    upper: ${acl.upper}`,
    `    work: ${acl.work}`,
    '    clients: [10.77.0.2, { address: 10.77.0.3, readonly: true }]',
    '    squash: root',
    '  - path: /secure',
    `    lower: [${secure.lower}]`,
    `    upper: ${secure.upper}`,
    `    work: ${secure.work}`,
    '    clients: [10.77.0.0/24]',
    '    secure: true',
    '    squash: none',
    '',
  ].join('\n'));

  const run = await runVm([
    '--server-cmd', `${join(HOST_DIR, 'drop-wrapper.sh')} ${share} ${process.execPath} ${MAIN_JS} serve --config ${config}`,
    '--guest-addrs', '10.77.0.3,10.77.0.4', '--port', '2049', '--no-mount', '--locks', 'off', '--timeout', '170',
    '--share', share, '--script', join(GUEST_DIR, 'access.sh'),
  ], join(root, 'vm'));
  t.comment(wallTime(run));
  expectGuestChecks(t, run, 'access', [
    '/acl from 10.77.0.2 (rw client): mount',
    '/acl from 10.77.0.2: write',
    '/acl squash root: guest root\'s new file is owned by 65534:65534',
    '/acl from 10.77.0.3: write fails with EROFS',
    '/acl from 10.77.0.3: remove fails with EROFS',
    '/acl from 10.77.0.4 (not listed): mount denied by the server',
    '/secure (secure) from 10.77.0.2: mount with the kernel\'s privileged ports',
    '/secure squash none: guest root\'s new file is owned by 0:0',
    '/secure with noresvport (unprivileged source port): mount refused',
    'the same mount, reconnected from 10.77.0.4: GETATTR/LOOKUP refused (EACCES)',
    'the cwd\'s handle from 10.77.0.4: READDIR refused (EACCES)',
    'the cwd\'s handle from 10.77.0.4: create refused',
    'back on 10.77.0.2: the same handles work again',
  ]);
  t.match(run.output, /server connections dropped: ok/, 'the server side reset the connection (ss -K), so the client reconnected');

  // The host's view of the same files: squash as stored, nothing from the refused clients.
  const squashed = statSync(join(acl.upper, 'by-root.txt'), { throwIfNoEntry: false });
  t.same(squashed && [squashed.uid, squashed.gid], [65534, 65534], 'squash root: the upper file belongs to 65534');
  const kept = statSync(join(secure.upper, 'by-root.txt'), { throwIfNoEntry: false });
  t.same(kept && [kept.uid, kept.gid], [0, 0], 'squash none: the upper file belongs to root');
  t.notOk(statSync(join(acl.upper, 'ro-write.txt'), { throwIfNoEntry: false }), 'nothing written by the read-only client');
  t.notOk(statSync(join(acl.upper, 'dir', 'new-from-denied.txt'), { throwIfNoEntry: false }), 'nothing written from the unlisted address');
});
