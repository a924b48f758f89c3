// `ovlnfs serve`: start the server, print one ready line, stop cleanly on SIGTERM/SIGINT.
import { Command, InvalidArgumentError, Option } from 'commander';
import { createLogger } from '../server/logger.js';
import { startServer, type PortmapperPolicy } from '../server/start-server.js';
import { openServedExport } from '../server/programs.js';
import { normalisePath } from '../mount/index.js';

export interface ListenAddress {
  host: string;
  port: number;
}

/** "HOST:PORT", with IPv6 hosts in brackets ("[::1]:2049"). */
export function parseListen(value: string): ListenAddress {
  const match = /^(?:\[([^\]]+)\]|([^:]+)):(\d{1,5})$/.exec(value);
  const port = Number(match?.[3]);
  if (!match || port > 65535) throw new InvalidArgumentError('expected HOST:PORT, e.g. 127.0.0.1:2049');
  return { host: match[1] ?? match[2]!, port };
}

export function serveCommand(): Command {
  return new Command('serve')
    .description('serve NFSv3 and MOUNT v3 over TCP and UDP on one port')
    .option('--listen <host:port>', 'address to listen on', parseListen, { host: '127.0.0.1', port: 2049 })
    .addOption(new Option('--portmapper <policy>', 'serve port 111 (on), use the system rpcbind if 111 is taken (auto), or neither (off)').choices(['auto', 'on', 'off']).default('auto'))
    .option('--log-level <level>', 'pino log level', 'info')
    .option('-o, --options <mount-options>', 'lowerdir=L1:L2,upperdir=U,workdir=W (default: the sample tree with a temporary upper)')
    .option('--export <path>', 'path clients mount', '/ovl')
    .addOption(new Option('--squash <mode>', 'map root (root) or everyone (all) to 65534').choices(['none', 'root', 'all']).default('none'))
    .action(async (opts: { listen: ListenAddress; portmapper: PortmapperPolicy; logLevel: string; options?: string; export: string; squash: 'none' | 'root' | 'all' }, cmd: Command) => {
      const logger = createLogger(opts.logLevel);
      const exported = await openServedExport({ mountOptions: opts.options, exportPath: normalisePath(opts.export), squash: opts.squash }, logger);
      if ('error' in exported) {
        logger.fatal(exported.error);
        process.exitCode = 1;
        return;
      }
      let server = await startServer({ host: opts.listen.host, port: opts.listen.port, portmapper: opts.portmapper, logger }, exported.programs);
      // `npm start` (no --listen): when 2049 is taken, any free port will do.
      if ('error' in server && cmd.getOptionValueSource('listen') === 'default') {
        logger.warn(`${server.error}; trying another port`);
        server = await startServer({ host: opts.listen.host, port: 0, portmapper: opts.portmapper, logger }, exported.programs);
      }
      if ('error' in server) {
        logger.fatal(server.error);
        await exported.close();
        process.exitCode = 1;
        return;
      }
      const pm = server.portmapper;
      const how = pm.kind === 'served' ? `portmapper on port ${pm.port}` : pm.kind === 'registered' ? 'registered with the system rpcbind' : 'no portmapper';
      process.stdout.write(`ovlnfs ready: listening on ${opts.listen.host}:${server.port} (tcp, udp), ${how}\n`);
      logger.info(`exporting ${exported.describe}; mount with: mount -t nfs -o vers=3,proto=tcp,port=${server.port},mountport=${server.port},nolock ${opts.listen.host}:${normalisePath(opts.export)} /mnt`);
      let stopping = false;
      const stop = (signal: NodeJS.Signals): void => {
        if (stopping) {
          logger.warn(`second ${signal}, exiting without waiting`);
          process.exit(1);
        }
        stopping = true;
        logger.info(`${signal} received, stopping`);
        void server.close().then(() => exported.close()).then(() => {
          logger.info('stopped');
          process.exit(0);
        });
      };
      process.on('SIGTERM', stop);
      process.on('SIGINT', stop);
    });
}
