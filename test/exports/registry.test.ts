import t, { type Test } from 'tap';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatConfigError, parseConfigText, type ServerConfig } from '../../src/config/index.js';
import { ExportRegistry, type ExportEntry, type RuntimeFactory } from '../../src/exports/registry.js';

interface FakeRuntime {
  id: number;
  closed: boolean;
}

function setup(t: Test, yaml: string) {
  const root = mkdtempSync(join(tmpdir(), 'ovlnfs-registry-'));
  t.teardown(() => rmSync(root, { recursive: true, force: true }));
  for (const d of ['base', 'base/etc', 'a/upper', 'a/work', 'b/upper', 'b/work', 'mirror']) mkdirSync(join(root, d), { recursive: true });
  chmodSync(join(root, 'base'), 0o751);
  writeFileSync(join(root, 'base/etc/hostname'), 'base\n');
  const parsed = parseConfigText(yaml, 'r.yaml', { baseDir: root, defaultStateDir: join(root, 'state') });
  if (!parsed.ok) throw new Error(parsed.errors.map(formatConfigError).join('\n'));
  const opened: FakeRuntime[] = [];
  const factory: RuntimeFactory<FakeRuntime> = {
    async open(entry: ExportEntry) {
      const rt = { id: entry.id, closed: false };
      opened.push(rt);
      return rt;
    },
    async close(rt: FakeRuntime) {
      rt.closed = true;
    },
  };
  const open = async (config: ServerConfig = parsed.value) => {
    const r = await ExportRegistry.open({ stateDir: config.stateDir, exports: config.exports, templates: config.templates, factory });
    if (!r.ok) throw new Error(r.message);
    return r.value;
  };
  return { root, config: parsed.value, opened, open, factory };
}

const CONFIG = `
exports:
  - { path: /a, lower: base, upper: a/upper, work: a/work, clients: [10.0.0.0/8] }
  - { path: /mirror, lower: mirror, fsid: 9 }
templates:
  - path: /vm/{name}
    lower: base
    upper: uppers/{name}/upper
    work: uppers/{name}/work
    clients: [127.0.0.0/8, 10.77.0.0/24]
`;
const local = { address: '127.0.0.1', port: 800 };

t.test('static exports: ids, fsids, handle state dirs, lookups', async (t) => {
  const { root, open } = setup(t, CONFIG);
  const reg = await open();
  const a = reg.byPath('/a');
  const m = reg.byPath('/mirror');
  t.match(a, { id: 1, fsid: 0x80000001, state: 'active', template: null, handleStateDir: join(root, 'a/work/ovlnfs') });
  t.match(m, { id: 2, fsid: 9, handleStateDir: join(root, 'state/exports/2') });
  t.equal(reg.byId(1), a);
  t.equal(reg.byId(3), undefined);
  t.same(reg.list().map((e) => e.path), ['/a', '/mirror']);
  t.equal(statSync(join(root, 'state')).mode & 0o777, 0o700, 'state dir is owner-only');
});

t.test('ids survive a restart; unknown exports get fresh ids', async (t) => {
  const { root, config, open } = setup(t, CONFIG);
  await open();
  const reordered = { ...config, exports: [...config.exports].reverse() };
  const again = await open(reordered);
  t.equal(again.byPath('/a')?.id, 1, 'same id after restart, whatever the order');
  t.equal(again.byPath('/mirror')?.id, 2);
  const moved = parseConfigText('exports:\n  - { path: /a, lower: base, upper: b/upper, work: b/work }\n', 'r.yaml', { baseDir: root, defaultStateDir: join(root, 'state') });
  if (!moved.ok) throw new Error('bad');
  const third = await open(moved.value);
  t.equal(third.byPath('/a')?.id, 3, 'same path, other upper: a different export, a new id');
});

t.test('resolveMount: exact, subdirectory, longest prefix, missing', async (t) => {
  const { open } = setup(t, CONFIG.replace('templates:', '  - { path: /a/deeper, lower: mirror }\ntemplates:'));
  const reg = await open();
  t.match(await reg.resolveMount('/a', local), { ok: true, value: { entry: { path: '/a' }, subpath: '' } });
  t.match(await reg.resolveMount('/a/', local), { ok: true, value: { entry: { path: '/a' }, subpath: '' } });
  t.match(await reg.resolveMount('/a/x/y', local), { ok: true, value: { entry: { path: '/a' }, subpath: 'x/y' } });
  t.match(await reg.resolveMount('/a/deeper/z', local), { ok: true, value: { entry: { path: '/a/deeper' }, subpath: 'z' } }, 'longest export path wins');
  t.match(await reg.resolveMount('/a/deeperx', local), { ok: true, value: { entry: { path: '/a' }, subpath: 'deeperx' } }, 'prefixes match whole components');
  t.match(await reg.resolveMount('/nope', local), { ok: false, code: 'NOENT' });
  t.match(await reg.resolveMount('relative', local), { ok: false, code: 'NOENT' });
  t.match(await reg.resolveMount('/a/../mirror', local), { ok: false, code: 'NOENT' });
});

