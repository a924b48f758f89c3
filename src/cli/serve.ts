// `ovlnfs serve`: turn the command line into a configuration (a file with --config, the
// single-export form with -o, or the zero-config sample export), run the server, print one
// ready line and the mount commands, reload on SIGHUP, stop cleanly on SIGTERM/SIGINT.
import { fileURLToPath } from 'node:url';
import { Command, InvalidArgumentError, Option } from 'commander';
import {
  configFromCli,
  defaultStateDir,
  exportExtrasFromFlags,
  formatConfigError,
  loadConfigFile,
  zeroConfig,
  type ExportFlagValues,
  type RawConfig,
  type Result,
  type ServerConfig,
} from '../config/index.js';
import { createLogger } from '../server/logger.js';
import type { RunningServer } from '../server/start-server.js';
import { addExportFlags } from './export-flags.js';
import { integer } from './flag-values.js';
import { mountCommands } from './mount-commands.js';

export const SAMPLE_LOWER = fileURLToPath(new URL('../../../share/sample-lower', import.meta.url));

export interface ListenAddress {
  host: string;
  /** Absent when only the host was given. */
  port?: number;
}

/** "HOST", "HOST:PORT", "[IPv6]:PORT" or a bare IPv6 address. */
export function parseListen(value: string): ListenAddress {
  const match = /^(?:\[([^\]]+)\]|([^:[\]]+))(?::(\d{1,5}))?$/.exec(value);
  if (match) {
    const host = (match[1] ?? match[2]) as string;
    if (match[3] === undefined) return { host };
    const port = Number(match[3]);
    if (port <= 65535) return { host, port };
  } else if (value.includes(':') && !value.includes('[')) {
    return { host: value }; // a bare IPv6 address such as ::1
  }
  throw new InvalidArgumentError('expected HOST, HOST:PORT or [IPv6]:PORT, e.g. 127.0.0.1:2049');
}

function portValue(value: string): number | 'auto' {
  return value === 'auto' ? 'auto' : integer(0, 65535)(value);
}

interface ServeFlags extends ExportFlagValues {
  config?: string;
  options?: string;
  export: string;
  listen?: ListenAddress[];
  port?: number | 'auto';
  portmapper?: 'auto' | 'on' | 'off';
  stateDir?: string;
  logLevel?: RawConfig['log_level'];
  gracePeriod?: number;
  lockLease?: number;
}

// Flags that describe the server or the one export; with --config the file says all of it.
const FILE_KEYS: (keyof ServeFlags)[] = [
  'options', 'export', 'listen', 'port', 'portmapper', 'stateDir', 'logLevel', 'gracePeriod', 'lockLease',
  'clients', 'readonly', 'squash', 'anonuid', 'anongid', 'secure', 'fsid', 'locks',
];

export function serveCommand(): Command {
  const command = new Command('serve')
    .description('serve overlay exports over NFSv3, MOUNT v3 and NLM v4 (TCP and UDP, one port); with no arguments, the sample export')
    .option('-c, --config <file>', 'YAML configuration file (exports, templates, listen addresses; see README)')
    .option('-o, --options <mount-options>', 'one export: lowerdir=L1:L2[,upperdir=U,workdir=W][,ro] as for mount -t overlay')
    .option('--export <path>', 'path clients mount (with -o)', '/ovl')
    .option('--listen <address>', 'listen address HOST[:PORT] (repeatable; default 127.0.0.1 and ::1)', (v: string, prev: ListenAddress[] | undefined) => [...(prev ?? []), parseListen(v)])
    .option('--port <port>', "NFS/MOUNT/NLM port, or 'auto' (2049, else 20490, else any free port)", portValue)
    .addOption(new Option('--portmapper <policy>', 'serve port 111 (on), use the system rpcbind if 111 is taken (auto), or neither (off)').choices(['auto', 'on', 'off']))
    .option('--state-dir <dir>', `export ids, lock state, admin socket (default ${defaultStateDir()})`)
    .addOption(new Option('--log-level <level>', 'log level (logs go to stderr)').choices(['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent']))
    .option('--grace-period <seconds>', 'NLM grace period after a start (default 90)', integer(0, 3600))
    .option('--lock-lease <seconds>', 'release the locks of a client silent this long, its statd not answering (default 300)', integer(1, 86400));
  return addExportFlags(command, {
    clients: 'comma-separated addresses/CIDRs allowed to mount (default loopback only)',
    readonly: 'refuse every change (NFS3ERR_ROFS)',
    squash: "map root (root, the default as in knfsd), everyone (all) or nobody (none) to anonuid/anongid; without -o: all, as the server's user",
    anonuid: "uid of squashed callers (default 65534; without -o and --squash, the server's)",
    anongid: "gid of squashed callers (default 65534; without -o and --squash, the server's)",
    secure: 'require a privileged source port (< 1024) from clients',
    fsid: 'fsid reported to clients (1..2147483647)',
    locks: 'NLM locking for this export (off: NLM4_DENIED_NOLOCKS)',
  })
    .exitOverride()
    .action(async (flags: ServeFlags, cmd: Command) => {
      process.exitCode = await serve(flags, cmd);
    });
}

