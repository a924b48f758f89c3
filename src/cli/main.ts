#!/usr/bin/env node
// Entry point of the `ovlnfs` command: only parses the command line and hands off.
// Every usage error (unknown flag, bad value) is one line from commander and exit code 2;
// --help and --version exit 0.
import { CommanderError } from 'commander';
import { buildProgram } from './program.js';

try {
  await buildProgram().parseAsync(process.argv);
} catch (err) {
  if (!(err instanceof CommanderError)) throw err;
  process.exitCode = err.exitCode === 0 ? 0 : 2;
}
