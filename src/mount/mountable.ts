// An export as MOUNT sees it: the path clients ask for and the NFS export behind it.
import type { NfsExport } from '../nfs/nfs-export.js';

export interface MountableExport {
  /** Absolute, normalised: '/ovl' (no trailing slash). */
  path: string;
  nfs: NfsExport;
  /** Who may mount, for EXPORT's group list; ['*'] when anyone may. */
  allowed: string[];
}

/** '/ovl/', '//ovl' and '/ovl/./' all name '/ovl'; '..' is kept so it can be refused. */
export function normalisePath(p: string): string {
  const parts = p.split('/').filter((s) => s !== '' && s !== '.');
  return `/${parts.join('/')}`;
}

/** The export holding `path` and the names leading below its root, or undefined. */
export function findExport(exports: MountableExport[], path: string): { exp: MountableExport; below: string[] } | undefined {
  const wanted = normalisePath(path);
  let best: { exp: MountableExport; below: string[] } | undefined;
  for (const exp of exports) {
    const root = exp.path === '/' ? '' : exp.path;
    if (wanted !== exp.path && !wanted.startsWith(`${root}/`)) continue;
    const below = wanted.slice(root.length).split('/').filter((s) => s !== '');
    // The longest export path wins when exports nest.
    if (best === undefined || exp.path.length > best.exp.path.length) best = { exp, below };
  }
  return best;
}
