// Runs shared/vmclient (a QEMU guest with Debian's kernel NFS client, in a private network
// namespace) against `ovlnfs serve` started by the rig inside that namespace.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const VMCLIENT = process.env['VMCLIENT_DIR'] ?? '/work/shared/vmclient';
const here = path.dirname(fileURLToPath(import.meta.url)); // out/test/integration/helpers
const repo = path.join(here, '..', '..', '..', '..');
export const MAIN_JS = path.join(repo, 'out', 'src', 'cli', 'main.js');
export const GUEST_DIR = path.join(repo, 'test', 'integration', 'guest');

export interface Layers { lowers: string[]; upper: string; work: string }

/**
 * The server command line for the rig (run by bash inside the namespace). It listens on the rig's
 * server address only: bound to 0.0.0.0 the rig may see the port open on 127.0.0.1 first and
 * fall back to slirp networking. The guest (10.77.0.2) must be let in (the default is loopback
 * only) and its root must stay root (the default squashes it), as the scenarios chown and
 * write into root-owned directories. `stateDir` must be the test's own (servers may not share).
 */
export function serveCommand(l: Layers, port: number, stateDir: string, extra: string[] = []): string {
  const o = `lowerdir=${l.lowers.join(':')},upperdir=${l.upper},workdir=${l.work}`;
  return [process.execPath, MAIN_JS, 'serve', '-o', o, '--export', '/ovl', '--listen', `$VMCLIENT_SERVER_ADDR:${port}`,
    '--clients', '10.77.0.0/24', '--squash', 'none', '--state-dir', stateDir, ...extra].join(' ');
}

export interface VmResult { code: number | null; output: string; serverLog: string }

/** Runs the rig with `args`; `workdir` keeps its logs (server.log is returned). */
export function runVm(args: string[], workdir: string): Promise<VmResult> {
  return new Promise((resolve) => {
    const child = spawn(path.join(VMCLIENT, 'run'), ['--workdir', workdir, ...args], { cwd: VMCLIENT, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('close', (code) => {
      const log = path.join(workdir, 'server.log');
      resolve({ code, output, serverLog: existsSync(log) ? readFileSync(log, 'utf8') : '' });
    });
  });
}

/** The lines worth showing when a run failed: the script's failure, rig errors, server errors. */
export function failureSummary(r: VmResult): string {
  const serverErrors = r.serverLog.split('\n').filter((l) => /"level":(40|50|60)/.test(l)).slice(-20);
  return [r.output.split('\n').slice(-60).join('\n'), '--- server warnings/errors ---', ...serverErrors].join('\n');
}