function fail(lines: string[]): number {
  for (const line of lines) process.stderr.write(`ovlnfs serve: ${line}\n`);
  return 2;
}

/** Builds the configuration; returns it with the file SIGHUP re-reads, or the exit code. */
async function configOf(flags: ServeFlags, cmd: Command): Promise<{ config: ServerConfig; file: string | null } | number> {
  const given = (key: keyof ServeFlags): boolean => cmd.getOptionValueSource(key) === 'cli';
  if (flags.config !== undefined) {
    const extra = FILE_KEYS.filter(given);
    if (extra.length > 0) {
      return fail([`--config cannot be combined with ${extra.map((k) => '--' + k.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase())).join(', ')}: put those settings in the file`]);
    }
    const loaded = await loadConfigFile(flags.config);
    if (!loaded.ok) return fail([...loaded.errors].sort((a, b) => a.line - b.line).map(formatConfigError));
    return { config: loaded.value, file: flags.config };
  }
  const global = globalSettings(flags);
  if (typeof global === 'string') return fail([global]);
  const extra = exportExtrasFromFlags(flags);
  const stateDir = flags.stateDir ?? defaultStateDir();
  let built: Result<ServerConfig>;
  if (flags.options === undefined) {
    if (given('export')) return fail(['--export needs -o lowerdir=... (without -o the sample export /ovl is served)']);
    built = await zeroConfig({ sampleDir: SAMPLE_LOWER, stateDir, global, extra });
  } else {
    built = configFromCli({ mountOptions: flags.options, exportPath: flags.export, extra, global, cwd: process.cwd(), defaultStateDir: stateDir });
  }
  return built.ok ? { config: built.value, file: null } : fail(built.errors.map(formatConfigError));
}

function globalSettings(flags: ServeFlags): Omit<RawConfig, 'exports' | 'templates'> | string {
  const global: Omit<RawConfig, 'exports' | 'templates'> = {};
  if (flags.listen !== undefined) {
    global.listen = flags.listen.map((l) => l.host);
    const ports = new Set<number | 'auto'>(flags.listen.flatMap((l) => (l.port === undefined ? [] : [l.port])));
    if (flags.port !== undefined) ports.add(flags.port);
    if (ports.size > 1) return `--listen/--port name different ports (${[...ports].join(', ')}): all addresses share one port`;
    const [port] = ports;
    if (port !== undefined) global.port = port;
  } else if (flags.port !== undefined) {
    global.port = flags.port;
  }
  if (flags.portmapper !== undefined) global.portmapper = flags.portmapper;
  if (flags.stateDir !== undefined) global.state_dir = flags.stateDir;
  if (flags.logLevel !== undefined) global.log_level = flags.logLevel;
  if (flags.gracePeriod !== undefined) global.grace_period = flags.gracePeriod;
  if (flags.lockLease !== undefined) global.lock_lease = flags.lockLease;
  return global;
}

function describeListening(server: RunningServer): string {
  const addresses = server.hosts.map((h) => `${h.includes(':') ? `[${h}]` : h}:${server.port}`).join(', ');
  const pm = server.portmapper;
  const how = pm.kind === 'served' ? `portmapper on port ${pm.port}` : pm.kind === 'registered' ? 'registered with the system rpcbind' : 'no portmapper';
  return `ovlnfs ready: listening on ${addresses} (tcp, udp), ${how}`;
}

async function serve(flags: ServeFlags, cmd: Command): Promise<number> {
  const built = await configOf(flags, cmd);
  if (typeof built === 'number') return built;
  const { config, file } = built;
  const logger = createLogger(config.logLevel);
  // Loaded only to serve: --help, --version and usage errors need neither the overlay's
  // native addon nor the protocol stack.
  const { runServer } = await import('../server/run.js');
  const running = await runServer({ config, configFile: file, logger });
  if ('errors' in running) {
    for (const line of running.errors) process.stderr.write(`ovlnfs serve: ${line}\n`);
    return running.exitCode;
  }
  const out: string[] = [describeListening(running.server)];
  for (const e of config.exports) out.push(`mount ${e.path} with:`, ...mountCommands(running.server, e.path));
  for (const t of config.templates) out.push(`template ${t.path}: each name is created on its first mount`);
  process.stdout.write(out.join('\n') + '\n');

  process.on('SIGHUP', () => {
    logger.info('SIGHUP received, reloading the configuration');
    void running.reload();
  });
  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) {
      logger.warn(`second ${signal}, exiting without waiting`);
      process.exit(1);
    }
    stopping = true;
    logger.info(`${signal} received, stopping`);
    void running.close().then(() => {
      logger.info('stopped');
      process.exit(0);
    });
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  return 0;
}
