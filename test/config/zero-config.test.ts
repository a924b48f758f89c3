import t from 'tap';
import { mkdirSync, mkdtempSync, rmSync, statSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkConfigOnDisk, zeroConfig } from '../../src/config/index.js';

t.test('zero-config: sample as lower, private upper/work under the state dir', async (t) => {
  const root = mkdtempSync(join(tmpdir(), 'ovlnfs-zero-'));
  t.teardown(() => rmSync(root, { recursive: true, force: true }));
  const sample = join(root, 'odd:name,sample');
  mkdirSync(sample);
  chmodSync(sample, 0o755);
  const stateDir = join(root, 'state');
  const r = await zeroConfig({ sampleDir: sample, stateDir });
  t.match(r, {
    ok: true,
    value: {
      stateDir,
      listen: ['127.0.0.1', '::1'],
      exports: [{ path: '/ovl', lower: [sample], upper: join(stateDir, 'default/upper'), work: join(stateDir, 'default/work'), readonly: false, squash: 'all', anonuid: process.getuid?.(), anongid: process.getgid?.() }],
    },
  });
  t.equal(statSync(join(stateDir, 'default/upper')).mode & 0o7777, 0o755, 'upper looks like the sample root');
  t.equal(statSync(join(stateDir, 'default/work')).mode & 0o7777, 0o700);
  if (r.ok) t.same(await checkConfigOnDisk(r.value), [], 'passes the startup checks');
  t.match(await zeroConfig({ sampleDir: sample, stateDir }), { ok: true }, 'second run reuses the directories');
  t.match(await zeroConfig({ sampleDir: sample, stateDir, extra: { squash: 'root' } }), { ok: true, value: { exports: [{ squash: 'root', anonuid: 65534, anongid: 65534 }] } }, 'an explicit squash is taken as it is, with the usual anonymous ids');
  t.match(await zeroConfig({ sampleDir: sample, stateDir, extra: { anonuid: 7 } }), { ok: true, value: { exports: [{ squash: 'all', anonuid: 7, anongid: process.getgid?.() }] } }, 'anonuid alone: everyone becomes that uid');
  t.match(await zeroConfig({ sampleDir: join(root, 'missing'), stateDir }), { ok: false, errors: [{ file: 'default configuration', message: /ENOENT/ }] });
});

t.test('defaultStateDir', async (t) => {
  const { defaultStateDir } = await import('../../src/config/index.js');
  t.equal(defaultStateDir({ HOME: '/home/u' }, 0), '/var/lib/ovlnfs', 'root');
  t.equal(defaultStateDir({ HOME: '/home/u' }, 1000), '/home/u/.local/state/ovlnfs');
  t.equal(defaultStateDir({ HOME: '/home/u', XDG_STATE_HOME: '/x/state' }, 1000), '/x/state/ovlnfs');
  t.equal(defaultStateDir({ HOME: '/home/u', XDG_STATE_HOME: 'relative' }, 1000), '/home/u/.local/state/ovlnfs', 'XDG says: ignore relative paths');
});
