// Child process for crash.test.ts: copies up (by writing) every file of the fixture, forever
// reporting progress, until the parent kills it with SIGKILL at some moment.
import { Overlay } from '../../src/overlay/index.js';

const [lower, upper, work, countArg] = process.argv.slice(2) as [string, string, string, string];
const o = await Overlay.open({ lowers: [lower], upper, work });
const root = { uid: 0, gid: 0, groups: [] };
for (let i = 0; i < Number(countArg); i++) {
  await o.write(`big${i}`, 0n, Buffer.from('NEW'), root, 'file');
  process.stdout.write(`done ${i}\n`);
}
await o.close();
