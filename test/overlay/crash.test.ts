// Crash safety (issue 3 item 3): a child copying up large files is killed with SIGKILL at
// various moments; after restart every file is its old or its new content and W/work is clean.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import t from 'tap';
import { makeFixture } from './fixture.js';

const FILES = 10;
const SIZE = 8 << 20;
const child = fileURLToPath(new URL('./crash-child.js', import.meta.url));

function content(i: number): Buffer {
  const b = Buffer.alloc(SIZE);
  for (let off = 0; off < SIZE; off += 4096) b.writeUInt32LE(i * 100000 + off / 4096, off);
  return b;
}
const digest = (b: Buffer): string => createHash('sha256').update(b).digest('hex');

for (const delayMs of [0, 9, 23, 41, 67]) {
  t.test(`SIGKILL ${delayMs} ms after the first copy-up`, async (t) => {
    const f = makeFixture([{}]);
    t.teardown(f.cleanup);
    const old: string[] = [];
    const fresh: string[] = [];
    for (let i = 0; i < FILES; i++) {
      const b = content(i);
      writeFileSync(`${f.lowers[0]}/big${i}`, b);
      old.push(digest(b));
      b.write('NEW', 0);
      fresh.push(digest(b));
    }
    const p = spawn(process.execPath, [child, f.lowers[0] as string, f.upper, f.work, String(FILES)], { stdio: ['ignore', 'pipe', 'inherit'] });
    t.teardown(() => { p.kill('SIGKILL'); });
    const exited = new Promise((r) => p.once('exit', r));
    let reported = '';
    const first = new Promise<void>((r) => { p.stdout.on('data', (d: Buffer) => { reported += d.toString(); r(); }); p.once('exit', () => r()); });
    await first;
    await new Promise((r) => setTimeout(r, delayMs));
    p.kill('SIGKILL');
    await exited;
    const o = await f.open();
    t.same(readdirSync(`${f.work}/work`), [], 'work dir cleaned at start');
    const buf = Buffer.alloc(SIZE);
    for (let i = 0; i < FILES; i++) {
      const r = await o.read(`big${i}`, 0n, SIZE, buf, 0);
      const d = digest(buf.subarray(0, r.bytes));
      t.ok(d === old[i] || d === fresh[i], `big${i} is old or new`);
      if (reported.includes(`done ${i}\n`)) t.equal(d, fresh[i], `big${i} reported written, so it is new`);
    }
    await o.close();
  });
}
