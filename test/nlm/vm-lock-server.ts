// The server the VM locking tests run (inside vmclient's network namespace): one overlay export
// at /ovl, MOUNT, NFS and locking (NLM + NSM) on port 2049, our portmapper on 111, all on the
// rig's server address only (listening on 0.0.0.0 lets the rig see the port open on 127.0.0.1
// first while it polls, and it then falls back to slirp networking, without callbacks).
// Usage: node vm-lock-server.js BASE_DIR   (BASE_DIR/{lower,upper,work,state})
// With RESTART_FLAG_DIR set, it also serves as its own supervisor: when the guest creates
// RESTART_FLAG_DIR/restart-request the server process is killed with SIGKILL and started again,
// then RESTART_FLAG_DIR/restarted is created.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import pino from 'pino';

const HOST = process.env['VMCLIENT_SERVER_ADDR'] ?? '127.0.0.1';
import { mountProgram } from '../../src/mount/index.js';
import { nfsProgram, openNfsExport } from '../../src/nfs/index.js';
import { createLocking } from '../../src/nlm/index.js';
import { startServer } from '../../src/server/start-server.js';

async function serve(base: string): Promise<void> {
  for (const d of ['lower', 'upper', 'work', 'state']) mkdirSync(`${base}/${d}`, { recursive: true });
  const log = pino({ level: 'info' });
  const exp = await openNfsExport({ lowers: [`${base}/lower`], upper: `${base}/upper`, work: `${base}/work`, exportId: 1, fsid: 1n, log });
  const locking = await createLocking({
    stateDir: `${base}/state`,
    files: {
      resolve: (fh) => {
        const d = exp.handles.decode(fh);
        return 'error' in d ? undefined : d.id;
      },
    },
    log,
  });
  const programs = [nfsProgram(exp), mountProgram([{ path: '/ovl', nfs: exp, allowed: ['*'] }]), ...locking.programs];
  const server = await startServer({ host: HOST, port: 2049, portmapper: 'on', logger: log }, programs);
  if ('error' in server) throw new Error(server.error);
  log.info('vm lock server up');
  log.info(await locking.start(), 'SM_NOTIFY after start');
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect({ host: HOST, port }, () => {
      s.destroy();
      resolve(true);
    });
    s.on('error', () => resolve(false));
  });
}

async function supervise(base: string, flags: string): Promise<void> {
  const start = (): ChildProcess => spawn(process.execPath, [process.argv[1]!, base], { stdio: 'inherit', env: { ...process.env, RESTART_FLAG_DIR: '' } });
  let child = start();
  for (;;) {
    await new Promise((r) => setTimeout(r, 200));
    if (!existsSync(`${flags}/restart-request`)) continue;
    rmSync(`${flags}/restart-request`);
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGKILL');
    await exited;
    child = start();
    for (let i = 0; i < 100 && !(await portOpen(2049)); i++) await new Promise((r) => setTimeout(r, 100));
    writeFileSync(`${flags}/restarted`, '');
  }
}

const base = process.argv[2];
if (base === undefined) throw new Error('usage: vm-lock-server BASE_DIR');
const flags = process.env['RESTART_FLAG_DIR'];
await (flags ? supervise(base, flags) : serve(base));
