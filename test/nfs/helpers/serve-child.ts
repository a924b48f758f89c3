// A server process for restart tests: serves lower/upper/work of the base dir given as argv[2]
// on a loopback port and prints "ready <port>". Killed with SIGKILL by the test.
import { pino } from 'pino';
import { join } from 'node:path';
import { mountProgram } from '../../../src/mount/index.js';
import { nfsProgram, openNfsExport } from '../../../src/nfs/index.js';
import { RpcServer } from '../../../src/rpc/index.js';

const base = process.argv[2];
if (base === undefined) throw new Error('usage: serve-child BASE');
const log = pino({ level: 'silent' });
const nfs = await openNfsExport({ lowers: [join(base, 'lower')], upper: join(base, 'upper'), work: join(base, 'work'), exportId: 1, fsid: 1n, log });
const rpc = new RpcServer({ logger: log });
rpc.register(nfsProgram(nfs));
rpc.register(mountProgram([{ path: '/ovl', nfs, allowed: ['*'] }]));
const { port } = await rpc.listen('127.0.0.1', 0);
process.stdout.write(`ready ${port}\n`);
