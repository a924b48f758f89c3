import t, { type Test } from 'tap';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatConfigError, parseConfigText } from '../../src/config/index.js';
import { adminSocketPath } from '../../src/exports/admin-protocol.js';
import { exportsCommand, sendAdminRequest, type CommandIo } from '../../src/exports/admin-client.js';
import { startAdminServer } from '../../src/exports/admin-server.js';
import { ExportRegistry } from '../../src/exports/registry.js';

const root = mkdtempSync(join(tmpdir(), 'ovlnfs-admin-'));
t.teardown(() => rmSync(root, { recursive: true, force: true }));
for (const d of ['base', 'a/upper', 'a/work', 'b/upper', 'b/work']) mkdirSync(join(root, d), { recursive: true });
const stateDir = join(root, 'state');

async function startAll(t: Test) {
  const parsed = parseConfigText('exports:\n  - { path: /a, lower: base, upper: a/upper, work: a/work }\n', 'a.yaml', { baseDir: root, defaultStateDir: stateDir });
  if (!parsed.ok) throw new Error(parsed.errors.map(formatConfigError).join('\n'));
  const reg = await ExportRegistry.open({ stateDir, exports: parsed.value.exports, templates: [], factory: { open: async () => ({}), close: async () => {} } });
  if (!reg.ok) throw new Error(reg.message);
  const started = await startAdminServer({ socketPath: adminSocketPath(stateDir), registry: reg.value });
  if (!started.ok) throw new Error(started.message);
  t.teardown(() => started.server.close());
  return { registry: reg.value, server: started.server };
}

function capture(): CommandIo & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { lines, errors, out: (l) => lines.push(l), err: (l) => errors.push(l), cwd: root };
}

t.test('socket is owner-only and answers list', async (t) => {
  const { server } = await startAll(t);
  t.equal(statSync(server.socketPath).mode & 0o777, 0o600, 'socket mode 0600');
  t.equal(statSync(stateDir).mode & 0o777, 0o700, 'state dir mode 0700');
  const r = await sendAdminRequest(server.socketPath, { cmd: 'list' });
  t.match(r, { ok: true, exports: [{ path: '/a', id: 1, state: 'active', upper: join(root, 'a/upper'), squash: 'root', template: null }] });
});

t.test('another user cannot connect, even when the directory is opened up', { skip: process.getuid?.() !== 0 ? 'needs root to switch to uid 65534 (CI runs as root)' : false }, async (t) => {
  const { server } = await startAll(t);
  const tryAs = (): string => {
    const probe = `require('net').connect(${JSON.stringify(server.socketPath)}).on('connect', () => { console.log('CONNECTED'); process.exit(0); }).on('error', (e) => { console.log(e.code); process.exit(0); });`;
    const r = spawnSync(process.execPath, ['-e', probe], { uid: 65534, gid: 65534, encoding: 'utf8', cwd: '/' });
    return r.stdout.trim();
  };
  t.equal(tryAs(), 'EACCES', 'state dir 0700 keeps others out');
  chmodSync(stateDir, 0o755);
  chmodSync(root, 0o755);
  t.teardown(() => chmodSync(stateDir, 0o700));
  t.equal(tryAs(), 'EACCES', 'socket 0600 keeps others out on its own');
});

t.test('exports add / list / reset / remove through the command action', async (t) => {
  const { registry } = await startAll(t);
  const io = capture();
  const base = { stateDir };
  t.equal(await exportsCommand('add', '/b', { ...base, options: 'lowerdir=base,upperdir=b/upper,workdir=b/work', clients: ['10.0.0.0/8'], readonly: true }, io), 0);
  t.same(io.lines, ['added /b (id 2)']);
  t.match(registry.byPath('/b'), { config: { lower: [join(root, 'base')], readonly: true } }, 'relative paths resolved by the client');

  io.lines.length = 0;
  t.equal(await exportsCommand('list', undefined, base, io), 0);
  t.match(io.lines[0], /^PATH\s+ID\s+STATE\s+MODE\s+CLIENTS\s+UPPER\s+TEMPLATE$/);
  t.match(io.lines[1], /^\/a\s+1\s+active\s+rw\s+127\.0\.0\.0\/8,::1\s/);
  t.match(io.lines[2], /^\/b\s+2\s+active\s+ro\s+10\.0\.0\.0\/8\s/);

  io.lines.length = 0;
  t.equal(await exportsCommand('list', undefined, { ...base, json: true }, io), 0);
  t.match(JSON.parse(io.lines.join('\n')), [{ path: '/a' }, { path: '/b', clients: ['10.0.0.0/8'] }]);

  writeFileSync(join(root, 'b/upper/file'), 'x');
  io.lines.length = 0;
  t.equal(await exportsCommand('reset', '/b', base, io), 0);
  t.same(io.lines, ['reset /b (id 3)']);
  t.notOk(existsSync(join(root, 'b/upper/file')));

  t.equal(await exportsCommand('remove', '/b', base, io), 0);
  t.equal(registry.byPath('/b'), undefined);
});

