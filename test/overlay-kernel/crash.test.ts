// Crash safety of copy-up: a child process copies up large lower files through the resolver and
// is SIGKILLed at seeded moments. After a restart (Overlay.open) every file shows its old or its
// new content (never a mix), its mode matches, W/work is empty; finishing the plan afterwards
// gives exactly the new contents, through the resolver and through a kernel mount of the upper.
import t from 'tap';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Overlay, type OverlayOptions } from '../../src/overlay/index.js';
import { makeCrashLower, type CrashFile } from './helpers/crash-plan.js';
import { Scratch } from './helpers/mounts.js';
import { Rng } from './helpers/rng.js';

const child = fileURLToPath(new URL('./helpers/copyup-child.js', import.meta.url));
const asRoot = process.getuid?.() === 0;
const FILES = 4;
const SIZE = 64 << 20;
// A full plan takes about a second here; kills are spread over its first 700 ms.
const ROUNDS = 8;
const MAX_KILL_DELAY_MS = 700;

async function resolverHash(ov: Overlay, path: string): Promise<string> {
  const h = createHash('sha256');
  const buf = Buffer.allocUnsafe(1 << 20);
  for (let off = 0n; ;) {
    const { bytes, eof } = await ov.read(path, off, buf.length, buf, 0);
    h.update(buf.subarray(0, bytes));
    off += BigInt(bytes);
    if (eof || bytes === 0) return h.digest('hex');
  }
}

const fileHash = (p: string): string => createHash('sha256').update(readFileSync(p)).digest('hex');

/** Runs the child; kills it `killAfterMs` after it reported "ready" (never, if undefined). */
function runChild(options: OverlayOptions, files: CrashFile[], killAfterMs: number | undefined): Promise<{ signal: string | null; done: number }> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [child, JSON.stringify(options), JSON.stringify(files.map((f) => f.change))],
      { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    let timer: NodeJS.Timeout | undefined;
    proc.stdout.setEncoding('utf8');
    proc.stdout.on('data', (chunk: string) => {
      out += chunk;
      if (killAfterMs !== undefined && timer === undefined && out.includes('ready\n')) {
        timer = setTimeout(() => proc.kill('SIGKILL'), killAfterMs);
      }
    });
    proc.on('error', reject);
    proc.on('exit', (code, signal) => {
      if (timer !== undefined) clearTimeout(timer);
      if (signal === null && code !== 0) reject(new Error(`child failed with ${code}: ${out}`));
      else resolve({ signal, done: out.split('\n').filter((l) => l.startsWith('done ')).length });
    });
  });
}

t.test('copy-up survives SIGKILL at random moments', { skip: asRoot ? false : 'needs root (trusted xattrs, overlay mount)' }, async (t) => {
  const scratch = new Scratch('crash');
  t.teardown(() => scratch.cleanup());
  const lower = scratch.dir('lower');
  const files = makeCrashLower(20261127, lower, FILES, SIZE);
  const rng = new Rng(4242);

  for (let round = 0; round < ROUNDS; round++) {
    const { upper, work } = scratch.upperWork(`round${round}`);
    const options: OverlayOptions = { lowers: [lower], upper, work, xattr: 'trusted' };
    const killed = await runChild(options, files, rng.int(0, MAX_KILL_DELAY_MS));
    const leftovers = existsSync(join(work, 'work')) ? readdirSync(join(work, 'work')).length : 0;
    t.comment(`round ${round}: ${killed.signal ?? 'finished'} after ${killed.done}/${files.length} changes, ${leftovers} object(s) left in W/work`);

    const ov = await Overlay.open(options);
    try {
      t.same(readdirSync(join(work, 'work')), [], `round ${round}: W/work is empty after restart`);
      for (const [i, f] of files.entries()) {
        const hash = await resolverHash(ov, f.path);
        const { mode } = await ov.getattr(f.path);
        const isNew = hash === f.newHash && (mode & 0o7777) === f.newMode;
        const isOld = hash === f.oldHash && (mode & 0o7777) === f.oldMode;
        t.ok(isOld || isNew, `round ${round}: ${f.path} (${f.change.kind}) is old or new`);
        if (i < killed.done) t.ok(isNew, `round ${round}: ${f.path} reported done, so it is new`);
        const raw = join(upper, f.path);
        if (existsSync(raw)) t.ok([f.oldHash, f.newHash].includes(fileHash(raw)), `round ${round}: upper copy of ${f.path} is whole`);
      }
    } finally {
      await ov.close();
    }

    const finished = await runChild(options, files, undefined);
    t.equal(finished.done, files.length, `round ${round}: the plan completes after the crash`);
    const again = await Overlay.open(options);
    try {
      for (const f of files) t.equal(await resolverHash(again, f.path), f.newHash, `round ${round}: ${f.path} has its new content`);
    } finally {
      await again.close();
    }
    const point = scratch.dir(`mnt${round}`);
    scratch.mount({ lowers: [lower], upper, work }, point);
    try {
      for (const f of files) t.equal(fileHash(join(point, f.path)), f.newHash, `round ${round}: the kernel reads ${f.path} as new`);
    } finally {
      scratch.unmount(point);
    }
  }
});
