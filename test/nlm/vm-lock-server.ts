// The server the VM locking tests run (inside vmclient's network namespace): `ovlnfs serve` with
// one overlay export at /ovl, MOUNT, NFS and locking (NLM + NSM) on port 2049, our portmapper on 111, all on the
// rig's server address only (listening on 0.0.0.0 lets the rig see the port open on 127.0.0.1
// first while it polls, and it then falls back to slirp networking, without callbacks).
// Usage: node vm-lock-server.js BASE_DIR   (BASE_DIR/{lower,upper,work,state})
// With RESTART_FLAG_DIR set, it also serves as its own supervisor: when the guest creates
// RESTART_FLAG_DIR/restart-request the server process is killed with SIGKILL and started again,
// then RESTART_FLAG_DIR/restarted is created.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';

import { buildProgram } from '../../src/cli/program.js';

const HOST = process.env['VMCLIENT_SERVER_ADDR'] ?? '127.0.0.1';

// The real `ovlnfs serve`, run in this process so the supervisor's SIGKILL takes it down.
// The guest is root on its own address: no squashing, any client address.
async function serve(base: string): Promise<void> {
  for (const d of ['lower', 'upper', 'work', 'state']) mkdirSync(`${base}/${d}`, { recursive: true });
  await buildProgram().parseAsync([
    process.execPath, 'ovlnfs', 'serve',
    '-o', `lowerdir=${base}/lower,upperdir=${base}/upper,workdir=${base}/work`, '--export', '/ovl',
    '--listen', `${HOST}:2049`, '--portmapper', 'on', '--state-dir', `${base}/state`,
    '--squash', 'none', '--clients', '0.0.0.0/0',
  ]);
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
