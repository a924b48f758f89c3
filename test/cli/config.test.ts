// Issue 5's CLI surface: --config files (errors with FILE:LINE and exit 2, startup checks
// before listening, SIGHUP reload), usage errors, --help, and the zero-config first run
// (`ovlnfs` with no command serves the sample tree and prints the mount commands).
import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import t from 'tap';
import { nfsstat3 } from '../../src/generated/nfs3.js';
import { NfsClient, ROOT } from '../nfs/helpers/nfs-client.js';
import { MAIN, startServe } from './serve-process.js';

function tempDir(t: { teardown(fn: () => void): void }): string {
  const d = mkdtempSync(join(tmpdir(), 'ovlnfs-cli-config-'));
  t.teardown(() => rmSync(d, { recursive: true, force: true }));
  return d;
}

function ovlnfs(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  return promisify(execFile)(process.execPath, [MAIN, ...args]).then(
    (r) => ({ code: 0, out: r.stdout, err: r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout, err: e.stderr }),
  );
}

function layers(base: string, name: string): { lower: string; upper: string; work: string } {
  const l = { lower: join(base, name, 'lower'), upper: join(base, name, 'upper'), work: join(base, name, 'work') };
  for (const d of Object.values(l)) mkdirSync(d, { recursive: true });
  return l;
}

t.test('a configuration error names FILE:LINE and the key, exit code 2', async (t) => {
  const d = tempDir(t);
  const file = join(d, 'bad.yaml');
  writeFileSync(file, ['port: 0', 'exports:', '  - path: /ovl', '    lower: /srv', '    readonyl: true', '    squash: maybe', ''].join('\n'));
  const r = await ovlnfs('serve', '--config', file);
  t.equal(r.code, 2);
  t.same(r.err.trim().split('\n'), [
    `ovlnfs serve: ${file}:5: exports[0].readonyl: unknown key`,
    `ovlnfs serve: ${file}:6: exports[0].squash: must be 'none', 'root' or 'all'`,
  ]);
  t.equal(r.out, '', 'never ready');
});

t.test('startup checks fail before listening: a missing lower, an upper inside another export\'s tree', async (t) => {
  const d = tempDir(t);
  const one = layers(d, 'one');
  const file = join(d, 'checks.yaml');
  writeFileSync(file, [
    `state_dir: ${join(d, 'state')}`,
    'port: 0',
    'portmapper: off',
    'exports:',
    '  - path: /missing',
    `    lower: ${join(d, 'nope')}`,
    '  - path: /one',
    `    lower: ${one.lower}`,
    `    upper: ${one.upper}`,
    `    work: ${one.work}`,
    '  - path: /nested',
    `    lower: ${one.lower}`,
    `    upper: ${join(one.upper, 'x')}`,
    `    work: ${one.work}`,
    '',
  ].join('\n'));
  mkdirSync(join(one.upper, 'x'));
  const r = await ovlnfs('serve', '--config', file);
  t.equal(r.code, 2);
  const lines = r.err.trim().split('\n');
  t.equal(lines[0], `ovlnfs serve: ${file}:6: exports[0].lower: '${join(d, 'nope')}' does not exist`);
  t.match(lines[1], new RegExp(`^ovlnfs serve: ${file}:13: exports\\[2\\]\\.upper: .* overlaps .* written by export '/one'$`));
  t.equal(lines.length, 2);
  t.equal(r.out, '');
  t.notOk(existsSync(join(d, 'state', 'admin.sock')), 'nothing was started');
});