t.test('failures: server refusals exit 1, usage errors exit 2', async (t) => {
  await startAll(t);
  const io = capture();
  t.equal(await exportsCommand('remove', '/nope', { stateDir }, io), 1);
  t.equal(await exportsCommand('add', '/a', { stateDir, options: 'lowerdir=base,upperdir=b/upper,workdir=b/work' }, io), 1);
  t.equal(await exportsCommand('add', '/c', { stateDir, options: 'lowerdir=base,upperdir=a/upper,workdir=a/work' }, io), 1);
  t.equal(await exportsCommand('add', '/c', { stateDir, options: 'lowerdir=base,bogus=1' }, io), 2);
  t.equal(await exportsCommand('add', '/c', { stateDir }, io), 2);
  t.equal(await exportsCommand('reset', undefined, { stateDir }, io), 2);
  t.same(io.errors, [
    "ovlnfs exports remove: no export at '/nope'",
    "ovlnfs exports add: '/a' is already exported",
    `ovlnfs exports add: /c: upper: '${join(root, 'a/upper')}' overlaps '${join(root, 'a/upper')}' written by export '/a'`,
    "command line: -o: unsupported option 'bogus' (supported: lowerdir, upperdir, workdir, ro, rw)",
    'ovlnfs exports add: -o lowerdir=…[,upperdir=…,workdir=…] is required',
    'ovlnfs exports reset: missing export path (e.g. /vm/alice)',
  ]);
});

t.test('raw protocol: bad requests, several per connection, schema errors', async (t) => {
  const { server } = await startAll(t);
  t.match(await sendAdminRequest(server.socketPath, { cmd: 'remove' } as never), { ok: false, code: 'BADREQUEST' });
  t.match(await sendAdminRequest(server.socketPath, { cmd: 'explode' } as never), { ok: false, code: 'BADREQUEST' });
  t.match(await sendAdminRequest(server.socketPath, { cmd: 'add', export: { path: '/x', lower: 'relative' } }), {
    ok: false,
    code: 'INVAL',
    message: "admin: lower: 'relative' must be an absolute path",
  });
  t.match(await sendAdminRequest(server.socketPath, { cmd: 'add', export: { path: '/x', lower: ['/l'], squash: 'x' } }), {
    ok: false,
    message: "admin: squash: must be 'none', 'root' or 'all'",
  });
  const { connect } = await import('node:net');
  const answers = await new Promise<string[]>((resolve, reject) => {
    const s = connect(server.socketPath);
    let data = '';
    s.setEncoding('utf8');
    s.on('data', (c: string) => {
      data += c;
      if (data.split('\n').length > 3) {
        s.end();
        resolve(data.trim().split('\n'));
      }
    });
    s.on('error', reject);
    s.write('not json\n{"cmd":"li');
    s.write('st"}\n\n{"cmd":"list"}\n');
  });
  t.same(answers.map((a) => (JSON.parse(a) as { ok: boolean }).ok), [false, true, true], 'answers in order, split lines joined');
});

t.test('stale sockets are replaced; a live one or a non-socket is refused', async (t) => {
  const dir = join(root, 'sockets');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const registry = (await startAll(t)).registry;
  const live = join(dir, 'live.sock');
  const other = createServer();
  await new Promise<void>((r) => other.listen(live, r));
  t.teardown(() => new Promise<void>((r) => other.close(() => r())));
  t.match(await startAdminServer({ socketPath: live, registry }), { ok: false, message: /already serving/ });

  const stale = join(dir, 'stale.sock');
  const dead = createServer();
  await new Promise<void>((r) => dead.listen(stale, r));
  // Close without unlinking: what a crashed server leaves behind.
  (dead as unknown as { _handle: { close(): void } })._handle.close();
  const restarted = await startAdminServer({ socketPath: stale, registry });
  t.ok(restarted.ok, 'stale socket replaced');
  if (restarted.ok) await restarted.server.close();
  t.notOk(existsSync(stale), 'socket removed on close');

  const file = join(dir, 'file.sock');
  writeFileSync(file, '');
  t.match(await startAdminServer({ socketPath: file, registry }), { ok: false, message: /not a socket/ });
  t.ok(existsSync(file), 'a non-socket file is never deleted');
});

t.test('client without a server: exit 1 and a hint', async (t) => {
  const io = capture();
  t.equal(await exportsCommand('list', undefined, { socket: join(root, 'nobody.sock') }, io), 1);
  t.match(io.errors[0], /cannot reach .*nobody\.sock: is the server running\?/);
});
