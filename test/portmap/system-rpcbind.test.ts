// `--portmapper auto` when port 111 is taken: the server registers NFS and MOUNT with the
// system rpcbind over /run/rpcbind.sock and removes them on SIGTERM. The real Debian rpcbind
// runs in its own network namespace (so it can own port 111) and its own mount namespace
// with a tmpfs on /run (so its socket never meets the host's). Both namespaces belong to the
// rpcbind process alone and vanish when it dies, so a killed test leaves nothing behind; the
// server and rpcinfo join them with nsenter.
import t from 'tap';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const MAIN = fileURLToPath(new URL('../../src/cli/main.js', import.meta.url));
const SERVER_PORT = 2049;
const WAIT_MS = 20_000;

type Exit = { code: number | null; signal: NodeJS.Signals | null };

function exitOf(child: ChildProcess): Promise<Exit> {
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
}

/** Kills `child` at teardown unless it has already exited. */
function killAtTeardown(t: { teardown(fn: () => unknown): void }, child: ChildProcess, exited: Promise<Exit>): void {
  t.teardown(async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGKILL');
    await exited;
  });
}

async function poll(what: string, ready: () => boolean): Promise<void> {
  const deadline = Date.now() + WAIT_MS;
  while (!ready()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** rpcbind in fresh network and mount namespaces: loopback up, an empty tmpfs on /run. */
async function startRpcbind(t: { teardown(fn: () => unknown): void }): Promise<number> {
  const setup = 'ip link set lo up && mount -t tmpfs ovlnfs-test-run /run && exec rpcbind -f';
  // unshare execs (no --fork), so the child's pid is rpcbind's and owns both namespaces.
  const child = spawn('unshare', ['--net', '--mount', '--propagation', 'private', 'sh', '-c', setup], { stdio: ['ignore', 'ignore', 'pipe'] });
  const exited = exitOf(child);
  killAtTeardown(t, child, exited);
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const pid = child.pid;
  if (pid === undefined) throw new Error('rpcbind did not start');
  // /proc/PID/root shows the file system as rpcbind sees it, private /run included.
  await poll('rpcbind socket', () => {
    if (child.exitCode !== null) throw new Error(`rpcbind exited (${child.exitCode}): ${stderr}`);
    return existsSync(`/proc/${pid}/root/run/rpcbind.sock`);
  });
  return pid;
}

function inNamespaces(pid: number, command: string[]): string[] {
  return ['nsenter', '-t', String(pid), '--net', '--mount', ...command];
}

function rpcinfo(pid: number, args: string[]): { status: number | null; out: string } {
  const [command, ...rest] = inNamespaces(pid, ['rpcinfo', ...args]);
  const r = spawnSync(command!, rest, { encoding: 'utf8', timeout: WAIT_MS });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

/** "prog vers proto port" of every row `rpcinfo -p` prints. */
function listing(pid: number): Set<string> {
  const r = rpcinfo(pid, ['-p', '127.0.0.1']);
  if (r.status !== 0) throw new Error(`rpcinfo -p failed: ${r.out}`);
  return new Set(r.out.split('\n').slice(1).map((line) => line.trim().split(/\s+/).slice(0, 4).join(' ')).filter((row) => row !== ''));
}

async function startServe(t: { teardown(fn: () => unknown): void }, rpcbindPid: number) {
  // Its own state directory, so it never meets the system one or another test's admin socket.
  const stateDir = mkdtempSync(join(tmpdir(), 'ovlnfs-rpcbind-state-'));
  t.teardown(() => rmSync(stateDir, { recursive: true, force: true }));
  const serveArgs = ['serve', '--listen', `127.0.0.1:${SERVER_PORT}`, '--portmapper', 'auto', '--state-dir', stateDir];
  const [command, ...rest] = inNamespaces(rpcbindPid, [process.execPath, MAIN, ...serveArgs]);
  const child = spawn(command!, rest, { stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = exitOf(child);
  killAtTeardown(t, child, exited);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  await poll('the ready line', () => {
    if (child.exitCode !== null) throw new Error(`serve exited (${child.exitCode}) before ready: ${stderr}`);
    return stdout.includes('\n');
  });
  return { child, exited, readyLine: stdout.split('\n')[0]!, stderr: () => stderr };
}

const OURS = ['100003 3', '100005 3'].flatMap((pv) => ['tcp', 'udp'].map((proto) => `${pv} ${proto} ${SERVER_PORT}`));

t.test('with 111 taken by rpcbind, auto registers NFS and MOUNT there and unregisters on SIGTERM', async (t) => {
  const rpcbind = await startRpcbind(t);
  const before = listing(rpcbind);
  t.ok(before.has('100000 2 tcp 111'), 'rpcbind owns port 111 in the namespace');
  for (const row of OURS) t.notOk(before.has(row), `${row} not listed before the server starts`);

  const serve = await startServe(t, rpcbind);
  t.equal(serve.readyLine, `ovlnfs ready: listening on 127.0.0.1:${SERVER_PORT} (tcp, udp), registered with the system rpcbind`);
  const registered = listing(rpcbind);
  for (const row of OURS) t.ok(registered.has(row), `rpcinfo -p lists ${row}`);
  // A client that only knows the program number finds us through rpcbind.
  for (const transport of ['tcp', 'udp']) {
    const ping = rpcinfo(rpcbind, ['-T', transport, '127.0.0.1', '100003', '3']);
    t.equal(ping.status, 0, ping.out);
    t.match(ping.out, 'program 100003 version 3 ready and waiting');
  }

  serve.child.kill('SIGTERM');
  t.same(await serve.exited, { code: 0, signal: null }, 'serve stops cleanly on SIGTERM', { stderr: serve.stderr() });
  const after = listing(rpcbind);
  for (const row of OURS) t.notOk(after.has(row), `${row} gone after SIGTERM`);
  t.same([...after].sort(), [...before].sort(), 'rpcbind lists exactly what it listed before the server (NLM and NSM gone too)');
});
