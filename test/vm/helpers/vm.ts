// Runs shared/vmclient (a QEMU guest with Debian's kernel NFS client, in a private network
// namespace with tap networking) against `ovlnfs serve`, which the rig starts inside that
// namespace. The guest is 10.77.0.2 (plus --guest-addrs), the server 10.77.0.1.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import rimraf from '@zkochan/rimraf';

export const VMCLIENT = process.env['VMCLIENT_DIR'] ?? '/work/shared/vmclient';
const here = path.dirname(fileURLToPath(import.meta.url)); // out/test/vm/helpers
export const REPO = path.join(here, '..', '..', '..', '..');
export const MAIN_JS = path.join(REPO, 'out', 'src', 'cli', 'main.js');
export const GUEST_DIR = path.join(REPO, 'test', 'vm', 'guest');
/** Host-side helpers run inside the rig's namespace (bash scripts, kept as sources). */
export const HOST_DIR = path.join(REPO, 'test', 'vm', 'host');
/** The server's address on the tap link: fixed by the rig in tap mode. */
export const SERVER_ADDR = '10.77.0.1';

export interface VmResult { code: number | null; output: string; serverLog: string }

/** A fresh temp dir removed when the test ends (also on failure). */
export function tempRoot(t: { teardown(fn: () => unknown): void }, name: string): string {
  const root = mkdtempSync(`/tmp/ovlnfs-vm-${name}-`);
  t.teardown(() => rimraf(root));
  return root;
}

/** Runs the rig with `args` (always tap networking); `workdir` keeps its logs for the checks. */
export function runVm(args: string[], workdir: string): Promise<VmResult> {
  return new Promise((resolve) => {
    const child = spawn(path.join(VMCLIENT, 'run'), ['--net', 'tap', '--workdir', workdir, ...args], {
      cwd: VMCLIENT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('close', (code) => {
      const log = path.join(workdir, 'server.log');
      resolve({ code, output, serverLog: existsSync(log) ? readFileSync(log, 'utf8') : '' });
    });
  });
}

/** What to show when a run failed: the script's last lines, rig errors, server warnings/errors. */
export function failureSummary(r: VmResult): string {
  const serverErrors = r.serverLog.split('\n').filter((l) => /"level":(40|50|60)|^ovlnfs serve:/.test(l)).slice(-20);
  return [r.output.split('\n').slice(-60).join('\n'), '--- server warnings/errors ---', ...serverErrors].join('\n');
}

/** The rig's timing line, for t.comment. */
export function wallTime(r: VmResult): string {
  return r.output.split('\n').filter((l) => /vmclient: wall/.test(l)).join('\n');
}
