import t from 'tap';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { HandleTable } from '../../src/handles/index.js';

const child = fileURLToPath(new URL('./record-child.js', import.meta.url));

t.test('records survive SIGKILL of the process that made them', async (t) => {
  const stateDir = t.testdir();
  const count = 500;
  const proc = spawn(process.execPath, [child, stateDir, String(count)], { stdio: ['ignore', 'pipe', 'inherit'] });
  t.teardown(() => { if (proc.exitCode === null && proc.signalCode === null) proc.kill('SIGKILL'); });
  const exited = new Promise<NodeJS.Signals | null>((resolve) => proc.on('exit', (_code, signal) => resolve(signal)));
  const report = await new Promise<string>((resolve, reject) => {
    let out = '';
    proc.stdout.setEncoding('utf8');
    proc.stdout.on('data', (chunk: string) => {
      out += chunk;
      if (out.includes('\n')) resolve(out.trim());
    });
    proc.on('exit', (code) => reject(new Error(`child exited (${code}) before reporting: ${out}`)));
  });
  t.match(report, /^recorded [0-9a-f]{64}$/);
  proc.kill('SIGKILL');
  t.equal(await exited, 'SIGKILL');

  const table = HandleTable.open({ stateDir, exportId: 9, rootId: 1n });
  t.teardown(() => table.close());
  t.same(table.decode(Buffer.from(report.split(' ')[1]!, 'hex')), { id: 2n }, 'same secret after the crash');
  t.equal(table.pathOf(2n), 'renamed');
  t.equal(table.pathOf(100n), undefined, 'the forget survived too');
  let wrong = 0;
  for (let i = 1; i < count; i++) if (table.pathOf(BigInt(100 + i)) !== `renamed/file${i}`) wrong++;
  t.equal(wrong, 0);
});
