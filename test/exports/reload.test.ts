import t from 'tap';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatConfigError, parseConfigText, type ServerConfig } from '../../src/config/index.js';
import { ExportRegistry } from '../../src/exports/registry.js';
import { applyReload, diffConfig, reloadFromFile } from '../../src/exports/reload.js';

const root = mkdtempSync(join(tmpdir(), 'ovlnfs-reload-'));
t.teardown(() => rmSync(root, { recursive: true, force: true }));
for (const d of ['base', 'a/upper', 'a/work', 'b/upper', 'b/work', 'c/upper', 'c/work']) mkdirSync(join(root, d), { recursive: true });

function config(yaml: string): ServerConfig {
  const r = parseConfigText(yaml, 'r.yaml', { baseDir: root, defaultStateDir: join(root, 'state') });
  if (!r.ok) throw new Error(r.errors.map(formatConfigError).join('\n'));
  return r.value;
}

const OLD = config(`
log_level: info
exports:
  - { path: /a, lower: base, upper: a/upper, work: a/work }
  - { path: /b, lower: base, upper: b/upper, work: b/work }
  - { path: /gone, lower: base }
templates:
  - { path: '/vm/{name}', lower: base, upper: 'vm/{name}/upper', work: 'vm/{name}/work' }
  - { path: '/old/{name}', lower: base, upper: 'old/{name}/upper', work: 'old/{name}/work' }
`);

const NEW = config(`
# comments move every line: positions must not count as changes
log_level: debug
port: 3049
exports:
  - path: /a
    lower: base
    upper: a/upper
    work: a/work
  - { path: /b, lower: base, upper: b/upper, work: b/work, clients: [10.0.0.0/8] }
  - { path: /new, lower: base, upper: c/upper, work: c/work }
templates:
  - { path: '/vm/{name}', lower: base, upper: 'vm/{name}/upper', work: 'vm/{name}/work', readonly: true }
`);

t.test('diffConfig', async (t) => {
  t.same(diffConfig(OLD, OLD), { actions: [], restartRequired: [] }, 'no change, no action');
  const plan = diffConfig(OLD, NEW);
  t.same(
    plan.actions.map((a) => [a.kind, 'path' in a ? a.path : 'config' in a ? a.config.path : 'template' in a ? (typeof a.template === 'string' ? a.template : a.template.path) : a.templates.length]),
    [
      ['remove', '/gone'],
      ['remove-instances', '/old/{name}'],
      ['update', '/b'],
      ['templates', 1],
      ['update-instances', '/vm/{name}'],
      ['add', '/new'],
    ],
  );
  t.same(plan.restartRequired, ['port']);
  t.equal(plan.logLevel, 'debug');
});

t.test('applyReload changes only what changed', async (t) => {
  const stateDir = join(root, 'state-apply');
  const reg = await ExportRegistry.open({ stateDir, exports: OLD.exports, templates: OLD.templates, factory: { open: async () => ({}), close: async () => {} } });
  if (!reg.ok) throw new Error(reg.message);
  const r = reg.value;
  const local = { address: '127.0.0.1', port: 1000 };
  await r.resolveMount('/vm/alice', local);
  await r.resolveMount('/old/bob', local);
  const a = r.byPath('/a');
  const b = r.byPath('/b');
  const alice = r.byPath('/vm/alice');
  const applied = await applyReload(r, diffConfig(OLD, NEW));
  t.ok(applied.every((x) => x.outcomes.every((o) => o.outcome.ok)), 'every action succeeded');
  t.equal(r.byPath('/a'), a, '/a untouched (same object)');
  t.equal(r.byPath('/b')?.id, b?.id, '/b keeps its id');
  t.equal(r.byPath('/b')?.access.decide('10.1.2.3', 2000).allowed, true, '/b has its new client list');
  t.equal(r.byPath('/gone'), undefined);
  t.equal(r.byPath('/old/bob'), undefined, 'instances of a removed template are removed');
  t.equal(r.byPath('/vm/alice')?.id, alice?.id);
  t.equal(r.byPath('/vm/alice')?.config.readonly, true, 'instances take the changed template');
  t.ok(r.byPath('/new'));
  t.match(await r.resolveMount('/old/carol', local), { ok: false, code: 'NOENT' }, 'removed template no longer instantiates');
  t.match(await r.resolveMount('/vm/dave', local), { ok: true, value: { entry: { config: { readonly: true } } } });
});

t.test('reloadFromFile: a broken file changes nothing', async (t) => {
  const stateDir = join(root, 'state-file');
  const reg = await ExportRegistry.open({ stateDir, exports: OLD.exports, templates: OLD.templates, factory: { open: async () => ({}), close: async () => {} } });
  if (!reg.ok) throw new Error(reg.message);
  const file = join(root, 'reload.yaml');
  writeFileSync(file, 'exports:\n  - { path: /a, lower: missing }\n');
  const bad = await reloadFromFile(file, OLD, reg.value);
  t.match(bad, { ok: false, errors: [{ file, line: 2, key: 'exports[0].lower' }] });
  t.same(reg.value.list().map((e) => e.path), ['/a', '/b', '/gone']);
  writeFileSync(file, 'state_dir: state-file\nexports:\n  - { path: /a, lower: base, upper: a/upper, work: a/work }\n');
  const good = await reloadFromFile(file, OLD, reg.value);
  t.equal(good.ok, true);
  t.same(good.ok ? good.plan.restartRequired : null, ['state_dir'], 'a new state dir needs a restart');
  t.same(reg.value.list().map((e) => e.path), ['/a']);
});
