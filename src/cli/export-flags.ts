// The per-export flags (--clients … --locks) of `serve` and `exports add`: one definition of
// their names, choices and value checks; each command words its own help.
import { Option, type Command } from 'commander';
import type { ExportFlagValues } from '../config/index.js';
import { commaList, integer } from './flag-values.js';

export type ExportFlagHelp = Record<keyof ExportFlagValues, string>;

export function addExportFlags(cmd: Command, help: ExportFlagHelp): Command {
  return cmd
    .option('--clients <list>', help.clients, commaList)
    .option('--readonly', help.readonly)
    .addOption(new Option('--squash <mode>', help.squash).choices(['none', 'root', 'all']))
    .option('--anonuid <uid>', help.anonuid, integer(0, 0xffffffff))
    .option('--anongid <gid>', help.anongid, integer(0, 0xffffffff))
    .option('--secure', help.secure)
    .option('--fsid <n>', help.fsid, integer(1, 0x7fffffff))
    .addOption(new Option('--locks <on|off>', help.locks).choices(['on', 'off']));
}