t.test('template instances: created on first MNT with safe modes, restored after restart', async (t) => {
  const { root, open } = setup(t, CONFIG);
  const reg = await open();
  const r = await reg.resolveMount('/vm/alice', local);
  if (!r.ok) throw new Error(r.message);
  const alice = r.value.entry;
  t.match(alice, { path: '/vm/alice', template: '/vm/{name}', id: 3, config: { upper: join(root, 'uppers/alice/upper'), lower: [join(root, 'base')] } });
  t.equal(statSync(join(root, 'uppers/alice/upper')).mode & 0o7777, 0o751, 'upper takes the mode of the lower root');
  t.equal(statSync(join(root, 'uppers/alice/work')).mode & 0o7777, 0o700);
  t.equal(statSync(join(root, 'uppers/alice')).mode & 0o7777, 0o700);
  t.same(alice.access.decide('10.77.0.5', 40000), { allowed: true, readonly: false, secureOk: true }, 'instance inherits the client list');

  const [x, y] = await Promise.all([reg.resolveMount('/vm/bob/etc', local), reg.resolveMount('/vm/bob', local)]);
  t.ok(x.ok && y.ok && x.value.entry === y.value.entry, 'concurrent first MNTs create one instance');
  t.match(x, { value: { subpath: 'etc' } });

  t.match(await reg.resolveMount('/vm/carol', { address: '192.0.2.1', port: 800 }), { ok: false, code: 'ACCES' }, 'a denied client creates nothing');
  t.notOk(existsSync(join(root, 'uppers/carol')));
  t.match(await reg.resolveMount('/vm/.hidden', local), { ok: false, code: 'NOENT' }, 'dot names are not instance names');

  const again = await open();
  t.equal(again.byId(alice.id)?.path, '/vm/alice', 'instance known after restart before any MNT (its handles resolve)');
  t.same(again.list().map((e) => e.path), ['/a', '/mirror', '/vm/alice', '/vm/bob']);
});

t.test('an explicit export wins over a template for its path', async (t) => {
  const { root, open } = setup(t, CONFIG);
  const reg = await open();
  mkdirSync(join(root, 'x/upper'), { recursive: true });
  mkdirSync(join(root, 'x/work'), { recursive: true });
  const config = { ...(reg.byPath('/a') as ExportEntry).config, path: '/vm/fixed', upper: join(root, 'x/upper'), work: join(root, 'x/work'), fsid: null };
  t.match(await reg.add(config), { ok: true });
  t.match(await reg.resolveMount('/vm/fixed', local), { ok: true, value: { entry: { template: null } } });
});

t.test('add and remove at runtime', async (t) => {
  const { root, open, opened } = setup(t, CONFIG);
  const reg = await open();
  const a = reg.byPath('/a') as ExportEntry;
  const rtA = await reg.runtime(a);
  t.equal(await reg.runtime(a), rtA, 'runtime opened once');

  const b = { ...a.config, path: '/b', upper: join(root, 'b/upper'), work: join(root, 'b/work'), fsid: null };
  const added = await reg.add(b);
  t.match(added, { ok: true, value: { id: 3, path: '/b' } });
  t.match(await reg.add(b), { ok: false, code: 'EXIST' });
  t.match(await reg.add({ ...b, path: '/c' }), { ok: false, code: 'INVAL', message: /overlaps/ }, 'same upper twice');
  t.match(await reg.add({ ...b, path: '/d', fsid: 9 }), { ok: false, code: 'EXIST', message: /fsid 9/ });
  t.match(await reg.add({ ...b, path: '/e', upper: join(root, 'nope'), work: join(root, 'b/work') }), { ok: false, code: 'INVAL', message: /does not exist/ });

  const rtB = await reg.runtime(added.ok ? added.value : a);
  t.match(await reg.remove('/b'), { ok: true });
  t.notOk(rtA.closed, 'adding and removing another export leaves this one serving');
  t.ok(rtB.closed);
  t.match(await reg.add(b), { ok: true, value: { id: 3 } }, 'added back');

  const removed = await reg.remove('/a');
  t.match(removed, { ok: true });
  t.equal(reg.byId(a.id), undefined, 'handles of a removed export no longer resolve (STALE)');
  t.ok(rtA.closed, 'its runtime is closed');
  await t.rejects(reg.runtime(a), /removed/);
  t.ok(existsSync(join(root, 'a/upper')), 'data is left alone');
  t.match(await reg.remove('/a'), { ok: false, code: 'NOENT' });
  t.equal(opened.filter((r) => !r.closed).length, 0);

  t.match(await reg.add(a.config), { ok: true, value: { id: a.id } }, 'the same export added back gets its id back');
  t.equal((await reg.add({ ...b, path: '/b2', upper: join(root, 'a/upper') })).ok, false, 'and it is in the overlap set again');
});

