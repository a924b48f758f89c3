// Where ovlnfs keeps its own state (export ids, admin socket, zero-config
// uppers) when the configuration does not say: the system location for root,
// the XDG state directory for everyone else.
import { homedir } from 'node:os';
import { join } from 'node:path';

export function defaultStateDir(env: NodeJS.ProcessEnv = process.env, uid: number = process.getuid?.() ?? -1): string {
  if (uid === 0) return '/var/lib/ovlnfs';
  const xdg = env['XDG_STATE_HOME'];
  return join(xdg !== undefined && xdg.startsWith('/') ? xdg : join(env['HOME'] ?? homedir(), '.local', 'state'), 'ovlnfs');
}
