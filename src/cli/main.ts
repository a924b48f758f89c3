#!/usr/bin/env node
// Entry point of the `ovlnfs` command: only parses the command line and hands off.
import { buildProgram } from './program.js';

await buildProgram().parseAsync(process.argv);
