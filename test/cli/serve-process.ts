// Starts `ovlnfs serve` as a child process (optionally inside a network namespace) and
// waits for its ready line.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const MAIN = fileURLToPath(new URL('../../src/cli/main.js', import.meta.url));

export interface ServeProcess {
  child: ChildProcess;
  readyLine: string;
  port: number;
  stderr: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * Without --state-dir or --config in `args`, the server gets a private state directory (removed
 * when it exits), so tests never share the system one (/var/lib/ovlnfs for root) or each
 * other's admin socket.
 */
export function startServe(args: string[], netns?: string, o: { uid?: number } = {}): Promise<ServeProcess> {
  let privateState: string | undefined;
  if (!args.includes('--state-dir') && !args.includes('--config') && !args.includes('-c')) {
    privateState = mkdtempSync(join(tmpdir(), 'ovlnfs-serve-state-'));
    args = [...args, '--state-dir', privateState];
  }
  // o.uid: run as that user (and group of the same number), with no supplementary groups.
  const asUser = o.uid === undefined ? [] : ['setpriv', `--reuid=${o.uid}`, `--regid=${o.uid}`, '--clear-groups'];
  const server = [...asUser, process.execPath, MAIN, 'serve', ...args];
  const command = netns ? ['ip', 'netns', 'exec', netns, ...server] : server;
  const child = spawn(command[0]!, command.slice(1), { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => {
      if (privateState !== undefined) rmSync(privateState, { recursive: true, force: true });
      resolve({ code, signal });
    }),
  );
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => {
      stdout += d.toString();
      const line = stdout.split('\n')[0];
      if (stdout.includes('\n') && line !== undefined) {
        const port = Number(/listening on .*:(\d+) /.exec(line)?.[1]);
        resolve({ child, readyLine: line, port, stderr: () => stderr, exited });
      }
    });
    void exited.then(({ code }) => reject(new Error(`serve exited (${code}) before ready: ${stderr}`)));
  });
}
