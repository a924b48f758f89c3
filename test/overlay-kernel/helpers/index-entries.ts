// The W/index entries of an upper, described by the upper names linked to each, so two uppers
// over different copies of the same lowers compare (entry names are lower file handles, which
// differ between the copies). Names starting with '#' are the kernel's temporary files (its
// shared whiteout), not entries.
import { lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { OverlayDirs } from './mounts.js';

/** Paths of the regular files with several links under `root`, by inode number. */
function linkedFiles(root: string): Map<bigint, string[]> {
  const byIno = new Map<bigint, string[]>();
  const walk = (rel: string): void => {
    for (const name of readdirSync(join(root, rel))) {
      const path = rel === '' ? name : `${rel}/${name}`;
      const st = lstatSync(join(root, path), { bigint: true });
      if (st.isDirectory()) walk(path);
      else if (st.isFile() && st.nlink > 1n) byIno.set(st.ino, [...(byIno.get(st.ino) ?? []), path]);
    }
  };
  walk('');
  return byIno;
}

/** One line per index entry: its type and the upper names sharing its inode; sorted. */
export function indexEntries(d: OverlayDirs): string[] {
  const dir = join(d.work, 'index');
  const names = readdirSync(dir).filter((n) => !n.startsWith('#'));
  if (names.length === 0) return [];
  const byIno = linkedFiles(d.upper);
  return names.map((n) => {
    const st = lstatSync(join(dir, n), { bigint: true });
    const type = st.isFile() ? 'file' : st.isDirectory() ? 'dir' : st.isCharacterDevice() ? 'whiteout' : 'other';
    const upperNames = (byIno.get(st.ino) ?? []).sort();
    return `${type} linked to ${upperNames.length === 0 ? '(no upper name)' : upperNames.join(' = ')}`;
  }).sort();
}
