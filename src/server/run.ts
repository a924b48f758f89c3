// The composition root of `ovlnfs serve`: from a checked configuration to a listening
// server. Order matters: every configuration problem is found before anything listens;
// the export table and admin socket exist before the first client can call; NLM's
// SM_NOTIFY goes out only once the lock service can answer the reclaims.
import type { Logger } from 'pino';
import { checkConfigOnDisk, formatConfigError, type ServerConfig } from '../config/index.js';
import { adminSocketPath, ExportRegistry, reloadFromFile, startAdminServer, type AdminServer } from '../exports/index.js';
import { mountProgram, registryMountSource } from '../mount/index.js';
import { routedNfsProgram, type NfsRuntime } from '../nfs/index.js';
import { createLocking } from '../nlm/index.js';
import { exportRuntimes } from './export-runtime.js';
import { registryLockFiles } from './lock-files.js';
import { startServer, type RunningServer } from './start-server.js';

export interface RunOptions {
  config: ServerConfig;
  /** The file SIGHUP re-reads; null for the command-line form (nothing to reload). */
  configFile: string | null;
  logger: Logger;
  /** Tests: our portmapper's port (111), the system rpcbind socket, clients' portmappers. */
  portmapperPort?: number;
  rpcbindSocket?: string;
  clientPortmapPort?: number;
}

export interface RunningService {
  server: RunningServer;
  registry: ExportRegistry<NfsRuntime>;
  config(): ServerConfig;
  /** SIGHUP: re-read the configuration file and apply the difference. */
  reload(): Promise<void>;
  close(): Promise<void>;
}

/** A startup failure: the lines to print, and the exit code (2: configuration, 1: runtime). */
export interface StartFailure {
  errors: string[];
  exitCode: 1 | 2;
}

export async function runServer(o: RunOptions): Promise<RunningService | StartFailure> {
  const log = o.logger;
  let config = o.config;
  const problems = await checkConfigOnDisk(config);
  if (problems.length > 0) return { errors: problems.map(formatConfigError), exitCode: 2 };

  const opened = await ExportRegistry.open({
    stateDir: config.stateDir,
    exports: config.exports,
    templates: config.templates,
    factory: exportRuntimes(log),
    log,
  });
  if (!opened.ok) return { errors: [opened.message], exitCode: 2 };
  const registry = opened.value;

  const locking = await createLocking({
    stateDir: config.stateDir,
    files: registryLockFiles(registry),
    gracePeriodMs: config.gracePeriod * 1000,
    ...lockLiveness(config.lockLease),
    log,
    ...(o.clientPortmapPort === undefined ? {} : { clientPortmapPort: o.clientPortmapPort }),
  });
  const programs = [routedNfsProgram(registry, log), mountProgram(registryMountSource(registry, log)), ...locking.programs];

  const admin = await startAdminServer({ socketPath: adminSocketPath(config.stateDir), registry: registry as ExportRegistry<unknown>, log });
  if (!admin.ok) {
    locking.close();
    await registry.close();
    return { errors: [`${admin.message} (give each server its own state_dir / --state-dir)`], exitCode: 2 };
  }
  const server = await startServer(
    {
      hosts: config.listen,
      port: config.port,
      portmapper: config.portmapper,
      logger: log,
      ...(o.portmapperPort === undefined ? {} : { portmapperPort: o.portmapperPort }),
      ...(o.rpcbindSocket === undefined ? {} : { rpcbindSocket: o.rpcbindSocket }),
    },
    programs,
  );
  if ('error' in server) {
    await stopAll(admin.server, locking, registry);
    return { errors: [server.error], exitCode: 1 };
  }
  void locking.start().then(
    (r) => log.info(r, 'nlm: SM_NOTIFY sent to the clients that held locks before this start'),
    (err: unknown) => log.warn({ err }, 'nlm: SM_NOTIFY failed'),
  );

  let reloading: Promise<void> = Promise.resolve();
  const reloadOnce = async (): Promise<void> => {
    if (o.configFile === null) {
      log.info('reload requested, but the exports come from the command line: nothing to re-read');
      return;
    }
    const res = await reloadFromFile(o.configFile, config, registry);
    if (!res.ok) {
      for (const e of res.errors) log.error(formatConfigError(e));
      log.error('configuration not reloaded: the server keeps its current exports');
      return;
    }
    config = res.config;
    if (res.plan.logLevel !== undefined) log.level = res.plan.logLevel;
    if (res.plan.restartRequired.length > 0) log.warn({ settings: res.plan.restartRequired }, 'changed settings take effect after a restart');
    for (const { outcomes } of res.applied) {
      for (const { path, outcome } of outcomes) {
        if (!outcome.ok) log.error({ path, reason: outcome.message }, 'reload: export change failed');
      }
    }
    log.info({ actions: res.plan.actions.length }, 'configuration reloaded');
  };

  return {
    server,
    registry,
    config: () => config,
    reload: () => (reloading = reloading.then(reloadOnce, reloadOnce)),
    close: async () => {
      await server.close();
      await stopAll(admin.server, locking, registry);
    },
  };
}

// Quiet lock holders are probed (NULL to their statd) five times per lease, at most every 30 s,
// so a vanished client is noticed within about one lease.
function lockLiveness(leaseSeconds: number): { hostDownAfterMs: number; hostProbeMs: number } {
  const hostDownAfterMs = leaseSeconds * 1000;
  return { hostDownAfterMs, hostProbeMs: Math.min(30_000, Math.max(1_000, Math.floor(hostDownAfterMs / 5))) };
}

async function stopAll(admin: AdminServer, locking: { close(): void }, registry: ExportRegistry<NfsRuntime>): Promise<void> {
  await admin.close();
  locking.close();
  await registry.close();
}
