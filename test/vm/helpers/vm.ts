// Runs shared/vmclient (a QEMU guest with Debian's kernel NFS client, in a private network
// namespace with tap networking) against `ovlnfs serve`, which the rig starts inside that
// namespace. The guest is 10.77.0.2 (plus --guest-addrs), the server 10.77.0.1.
import { mkdtempSync } from 'node:fs';
import path from 'node:path';
import rimraf from '@zkochan/rimraf';
import { REPO, runVmclient, type VmResult } from '../../helpers/vmclient.js';

export { expectGuestChecks, failureSummary, MAIN_JS, REPO, VMCLIENT, type VmResult } from '../../helpers/vmclient.js';
export const GUEST_DIR = path.join(REPO, 'test', 'vm', 'guest');
/** Host-side helpers run inside the rig's namespace (bash scripts, kept as sources). */
export const HOST_DIR = path.join(REPO, 'test', 'vm', 'host');
/** The server's address on the tap link: fixed by the rig in tap mode. */
export const SERVER_ADDR = '10.77.0.1';

/** A fresh temp dir removed when the test ends (also on failure). */
export function tempRoot(t: { teardown(fn: () => unknown): void }, name: string): string {
  const root = mkdtempSync(`/tmp/ovlnfs-vm-${name}-`);
  t.teardown(() => rimraf(root));
  return root;
}

/** Runs the rig with `args` (always tap networking); `workdir` keeps its logs for the checks. */
export function runVm(args: string[], workdir: string): Promise<VmResult> {
  return runVmclient(['--net', 'tap', ...args], workdir);
}

/** The rig's timing line, for t.comment. */
export function wallTime(r: VmResult): string {
  return r.output.split('\n').filter((l) => /vmclient: wall/.test(l)).join('\n');
}
