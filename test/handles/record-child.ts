// Child process for crash.test.ts: records locations, reports them on stdout, then waits to be
// killed with SIGKILL (never closes the table, so nothing is checkpointed or flushed on exit).
import { HandleTable } from '../../src/handles/index.js';

const [stateDir, countArg] = process.argv.slice(2);
if (stateDir === undefined || countArg === undefined) throw new Error('usage: record-child STATE_DIR COUNT');
const count = Number(countArg);
const table = HandleTable.open({ stateDir, exportId: 9, rootId: 1n });
table.record(2n, 1n, 'dir');
for (let i = 0; i < count; i++) table.record(BigInt(100 + i), 2n, `file${i}`);
table.record(2n, 1n, 'renamed');   // a move, after the children were recorded
table.forget(100n);
process.stdout.write(`recorded ${table.encode(2n).toString('hex')}\n`);
setInterval(() => {}, 60_000);
