// Runs shared/vmclient (a QEMU guest with Debian's kernel NFS client, in a private network
// namespace) against `ovlnfs serve` started by the rig inside that namespace.
import path from 'node:path';
import { MAIN_JS, REPO } from '../../helpers/vmclient.js';

// runVm(args, workdir): the rig's logs stay in workdir, server.log is returned.
export { expectGuestChecks, failureSummary, MAIN_JS, runVmclient as runVm, VMCLIENT, type VmResult } from '../../helpers/vmclient.js';
export const GUEST_DIR = path.join(REPO, 'test', 'integration', 'guest');

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
