// Runs the real composition root (runServer) in-process from a YAML configuration written
// into a temporary directory, listening on 127.0.0.1 (any free port, no portmapper).
// Clients connect from other loopback addresses with BoundClient.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { loadConfigFile } from '../../src/config/index.js';
import { runServer, type RunningService } from '../../src/server/run.js';
import { BoundClient, ROOT } from './bound-client.js';
import type { AuthSysCred } from '../../src/rpc/index.js';

interface Tap {
  teardown(fn: () => void | Promise<void>): void;
}

export interface Harness {
  base: string;
  file: string;
  service: RunningService;
  port: number;
  /** A client calling from `from` (to 127.0.0.1, or `o.host`). */
  connect(from: string, o?: { cred?: AuthSysCred; localPort?: number; host?: string }): Promise<BoundClient>;
}

/** A directory under the test's base dir, created. */
export function dir(base: string, ...parts: string[]): string {
  const d = join(base, ...parts);
  mkdirSync(d, { recursive: true });
  return d;
}

export function tempBase(t: Tap, prefix: string): string {
  const base = mkdtempSync(join(tmpdir(), `ovlnfs-${prefix}-`));
  t.teardown(() => rmSync(base, { recursive: true, force: true }));
  return base;
}

/** `yaml` gets the exports/templates part; listen, port, portmapper and state_dir are added. */
export async function startConfigured(t: Tap, base: string, yaml: string, listen = '127.0.0.1'): Promise<Harness> {
  const file = join(base, 'ovlnfs.yaml');
  writeFileSync(file, `listen: ${listen}\nport: 0\nportmapper: off\nstate_dir: ${join(base, 'state')}\ngrace_period: 0\n${yaml}`);
  const loaded = await loadConfigFile(file);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  const running = await runServer({ config: loaded.value, configFile: file, logger: pino({ level: 'silent' }) });
  if ('errors' in running) throw new Error(running.errors.join('\n'));
  const clients: BoundClient[] = [];
  t.teardown(async () => {
    for (const c of clients) c.close();
    await running.close();
  });
  return {
    base,
    file,
    service: running,
    port: running.server.port,
    connect: async (from, o = {}) => {
      const c = await BoundClient.connect({
        port: running.server.port,
        from,
        cred: o.cred ?? ROOT,
        ...(o.localPort === undefined ? {} : { localPort: o.localPort }),
        ...(o.host === undefined ? {} : { host: o.host }),
      });
      clients.push(c);
      return c;
    },
  };
}
