// Runs shared/vmclient with our locking server (vm-lock-server.ts) and a guest script.
import { spawn } from 'node:child_process';
import { chmod, mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import rimraf from '@zkochan/rimraf';

export const VMCLIENT = process.env['VMCLIENT_DIR'] ?? '/work/shared/vmclient';
const here = path.dirname(fileURLToPath(import.meta.url)); // out/test/nlm
export const SERVER_JS = path.join(here, 'vm-lock-server.js');
export const GUEST_DIR = path.join(here, '..', '..', '..', 'test', 'nlm', 'guest');

export async function vmDirs(t: { teardown(fn: () => unknown): void }): Promise<{ base: string; share: string }> {
  const root = await mkdtemp(path.join(tmpdir(), 'ovlnfs-vmlock-'));
  t.teardown(() => rimraf(root));
  const base = path.join(root, 'data');
  const share = path.join(root, 'share');
  await mkdir(path.join(base, 'lower'), { recursive: true });
  await chmod(path.join(base, 'lower'), 0o777);
  await mkdir(share);
  return { base, share };
}

export function runVm(args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(path.join(VMCLIENT, 'run'), args, { cwd: VMCLIENT, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('close', (code) => resolve({ code, output }));
  });
}
