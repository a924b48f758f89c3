// The Linux kernel NFS client (shared/vmclient guest) against `ovlnfs serve`, mounted with
// vers=3,proto=tcp,port=P,mountport=P,nolock: guest/kernel-scenario.sh writes, truncates,
// copies, renames, removes, links, chmods, chowns, touches, makes a fifo and round-trips a tar
// through the mount. Then, on the host: the lowers are untouched, the upper holds the kernel
// overlayfs format (whiteouts, redirects, opaque dirs, impure markers), and kernel overlayfs mounting the same
// layers shows exactly the tree the NFS client listed (helpers/listing.ts says what is
// normalised and why).
import t from 'tap';
import { copyFileSync, lstatSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import rimraf from '@zkochan/rimraf';
import * as sys from '../../src/sys/index.js';
import { dinoMismatches } from '../overlay-kernel/helpers/impure.js';
import { buildLowers } from './helpers/layers.js';
import { normaliseListing } from './helpers/listing.js';
import { treeDigest, treeState } from './helpers/tree-hash.js';
import { expectGuestChecks, GUEST_DIR, runVm, serveCommand } from './helpers/vm.js';

const PORT = 2050; // not 2049: the mount must use the ports it is given, not a default

const isMounted = (point: string): boolean =>
  readFileSync('/proc/self/mounts', 'utf8').split('\n').some((l) => l.split(' ')[1] === point);

function mountOverlay(point: string, options: string): void {
  mkdirSync(point, { recursive: true });
  execFileSync('mount', ['-t', 'overlay', 'overlay', '-o', options, point], { stdio: ['ignore', 'ignore', 'pipe'] });
}

function unmount(point: string): void {
  if (isMounted(point)) execFileSync('umount', ['-l', point]);
}

function listing(dir: string): string {
  return execFileSync('bash', [join(GUEST_DIR, 'listing.sh'), dir], { encoding: 'utf8', maxBuffer: 64 << 20 });
}

function xattr(path: string, name: string): string | undefined {
  const v = sys.lgetxattr(path, name);
  return v instanceof Buffer ? v.toString() : undefined;
}

function isWhiteout(path: string): boolean {
  try {
    const st = lstatSync(path);
    return st.isCharacterDevice() && st.rdev === 0;
  } catch {
    return false;
  }
}

t.test('Linux NFS client scenario over an overlay export equals kernel overlayfs', async (t) => {
  const root = mkdtempSync('/tmp/ovlnfs-kernel-scenario-');
  const kernelMount = join(root, 'kernel-mount');
  t.teardown(async () => {
    unmount(kernelMount);
    await rimraf(root);
  });
  const lowers = buildLowers(join(root, 'layers'));
  const layers = { lowers, upper: join(root, 'layers', 'upper'), work: join(root, 'layers', 'work') };
  mkdirSync(layers.upper);
  mkdirSync(layers.work);
  const share = join(root, 'share');
  mkdirSync(share);
  copyFileSync(join(GUEST_DIR, 'listing.sh'), join(share, 'listing.sh'));
  const lowerDigests = lowers.map(treeDigest);

  // What kernel overlayfs shows of the lowers alone: the server's view before any change.
  mountOverlay(kernelMount, `lowerdir=${lowers.join(':')}`);
  const kernelBefore = normaliseListing(listing(kernelMount));
  unmount(kernelMount);

  const run = await runVm([
    '--server-cmd', serveCommand(layers, PORT, join(root, 'state'), ['--portmapper', 'off']),
    '--net', 'tap', '--port', String(PORT), '--export', '/ovl', '--locks', 'off', '--timeout', '240',
    '--share', share, '--script', join(GUEST_DIR, 'kernel-scenario.sh'),
  ], join(root, 'vm'));
  t.comment(run.output.split('\n').filter((l) => /^### |timing|vmclient: wall/.test(l)).join('\n'));
  t.match(run.output, /vers=3,.*proto=tcp,.*port=2050,.*mountport=2050/, 'mounted with the explicit ports');
  expectGuestChecks(t, run, 'kernel-scenario');
  if (run.code !== 0) return;

  const before = normaliseListing(readFileSync(join(share, 'before.txt'), 'utf8'));
  // The export root is the upper's directory here and the top lower's in the lowers-only mount.
  const withoutRoot = (l: string[]): string[] => l.filter((e) => !e.startsWith('. '));
  t.same(withoutRoot(before.entries), withoutRoot(kernelBefore.entries), 'initial listing: as kernel overlayfs merges the two lowers');
  t.same(before.sums, kernelBefore.sums, 'initial contents: as kernel overlayfs merges the two lowers');

  t.same(lowers.map(treeDigest), lowerDigests, 'lower layers untouched (content, metadata, ctimes, xattrs)');

  const up = (p: string): string => join(layers.upper, p);
  const names = (prefix: string, from: number, to: number, width: number): string[] =>
    Array.from({ length: to - from }, (_, i) => `${prefix}${String(from + i).padStart(width, '0')}`);
  t.same(readFileSync(join(share, 'many-names.txt'), 'utf8').trim().split('\n'), [...names('f', 100, 1200, 4), ...names('n', 0, 200, 3)],
    'the big merged dir before rm -rf: both lowers, minus 100 removed, plus 200 created');
  for (const gone of ['many', 'tree-to-remove', 'merged/only-l1.txt', 'merged/only-l2.txt', 'merged/dangling', 'lowerdir-to-rename', 'merged/nested/x']) {
    t.ok(isWhiteout(up(gone)), `upper has a whiteout (char 0/0) for ${gone}`);
  }
  t.equal(xattr(up('tree-to-replace'), 'trusted.overlay.opaque'), 'y', 'a lower dir removed and made again is opaque');
  t.equal(xattr(up('renamed-lowerdir'), 'trusted.overlay.redirect'), 'lowerdir-to-rename', 'renamed lower dir: relative redirect');
  t.equal(xattr(up('merged/dir-from-l2/x-moved'), 'trusted.overlay.redirect'), '/merged/nested/x', 'moved merged dir: absolute redirect');
  const bigMd5 = createHash('md5').update(readFileSync(up('big.bin'))).digest('hex');
  t.equal(bigMd5, readFileSync(join(share, 'big.md5'), 'utf8').trim(), 'the big file in the upper has the bytes the guest wrote');

  // The server has stopped (the rig stops it before it exits): kernel overlayfs reads the same
  // layers, with the options our upper format is compatible with (test/overlay-kernel's).
  // The kernel's first index=on mount of an upper stamps its root directory with the lowers'
  // origin and a uuid (an xattr block, hence also the root's ctime and block count); apart from
  // that it must find nothing to fix: no index entry, whiteout or redirect rewritten.
  const notRoot = (entries: string[]): string[] => entries.filter((e) => !e.startsWith('. '));
  const upperBefore = notRoot(treeState(layers.upper));
  mountOverlay(kernelMount, `lowerdir=${lowers.join(':')},upperdir=${layers.upper},workdir=${layers.work},redirect_dir=on,index=on`);
  const kernelAfter = normaliseListing(listing(kernelMount));
  // `ls -s` totals are left out: they include '..', the root, whose blocks the stamp just changed.
  const lsWithoutTotal = (text: string): string => text.replace(/^total \d+\n/, '');
  const kernelLs = lsWithoutTotal(execFileSync('ls', ['-lan', '--time-style=full-iso', join(kernelMount, 'merged')], { encoding: 'utf8' }));
  // Readdir reports an entry's origin inode (the one stat gives) only in directories our upper
  // marks overlay.impure, as the kernel marks them; a missing marker shows here.
  const dino = dinoMismatches(kernelMount);
  unmount(kernelMount);
  t.same(dino, [], 'on the kernel mount, readdir d_ino == lstat st_ino for every entry');
  t.same(notRoot(treeState(layers.upper)), upperBefore, 'kernel overlayfs found nothing to change in the upper we wrote');
  t.equal(lsWithoutTotal(readFileSync(join(share, 'ls-merged.txt'), 'utf8')), kernelLs, 'ls -lan of a merged directory: the same as on kernel overlayfs');
  const after = normaliseListing(readFileSync(join(share, 'after.txt'), 'utf8'));
  t.same(after.entries, kernelAfter.entries, 'final listing over NFS equals kernel overlayfs of the same layers');
  t.same(after.sums, kernelAfter.sums, 'final contents over NFS equal kernel overlayfs of the same layers');
  t.ok(after.entries.length > 100, `the listing covers the tree (${after.entries.length} entries)`);
});
