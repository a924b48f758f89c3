// A supervisor the VM restart test gives the rig as its server command:
//   node restart-wrapper.js FLAG_DIR SERVER_COMMAND...
// It runs the server as a child and, whenever FLAG_DIR/restart-request appears (the guest
// creates it through the 9p share), kills the server with SIGKILL, starts it again with the same
// arguments and, once the new server printed its ready line, creates FLAG_DIR/restarted-N
// (N = 1, 2, ...). SIGTERM (the rig stopping the run) is passed on to the server.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [flagDir, command, ...args] = process.argv.slice(2);
if (flagDir === undefined || command === undefined) {
  process.stderr.write('usage: restart-wrapper FLAG_DIR SERVER_COMMAND [ARGS...]\n');
  process.exit(2);
}

/** Starts the server; resolves once it printed its ready line (its output is passed through). */
function start(): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(command!, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let ready = false;
    child.stdout.on('data', (d: Buffer) => {
      process.stdout.write(d);
      if (!ready && d.toString().includes('ovlnfs ready')) {
        ready = true;
        resolve(child);
      }
    });
    child.once('exit', (code, signal) => {
      if (!ready) reject(new Error(`server exited before it was ready (${code ?? signal})`));
    });
  });
}

/** Server processes whose exit is expected (killed for a restart, or stopping with the run). */
const expected = new Set<ChildProcess>();
/** A server that dies when nobody killed it is a failure the test must see: end the run. */
function watch(child: ChildProcess): ChildProcess {
  child.once('exit', (code, signal) => {
    if (expected.has(child)) return;
    process.stderr.write(`restart-wrapper: the server died by itself (${code ?? signal})\n`);
    process.exit(1);
  });
  return child;
}

let server = watch(await start());
process.on('SIGTERM', () => {
  expected.add(server);
  server.once('exit', () => process.exit(0));
  server.kill('SIGTERM');
});
const request = join(flagDir, 'restart-request');
for (let restarts = 1; ; restarts++) {
  while (!existsSync(request)) await new Promise((r) => setTimeout(r, 100));
  rmSync(request);
  const killed = server;
  expected.add(killed);
  const exited = new Promise((r) => killed.once('exit', r));
  killed.kill('SIGKILL');
  await exited;
  server = watch(await start());
  writeFileSync(join(flagDir, `restarted-${restarts}`), '');
  process.stdout.write(`restart-wrapper: server restarted (${restarts})\n`);
}
