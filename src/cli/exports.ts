// `ovlnfs exports list|add|remove|reset`: change a running server's exports through its
// admin socket (the work is done by src/exports/admin-client.ts).
import { Argument, Command, InvalidArgumentError, Option } from 'commander';
import { defaultStateDir } from '../config/index.js';
import { exportsCommand as runExportsCommand, type ExportsAction, type ExportsCommandOptions } from '../exports/index.js';

function integer(min: number, max: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!/^\d+$/.test(value) || n < min || n > max) throw new InvalidArgumentError(`expected an integer ${min}..${max}`);
    return n;
  };
}

interface ExportsFlags extends Omit<ExportsCommandOptions, 'clients'> {
  clients?: string;
}

export function exportsCommand(): Command {
  return new Command('exports')
    .description("list, add, remove or reset (empty the upper of) a running server's exports")
    .addArgument(new Argument('<action>', 'what to do').choices(['list', 'add', 'remove', 'reset']))
    .argument('[path]', 'export path, e.g. /vm/alice (add, remove, reset)')
    .option('--socket <path>', 'admin socket (default STATE_DIR/admin.sock)')
    .option('--state-dir <dir>', `the server's state directory (default ${defaultStateDir()})`)
    .option('--json', 'print JSON')
    .option('-o, --options <mount-options>', 'add: lowerdir=L1:L2[,upperdir=U,workdir=W]')
    .option('--clients <list>', 'add: comma-separated addresses/CIDRs (default loopback only)')
    .option('--readonly', 'add: refuse every change')
    .addOption(new Option('--squash <mode>', 'add: none, root (default) or all').choices(['none', 'root', 'all']))
    .option('--anonuid <uid>', 'add: uid of squashed callers', integer(0, 0xffffffff))
    .option('--anongid <gid>', 'add: gid of squashed callers', integer(0, 0xffffffff))
    .option('--secure', 'add: require a privileged source port')
    .option('--fsid <n>', 'add: fsid (1..2147483647)', integer(1, 0x7fffffff))
    .addOption(new Option('--locks <on|off>', 'add: NLM locking').choices(['on', 'off']))
    .exitOverride()
    .action(async (action: ExportsAction, path: string | undefined, flags: ExportsFlags) => {
      const { clients, ...rest } = flags;
      const options: ExportsCommandOptions = { ...rest };
      if (clients !== undefined) options.clients = clients.split(',').map((s) => s.trim()).filter((s) => s !== '');
      process.exitCode = await runExportsCommand(action, path, options);
    });
}
