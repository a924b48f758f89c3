// Kernel overlay mounts and temporary directories for tests, with cleanup that runs even when a
// test fails: every mount is unmounted (lazily if busy) and every temp dir removed.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** Options that make kernel semantics comparable with the resolver: redirects and the index. */
export const KERNEL_OPTIONS = 'redirect_dir=on,index=on';

/**
 * Options for mounting an upper the resolver wrote: the same as the reference mount, so the
 * kernel also checks the resolver's W/index entries (it refuses the mount if they are malformed).
 */
export const FORMAT_OPTIONS = KERNEL_OPTIONS;

export interface OverlayDirs { lowers: string[]; upper: string; work: string }

export function isMounted(point: string): boolean {
  return readFileSync('/proc/self/mounts', 'utf8').split('\n').some((l) => l.split(' ')[1] === point);
}

export function mountOverlay(d: OverlayDirs, point: string, options = KERNEL_OPTIONS): void {
  mkdirSync(point, { recursive: true });
  const lowerdir = d.lowers.map((l) => l.replace(/:/g, '\\:')).join(':');
  const args = ['-t', 'overlay', 'overlay', '-o',
    `lowerdir=${lowerdir},upperdir=${d.upper},workdir=${d.work}${options === '' ? '' : `,${options}`}`, point];
  try {
    execFileSync('mount', args, { stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (first) {
    // One retry: a mount can fail transiently while another test's overlay is being torn down;
    // a refusal of the layers themselves fails again, with the kernel's reason from the log.
    try {
      execFileSync('mount', args, { stdio: ['ignore', 'ignore', 'pipe'] });
    } catch {
      throw new Error(`${(first as Error).message}\nkernel log: ${kernelLogTail()}`);
    }
  }
}

/** The last overlayfs lines of the kernel log (the reason for a refused mount), or ''. */
function kernelLogTail(): string {
  try {
    return execFileSync('dmesg', [], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
      .split('\n').filter((l) => l.includes('overlayfs')).slice(-3).join(' | ');
  } catch {
    return '';
  }
}

export function unmount(point: string): void {
  if (!isMounted(point)) return;
  try {
    execFileSync('umount', [point], { stdio: ['ignore', 'ignore', 'pipe'] });
  } catch {
    execFileSync('umount', ['-l', point], { stdio: ['ignore', 'ignore', 'pipe'] });
  }
}

/** A unique scratch directory under /tmp that knows its mounts; `cleanup` undoes everything. */
export class Scratch {
  readonly root: string;
  private readonly mounts: string[] = [];

  constructor(label: string) {
    this.root = mkdtempSync(`/tmp/ovl-${label}-`);
    // Operations run as other users too: they must be able to reach the mount points.
    chmodSync(this.root, 0o755);
  }

  dir(...names: string[]): string {
    const p = join(this.root, ...names);
    mkdirSync(p, { recursive: true });
    return p;
  }

  /** upper and work dirs, fresh, under `name`. */
  upperWork(name: string): { upper: string; work: string } {
    return { upper: this.dir(name, 'upper'), work: this.dir(name, 'work') };
  }

  mount(d: OverlayDirs, point: string, options = KERNEL_OPTIONS): void {
    mountOverlay(d, point, options);
    this.mounts.push(point);
  }

  unmount(point: string): void {
    unmount(point);
    const i = this.mounts.indexOf(point);
    if (i >= 0) this.mounts.splice(i, 1);
  }

  cleanup(): void {
    for (const m of this.mounts.splice(0).reverse()) unmount(m);
    rmSync(this.root, { recursive: true, force: true });
  }
}
