// Overlay resolver benchmark (not a test). Reports:
//  - merged listing of a 100,000-entry directory spread over 3 lowers vs the same directory in
//    one lower (fresh Overlay instance, then a second listing on the same instance);
//  - lookup of 100,000 names, cold (fresh instance) and warm (same names again);
//  - copy-up of a 1 GiB lower file (a 1-byte write forces a data copy-up) vs `cp` of the same file
//    (with and without an fsync of the copy), and the kernel overlayfs copy-up of it for reference.
// Kernel page caches are not dropped: "cold" means the resolver's own caches are empty.
// Run as root: npm run build && node out/bench/overlay/bench.js [entries=100000] [copyMiB=1024]
import { execFileSync } from 'node:child_process';
import { closeSync, constants, fsyncSync, mkdirSync, mkdtempSync, openSync, readdirSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { Overlay } from '../../src/overlay/index.js';

const ENTRIES = Number(process.argv[2] ?? 100_000);
const COPY_MIB = Number(process.argv[3] ?? 1024);
const ROOT = { uid: 0, gid: 0, groups: [] };
const base = mkdtempSync('/tmp/ovl-bench-');
const mounts: string[] = [];

function ms(start: bigint): number { return Number(process.hrtime.bigint() - start) / 1e6; }
function report(label: string, millis: number, extra = ''): void {
  console.log(`${label.padEnd(58)} ${millis.toFixed(1).padStart(10)} ms ${extra}`);
}

/** `count` empty files named e<i> in `dir`, for i in [from, to). */
function makeEntries(dir: string, from: number, to: number): void {
  mkdirSync(dir, { recursive: true });
  for (let i = from; i < to; i++) closeSync(openSync(join(dir, `e${i}`), 'w'));
}

async function fresh(lowers: string[], name: string): Promise<Overlay> {
  const upper = join(base, name, 'upper');
  const work = join(base, name, 'work');
  mkdirSync(upper, { recursive: true });
  mkdirSync(work, { recursive: true });
  return Overlay.open({ lowers, upper, work, xattr: 'trusted' });
}

async function listAll(ov: Overlay, dir: string): Promise<number> {
  let cookie = 0n;
  let verifier = 0n;
  let n = 0;
  for (;;) {
    const page = await ov.readdir(dir, cookie, verifier, 1024);
    verifier = page.verifier;
    n += page.entries.length;
    const last = page.entries[page.entries.length - 1];
    if (last !== undefined) cookie = last.cookie;
    if (page.eof) return n;
  }
}

async function listing(): Promise<void> {
  const third = Math.ceil(ENTRIES / 3);
  const spread = [0, 1, 2].map((i) => join(base, `spread${i}`));
  spread.forEach((l, i) => makeEntries(join(l, 'big'), i * third, Math.min(ENTRIES, (i + 1) * third)));
  const single = join(base, 'single');
  makeEntries(join(single, 'big'), 0, ENTRIES);

  for (const [label, lowers] of [['3 layers', spread], ['1 layer', [single]]] as const) {
    const ov = await fresh([...lowers], `list-${label.replace(' ', '')}`);
    let start = process.hrtime.bigint();
    const n = await listAll(ov, 'big');
    report(`readdir ${ENTRIES} entries, ${label}, first listing`, ms(start), `(${n} entries)`);
    start = process.hrtime.bigint();
    await listAll(ov, 'big');
    report(`readdir ${ENTRIES} entries, ${label}, second listing`, ms(start));
    await ov.close();

    const point = join(base, `mnt-${label.replace(' ', '')}`);
    mkdirSync(point);
    const up = join(base, `k-${label.replace(' ', '')}`);
    mkdirSync(join(up, 'u'), { recursive: true });
    mkdirSync(join(up, 'w'));
    execFileSync('mount', ['-t', 'overlay', 'overlay', '-o', `lowerdir=${lowers.join(':')},upperdir=${up}/u,workdir=${up}/w,redirect_dir=on,index=on`, point]);
    mounts.push(point);
    start = process.hrtime.bigint();
    readdirSync(join(point, 'big'));
    report(`  reference: kernel overlayfs readdirSync, ${label}`, ms(start));
  }

  const ov = await fresh(spread, 'lookup');
  const names = Array.from({ length: ENTRIES }, (_, i) => `e${i}`);
  for (const pass of ['cold', 'warm']) {
    const start = process.hrtime.bigint();
    for (const name of names) await ov.lookup('big', name);
    const t = ms(start);
    report(`lookup of ${ENTRIES} names (3 layers), ${pass}`, t, `(${((t * 1000) / ENTRIES).toFixed(1)} µs/lookup)`);
  }
  await ov.close();
}

function makeBigFile(path: string, mib: number): void {
  const block = Buffer.alloc(1 << 20);
  for (let i = 0; i < block.length; i++) block[i] = (i * 2654435761) >>> 24;
  const fd = openSync(path, 'w');
  for (let i = 0; i < mib; i++) { block.writeUInt32LE(i, 0); writeSync(fd, block); }
  fsyncSync(fd);
  closeSync(fd);
}

async function copyUp(): Promise<void> {
  const lower = join(base, 'copy-lower');
  mkdirSync(lower);
  const src = join(lower, 'big.bin');
  makeBigFile(src, COPY_MIB);

  const ov = await fresh([lower], 'copyup');
  let start = process.hrtime.bigint();
  await ov.write('big.bin', 0n, Buffer.from('x'), ROOT, 'file');
  const t = ms(start);
  report(`copy-up of a ${COPY_MIB} MiB file (resolver, 1-byte FILE_SYNC write)`, t, `(${(COPY_MIB / (t / 1000)).toFixed(0)} MiB/s)`);
  await ov.close();

  const dst = join(base, 'cp.bin');
  start = process.hrtime.bigint();
  execFileSync('cp', [src, dst]);
  report(`cp of the same file`, ms(start));
  const fd = openSync(dst, 'r');
  fsyncSync(fd);
  closeSync(fd);
  report(`cp of the same file + fsync of the copy`, ms(start));

  const k = join(base, 'kcopy');
  mkdirSync(join(k, 'u'), { recursive: true });
  mkdirSync(join(k, 'w'));
  mkdirSync(join(k, 'm'));
  execFileSync('mount', ['-t', 'overlay', 'overlay', '-o', `lowerdir=${lower},upperdir=${k}/u,workdir=${k}/w`, join(k, 'm')]);
  mounts.push(join(k, 'm'));
  start = process.hrtime.bigint();
  const kfd = openSync(join(k, 'm', 'big.bin'), constants.O_WRONLY);
  writeSync(kfd, Buffer.from('x'), 0, 1, 0);
  fsyncSync(kfd);
  closeSync(kfd);
  report(`  reference: kernel overlayfs copy-up (open for write + fsync)`, ms(start));
}

try {
  console.log(`ovlnfs overlay bench ${new Date().toISOString()} node ${process.version}, entries=${ENTRIES}, copy=${COPY_MIB} MiB, dir ${base}`);
  await listing();
  await copyUp();
} finally {
  for (const m of mounts.reverse()) execFileSync('umount', [m]);
  rmSync(base, { recursive: true, force: true });
}