t.test('usage errors: one line, exit code 2; --help exits 0', async (t) => {
  // Independent processes: started together to keep the file fast on a loaded machine.
  const [both, squash, unknown, noLower, badAction, help, serveHelp, exportsHelp] = await Promise.all([
    ovlnfs('serve', '--config', '/x.yaml', '-o', 'lowerdir=/l'),
    ovlnfs('serve', '--squash', 'some'),
    ovlnfs('serve', '--frobnicate'),
    ovlnfs('serve', '-o', 'upperdir=/u,workdir=/w'),
    ovlnfs('exports', 'frob'),
    ovlnfs('--help'),
    ovlnfs('serve', '--help'),
    ovlnfs('exports', '--help'),
  ]);
  t.equal(both.code, 2);
  t.equal(both.err.trim(), 'ovlnfs serve: --config cannot be combined with --options: put those settings in the file');
  t.equal(squash.code, 2);
  t.equal(squash.err.trim().split('\n').length, 1);
  t.match(squash.err, /Allowed choices are none, root, all/);
  t.equal(unknown.code, 2);
  t.match(unknown.err, /unknown option '--frobnicate'/);
  t.equal(noLower.code, 2);
  t.equal(noLower.err.trim(), 'ovlnfs serve: command line: -o lowerdir: is required (lowerdir=DIR[:DIR...])');
  t.equal(badAction.code, 2);
  t.equal(help.code, 0);
  t.match(help.out, /serve \[options\]/);
  t.match(help.out, /exports \[options\] <action> \[path\]/);
  t.equal(serveHelp.code, 0);
  for (const flag of ['--config', '--options', '--listen', '--portmapper', '--state-dir', '--clients', '--squash', '--secure', '--locks']) t.match(serveHelp.out, flag);
  t.equal(exportsHelp.code, 0);
  t.match(exportsHelp.out, /choices: "list", "add", "remove",\s+"reset"/);
});

t.test('zero-config: `ovlnfs` alone serves the sample tree and prints the mount commands', async (t) => {
  const state = tempDir(t);
  const child = spawn(process.execPath, [MAIN, '--listen', '127.0.0.1:0', '--portmapper', 'off', '--state-dir', state], { stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  t.teardown(() => child.kill('SIGKILL'));
  let out = '';
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('macOS')) resolve();
    });
    void exited.then((code) => reject(new Error(`exited ${code}`)));
  });
  const lines = out.trim().split('\n');
  const port = Number(/^ovlnfs ready: listening on 127\.0\.0\.1:(\d+) \(tcp, udp\), no portmapper$/.exec(lines[0] ?? '')?.[1]);
  t.ok(port > 0, String(lines[0]));
  t.same(lines.slice(1), [
    'mount /ovl with:',
    `  Linux:  mount -t nfs -o vers=3,tcp,port=${port},mountport=${port},nolock 127.0.0.1:/ovl /mnt`,
    `  macOS:  mount_nfs -o vers=3,tcp,port=${port},mountport=${port},nolocks localhost:/ovl ~/ovl`,
  ]);
  t.ok(existsSync(join(state, 'default', 'upper')), 'the upper lives in the state directory');
  const c = await NfsClient.connect(port, ROOT);
  t.teardown(() => c.close());
  const readme = await c.walk(await c.rootHandle('/ovl'), 'README.txt');
  const r = await c.nfs('NFSPROC3_READ', { file: readme, offset: 0n, count: 100 });
  t.match(r.status === nfsstat3.NFS3_OK && r.resok.data.toString(), /sample lower layer/);
  child.kill('SIGTERM');
  t.equal(await exited, 0);
});

t.test('SIGHUP re-reads --config: a new export appears, a removed one goes stale', async (t) => {
  const d = tempDir(t);
  const one = layers(d, 'one');
  const two = layers(d, 'two');
  const file = join(d, 'ovlnfs.yaml');
  const head = ['listen: 127.0.0.1', 'port: 0', 'portmapper: off', `state_dir: ${join(d, 'state')}`, 'exports:'];
  const entry = (path: string, l: typeof one): string[] => [`  - path: ${path}`, `    lower: ${l.lower}`, `    upper: ${l.upper}`, `    work: ${l.work}`];
  writeFileSync(file, [...head, ...entry('/one', one), ''].join('\n'));
  const serve = await startServe(['--config', file]);
  t.teardown(() => serve.child.kill('SIGKILL'));
  const c = await NfsClient.connect(serve.port, ROOT);
  t.teardown(() => c.close());
  const oneRoot = await c.rootHandle('/one');
  writeFileSync(file, [...head, ...entry('/two', two), ''].join('\n'));
  serve.child.kill('SIGHUP');
  // The reload is asynchronous: poll MNT until the new export answers (bounded by the test timeout).
  let mnt = await c.mount('MOUNTPROC3_MNT', '/two');
  while (mnt.fhs_status !== 0) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    mnt = await c.mount('MOUNTPROC3_MNT', '/two');
  }
  t.pass('the added export mounts');
  t.equal((await c.nfs('NFSPROC3_GETATTR', { object: oneRoot })).status, nfsstat3.NFS3ERR_STALE, 'the removed export is stale');
  serve.child.kill('SIGTERM');
  t.equal((await serve.exited).code, 0);
});
