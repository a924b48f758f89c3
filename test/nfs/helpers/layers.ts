// Temporary overlay layers for NFS tests: a lower with a small known tree, an empty upper
// and a work dir, removed on teardown.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Layers { base: string; lower: string; upper: string; work: string }

/** lower: hello.txt ("hello world\n"), dir/sub/deep.txt, dir/a.txt, link -> hello.txt, empty/ */
export function makeLayers(t: { teardown(fn: () => void): void }): Layers {
  const base = mkdtempSync(join(tmpdir(), 'ovlnfs-nfs-'));
  t.teardown(() => rmSync(base, { recursive: true, force: true }));
  const lower = join(base, 'lower');
  const upper = join(base, 'upper');
  const work = join(base, 'work');
  for (const d of [lower, upper, work, join(lower, 'dir/sub'), join(lower, 'empty')]) mkdirSync(d, { recursive: true });
  writeFileSync(join(lower, 'hello.txt'), 'hello world\n');
  writeFileSync(join(lower, 'dir/a.txt'), 'a\n');
  writeFileSync(join(lower, 'dir/sub/deep.txt'), 'deep\n');
  symlinkSync('hello.txt', join(lower, 'link'));
  return { base, lower, upper, work };
}
