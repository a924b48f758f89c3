// Runs shared/vmclient: a QEMU guest with Debian's kernel NFS client in a private network
// namespace, against a server the rig starts inside that namespace. Shared by the VM tests of
// test/vm, test/integration and test/nlm, which add their own rig options.
import { spawn } from 'node:child_process';
import type { Test } from 'tap';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url)); // out/test/helpers
export const REPO = path.join(here, '..', '..', '..');
/** The rig: shared/ sits next to the project root (VMCLIENT_DIR overrides). */
export const VMCLIENT = process.env['VMCLIENT_DIR'] ?? path.join(REPO, '..', 'shared', 'vmclient');
/** The `ovlnfs` entry point, for the server command line the rig runs. */
export const MAIN_JS = path.join(REPO, 'out', 'src', 'cli', 'main.js');

export interface VmResult { code: number | null; output: string; serverLog: string }

/**
 * Runs the rig with `args`, collecting its stdout and stderr. With `workdir` the rig keeps its
 * logs there and the server's log (server.log) is returned; without, serverLog is empty.
 */
export function runVmclient(args: string[], workdir?: string): Promise<VmResult> {
  const rigArgs = workdir === undefined ? args : ['--workdir', workdir, ...args];
  return new Promise((resolve) => {
    const child = spawn(path.join(VMCLIENT, 'run'), rigArgs, { cwd: VMCLIENT, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('close', (code) => {
      const log = workdir === undefined ? undefined : path.join(workdir, 'server.log');
      resolve({ code, output, serverLog: log !== undefined && existsSync(log) ? readFileSync(log, 'utf8') : '' });
    });
  });
}

/** What to show when a run failed: the script's last lines, rig errors, server warnings/errors. */
export function failureSummary(r: VmResult): string {
  const serverErrors = r.serverLog.split('\n').filter((l) => /"level":(40|50|60)|^ovlnfs serve:/.test(l)).slice(-20);
  return [r.output.split('\n').slice(-60).join('\n'), '--- server warnings/errors ---', ...serverErrors].join('\n');
}

/**
 * The guest scripts print `ok   <check>` per check and `<script>: all OK` at the end: each named
 * check passed, the script finished, and it exited 0 (else the rig's and server's tails).
 */
export function expectGuestChecks(t: Test, run: VmResult, script: string, checks: readonly string[] = []): void {
  for (const line of checks) t.ok(run.output.includes(`ok   ${line}`), line);
  t.match(run.output, new RegExp(`${script}: all OK`));
  t.equal(run.code, 0, run.code === 0 ? 'the guest script succeeded' : failureSummary(run));
}
