// `ovlnfs exports list|add|remove|reset`: change a running server's exports through its
// admin socket (the work is done by src/exports/admin-client.ts).
import { Argument, Command } from 'commander';
import { defaultStateDir } from '../config/index.js';
import { exportsCommand as runExportsCommand, type ExportsAction, type ExportsCommandOptions } from '../exports/index.js';
import { addExportFlags } from './export-flags.js';

export function exportsCommand(): Command {
  const command = new Command('exports')
    .description("list, add, remove or reset (empty the upper of) a running server's exports")
    .addArgument(new Argument('<action>', 'what to do').choices(['list', 'add', 'remove', 'reset']))
    .argument('[path]', 'export path, e.g. /vm/alice (add, remove, reset)')
    .option('--socket <path>', 'admin socket (default STATE_DIR/admin.sock)')
    .option('--state-dir <dir>', `the server's state directory (default ${defaultStateDir()})`)
    .option('--json', 'print JSON')
    .option('-o, --options <mount-options>', 'add: lowerdir=L1:L2[,upperdir=U,workdir=W]');
  return addExportFlags(command, {
    clients: 'add: comma-separated addresses/CIDRs (default loopback only)',
    readonly: 'add: refuse every change',
    squash: 'add: none, root (default) or all',
    anonuid: 'add: uid of squashed callers',
    anongid: 'add: gid of squashed callers',
    secure: 'add: require a privileged source port',
    fsid: 'add: fsid (1..2147483647)',
    locks: 'add: NLM locking',
  })
    .exitOverride()
    .action(async (action: ExportsAction, path: string | undefined, flags: ExportsCommandOptions) => {
      process.exitCode = await runExportsCommand(action, path, flags);
    });
}
