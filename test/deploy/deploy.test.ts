import t from 'tap';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formatConfigError, parseConfigText } from '../../src/config/index.js';

const deploy = fileURLToPath(new URL('../../../deploy/', import.meta.url));

t.test('every example configuration passes the schema', async (t) => {
  const examples = readdirSync(`${deploy}examples`).filter((f) => f.endsWith('.yaml')).sort();
  t.same(examples, ['mirror.yaml', 'single.yaml', 'vm-template.yaml']);
  for (const name of examples) {
    const file = `${deploy}examples/${name}`;
    const r = parseConfigText(readFileSync(file, 'utf8'), file, { baseDir: '/etc/ovlnfs', defaultStateDir: '/var/lib/ovlnfs' });
    t.same(r.ok ? [] : r.errors.map(formatConfigError), [], `${name} is valid`);
  }
  const vm = parseConfigText(readFileSync(`${deploy}examples/vm-template.yaml`, 'utf8'), 'vm', { baseDir: '/', defaultStateDir: '/s' });
  t.match(vm, { ok: true, value: { templates: [{ path: '/vm/{name}', upper: '/srv/ovlnfs/uppers/{name}/upper' }] } });
  const mirror = parseConfigText(readFileSync(`${deploy}examples/mirror.yaml`, 'utf8'), 'm', { baseDir: '/', defaultStateDir: '/s' });
  t.match(mirror, { ok: true, value: { exports: [{ upper: null, readonly: true, squash: 'all', locks: false }] } });
});

t.test('the systemd unit passes systemd-analyze verify without a warning', async (t) => {
  const unit = `${deploy}ovlnfs.service`;
  const r = spawnSync('systemd-analyze', ['verify', unit], { encoding: 'utf8' });
  t.equal(r.error, undefined, 'systemd-analyze is installed (Debian package: systemd)');
  t.equal(r.status, 0);
  t.equal(`${r.stdout}${r.stderr}`.trim(), '', 'no warnings (unknown keys only warn)');
  const text = readFileSync(unit, 'utf8');
  t.match(text, /^ExecReload=\/bin\/kill -HUP \$MAINPID$/m);
  t.match(text, /^Restart=on-failure$/m);
  t.match(text, /^CapabilityBoundingSet=.*CAP_NET_BIND_SERVICE.*CAP_SYS_ADMIN.*CAP_CHOWN.*CAP_MKNOD/m);
  t.match(text, /^NoNewPrivileges=yes$/m);
});
