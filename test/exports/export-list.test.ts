import t from 'tap';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatConfigError, parseConfigText } from '../../src/config/index.js';
import { ExportRegistry, exportList } from '../../src/exports/index.js';

t.test('EXPORT lists only what the caller may mount', async (t) => {
  const root = mkdtempSync(join(tmpdir(), 'ovlnfs-exportlist-'));
  t.teardown(() => rmSync(root, { recursive: true, force: true }));
  mkdirSync(join(root, 'base'));
  const parsed = parseConfigText(
    `exports:
  - { path: /open, lower: base, clients: ['*'] }
  - { path: /lan, lower: base, clients: [10.0.0.0/8, 10.1.0.0/16, 192.168.0.0/16] }
  - { path: /secure, lower: base, clients: [10.0.0.0/8], secure: true }
  - { path: /local, lower: base }
`,
    'e.yaml',
    { baseDir: root, defaultStateDir: join(root, 'state') },
  );
  if (!parsed.ok) throw new Error(parsed.errors.map(formatConfigError).join('\n'));
  const reg = await ExportRegistry.open({ stateDir: join(root, 'state'), exports: parsed.value.exports, templates: [], factory: { open: async () => ({}), close: async () => {} } });
  if (!reg.ok) throw new Error(reg.message);
  const entries = reg.value.list();
  t.same(exportList(entries, '10.1.2.3', 40000), [
    { path: '/lan', groups: ['10.1.0.0/16'] },
    { path: '/open', groups: ['*'] },
  ], 'unprivileged port: not the secure export; only the matching entry is shown');
  t.same(exportList(entries, '::ffff:10.1.2.3', 600).map((e) => e.path), ['/lan', '/open', '/secure']);
  t.same(exportList(entries, '127.0.0.1', 40000).map((e) => e.path), ['/local', '/open']);
  t.same(exportList(entries, '2001:db8::1', 40000).map((e) => e.path), ['/open'], "'*' admits IPv6 too");
});
