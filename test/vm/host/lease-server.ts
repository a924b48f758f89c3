// The server for client-vanishes.test.ts: the pieces `ovlnfs serve` composes (src/server/run.ts:
// export registry, routed NFS, MOUNT, NLM + NSM, our portmapper), with one difference: the NLM
// client-liveness lease is short (probe quiet lock holders every 2 s, release a host unheard of
// for 10 s). `serve` cannot set it: createLocking's hostProbeMs/hostDownAfterMs are not in the
// configuration, the CLI nor RunOptions (defaults 30 s / 5 min), and a 5-minute wait does not
// fit a test. One export /ovl for 10.77.0.0/24, squash none, port 2049 on the given addresses.
// Usage (as the rig's --server-cmd): node lease-server.js BASE_DIR ADDRESS...
//   (BASE_DIR/{lower,upper,work,state})
import { mkdirSync } from 'node:fs';
import { configFromCli } from '../../../src/config/index.js';
import { ExportRegistry } from '../../../src/exports/index.js';
import { mountProgram, registryMountSource } from '../../../src/mount/index.js';
import { createLocking } from '../../../src/nlm/index.js';
import { routedNfsProgram } from '../../../src/nfs/router.js';
import { exportRuntimes } from '../../../src/server/export-runtime.js';
import { registryLockFiles } from '../../../src/server/lock-files.js';
import { createLogger } from '../../../src/server/logger.js';
import { startServer } from '../../../src/server/start-server.js';

export const PROBE_MS = 2_000;
export const DOWN_AFTER_MS = 10_000;

async function main(base: string, hosts: string[]): Promise<void> {
  for (const d of ['lower', 'upper', 'work', 'state']) mkdirSync(`${base}/${d}`, { recursive: true });
  const log = createLogger('info');
  const config = configFromCli({
    mountOptions: `lowerdir=${base}/lower,upperdir=${base}/upper,workdir=${base}/work`,
    exportPath: '/ovl',
    extra: { clients: ['10.77.0.0/24'], squash: 'none' },
    global: { listen: hosts, port: 2049, portmapper: 'on', state_dir: `${base}/state` },
    cwd: '/',
    defaultStateDir: `${base}/state`,
  });
  if (!config.ok) throw new Error(JSON.stringify(config.errors));
  const opened = await ExportRegistry.open({
    stateDir: config.value.stateDir,
    exports: config.value.exports,
    templates: config.value.templates,
    factory: exportRuntimes(log),
    log,
  });
  if (!opened.ok) throw new Error(opened.message);
  const registry = opened.value;
  const locking = await createLocking({
    stateDir: config.value.stateDir,
    files: registryLockFiles(registry),
    gracePeriodMs: config.value.gracePeriod * 1000,
    hostProbeMs: PROBE_MS,
    hostDownAfterMs: DOWN_AFTER_MS,
    log,
  });
  const programs = [routedNfsProgram(registry, log), mountProgram(registryMountSource(registry, log)), ...locking.programs];
  const server = await startServer({ hosts: config.value.listen, port: 2049, portmapper: 'on', logger: log }, programs);
  if ('error' in server) throw new Error(server.error);
  void locking.start();
  process.stdout.write(`lease-server ready on ${server.hosts.join(', ')}:${server.port}\n`);
  process.once('SIGTERM', () => {
    void server.close().then(async () => {
      locking.close();
      await registry.close();
      process.exit(0);
    });
  });
}

const [base, ...hosts] = process.argv.slice(2);
if (base === undefined || hosts.length === 0) throw new Error('usage: lease-server BASE_DIR ADDRESS...');
await main(base, hosts);
