// Runs shared/vmclient with our locking server (vm-lock-server.ts) and a guest script.
import { chmod, mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import rimraf from '@zkochan/rimraf';

export { runVmclient as runVm, VMCLIENT } from '../helpers/vmclient.js';
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
