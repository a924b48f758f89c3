// The command-line surface: one place that lists every command and flag. `ovlnfs` with no
// command runs `serve` (with no arguments: the zero-config sample export).
import { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { exportsCommand } from './exports.js';
import { serveCommand } from './serve.js';

function packageVersion(): string {
  const url = new URL('../../../package.json', import.meta.url);
  const pkg = JSON.parse(readFileSync(url, 'utf8')) as { version: string };
  return pkg.version;
}

export function buildProgram(): Command {
  const program = new Command('ovlnfs')
    .description('NFSv3 server exporting Linux-overlayfs-compatible overlay filesystems')
    .version(packageVersion())
    .exitOverride();
  program.addCommand(serveCommand(), { isDefault: true });
  program.addCommand(exportsCommand());
  return program;
}