t.test('update: options in place, layers replace', async (t) => {
  const { root, open } = setup(t, CONFIG);
  const reg = await open();
  const a = reg.byPath('/a') as ExportEntry;
  const rt = await reg.runtime(a);
  const ro = await reg.update({ ...a.config, readonly: true });
  t.match(ro, { ok: true, value: { id: a.id } });
  t.equal(reg.byId(a.id)?.access.decide('10.1.1.1', 40000).readonly, true);
  t.notOk(rt.closed, 'runtime kept for an option change');
  t.equal(await reg.runtime(reg.byId(a.id) as ExportEntry), rt);
  const moved = await reg.update({ ...a.config, upper: join(root, 'b/upper'), work: join(root, 'b/work') });
  t.match(moved, { ok: true, value: { id: 3 } });
  t.ok(rt.closed);
  t.equal(reg.byId(a.id), undefined);
  t.match(await reg.update({ ...a.config, path: '/zzz' }), { ok: false, code: 'NOENT' });
});

t.test('reset empties one export while another keeps its data', async (t) => {
  const { root, open } = setup(t, CONFIG);
  const reg = await open();
  const alice = await reg.resolveMount('/vm/alice', local);
  const bob = await reg.resolveMount('/vm/bob', local);
  if (!alice.ok || !bob.ok) throw new Error('instantiation failed');
  const upper = (n: string) => join(root, 'uppers', n, 'upper');
  for (const n of ['alice', 'bob']) {
    mkdirSync(join(upper(n), 'etc/deep'), { recursive: true });
    writeFileSync(join(upper(n), 'etc/hostname'), `${n}\n`);
    mkdirSync(join(root, 'uppers', n, 'work/work'), { recursive: true });
  }
  // A symlink out of the upper must be removed, not followed.
  symlinkSync(join(root, 'base'), join(upper('alice'), 'escape'));
  const rt = await reg.runtime(alice.value.entry);

  const r = await reg.reset('/vm/alice');
  t.match(r, { ok: true, value: { path: '/vm/alice', state: 'active' } });
  if (!r.ok) return;
  t.not(r.value.id, alice.value.entry.id, 'new id after reset');
  t.equal(reg.byId(alice.value.entry.id), undefined, 'old handles become STALE');
  t.ok(rt.closed);
  t.same(readdirSync(upper('alice')), [], 'upper emptied');
  t.same(readdirSync(join(root, 'uppers/alice/work')), [], 'work emptied');
  t.equal(statSync(upper('alice')).mode & 0o7777, 0o751, 'the upper directory itself stays');
  t.equal(readFileSync(join(root, 'base/etc/hostname'), 'utf8'), 'base\n', 'lower untouched');
  t.equal(readFileSync(join(upper('bob'), 'etc/hostname'), 'utf8'), 'bob\n', 'other export untouched');
  t.equal(reg.byId(bob.value.entry.id)?.state, 'active');

  t.match(await reg.reset('/mirror'), { ok: false, code: 'INVAL' });
  t.match(await reg.reset('/nope'), { ok: false, code: 'NOENT' });
  const again = await open();
  t.equal(again.byPath('/vm/alice')?.id, r.value.id, 'the new id persists');
});

t.test('reset in progress: entry marked, second reset and remove refused', async (t) => {
  const { root, open, factory } = setup(t, CONFIG);
  let release: () => void = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  const slowClose: RuntimeFactory<{ id: number; closed: boolean }> = { ...factory, close: async () => gate };
  const first = await open();
  const reg = await ExportRegistry.open({ stateDir: join(root, 'state'), exports: [(first.byPath('/a') as ExportEntry).config], templates: [], factory: slowClose });
  if (!reg.ok) throw new Error(reg.message);
  const a = reg.value.byPath('/a') as ExportEntry;
  await reg.value.runtime(a);
  const pending = reg.value.reset('/a');
  await new Promise((r) => setImmediate(r));
  t.equal(reg.value.byId(a.id)?.state, 'resetting', 'NFS calls can answer JUKEBOX meanwhile');
  await t.rejects(reg.value.runtime(a), /being reset/);
  t.match(await reg.value.reset('/a'), { ok: false, code: 'BUSY' });
  t.match(await reg.value.remove('/a'), { ok: false, code: 'BUSY' });
  release();
  t.match(await pending, { ok: true });
});

t.test('a corrupt state file is an error value, not a crash', async (t) => {
  const { root, config } = setup(t, CONFIG);
  mkdirSync(join(root, 'state'), { recursive: true });
  writeFileSync(join(root, 'state/exports.json'), '{ not json');
  const r = await ExportRegistry.open({ stateDir: join(root, 'state'), exports: config.exports, templates: [], factory: { open: async () => ({}), close: async () => {} } });
  t.match(r, { ok: false, code: 'IO', message: /state directory .*state: .*JSON/ });
});
