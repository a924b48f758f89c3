// Starts serve-child.ts as a child process and waits for its ready line.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface ChildServer { child: ChildProcess; port: number; exited: Promise<void> }

export function startChildServer(base: string): Promise<ChildServer> {
  const script = fileURLToPath(new URL('./serve-child.js', import.meta.url));
  const child = spawn(process.execPath, [script, base], { stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /ready (\d+)\n/.exec(out);
      if (m) resolve({ child, port: Number(m[1]), exited });
    });
    child.once('exit', (code, signal) => reject(new Error(`server exited before ready: ${code ?? signal}`)));
  });
}
