// Format compatibility the other way round: an upper written by kernel overlayfs
// (redirect_dir=on) is served by the overlay with the kernel's view.
import { execFileSync } from 'node:child_process';
import { mkdirSync, renameSync, rmSync, unlinkSync, writeFileSync, appendFileSync, chmodSync, symlinkSync, linkSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { kernelSnapshot, makeFixture, overlaySnapshot } from './fixture.js';

t.test('kernel-made whiteouts, opaque dirs, redirects and copy-ups read back identically', async (t) => {
  const f = makeFixture([{ 'a/x': 'x', 'a/sub/y': 'y', 'b/z': 'z', 'c/keep': 'k', 'c/drop': 'd', f: 'f' }, { 'a/deep': 'D', 'c/low': 'l' }]);
  t.teardown(f.cleanup);
  const mnt = join(f.base, 'kmnt');
  mkdirSync(mnt);
  execFileSync('mount', ['-t', 'overlay', 'overlay', '-o', `lowerdir=${f.lowers.join(':')},upperdir=${f.upper},workdir=${f.work},redirect_dir=on`, mnt]);
  let mounted = true;
  t.teardown(() => { if (mounted) execFileSync('umount', [mnt]); });
  renameSync(`${mnt}/a`, `${mnt}/a2`);
  renameSync(`${mnt}/a2/sub`, `${mnt}/b/sub`);
  unlinkSync(`${mnt}/c/drop`);
  rmSync(`${mnt}/c`, { recursive: true });
  mkdirSync(`${mnt}/c`);
  writeFileSync(`${mnt}/c/new`, 'n');
  appendFileSync(`${mnt}/f`, '+');
  chmodSync(`${mnt}/b/z`, 0o600);
  symlinkSync('../f', `${mnt}/b/s`);
  linkSync(`${mnt}/f`, `${mnt}/b/f2`);
  execFileSync('umount', [mnt]);
  mounted = false;
  const o = await f.open();
  t.same(await overlaySnapshot(o), kernelSnapshot(f));
  t.equal((await o.getattr('f')).nlink, 2);
});
