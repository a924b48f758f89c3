// Where MOUNT finds exports: a MountSource answers "which export holds this path, and may
// this caller mount it?" (MNT) and "what may this caller mount?" (EXPORT). The server
// uses the export registry (registry-source.ts); a fixed list serves tests and tools.
import { mountstat3, type exports } from '../generated/mount3.js';
import type { NfsExport } from '../nfs/nfs-export.js';
import type { AuthRejection } from '../rpc/auth-rejection.js';
import type { CallContext } from '../rpc/types.js';

/** MNT's answer before the walk below the export root. */
export type MountTarget =
  | { ok: true; nfs: NfsExport; below: string[] }
  | { ok: false; status: Exclude<mountstat3, mountstat3.MNT3_OK> }
  | { ok: false; reject: AuthRejection };

export interface MountSource {
  resolve(path: string, ctx: CallContext): Promise<MountTarget>;
  list(ctx: CallContext): exports;
}

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

/** The names below `root` leading to `path` (normalised), or undefined when path is not at or below root. */
export function namesBelow(root: string, path: string): string[] | undefined {
  const prefix = root === '/' ? '' : root;
  if (path !== root && !path.startsWith(`${prefix}/`)) return undefined;
  return path.slice(prefix.length).split('/').filter((s) => s !== '');
}

/** The export holding `path` and the names leading below its root, or undefined. */
export function findExport(exports: MountableExport[], path: string): { exp: MountableExport; below: string[] } | undefined {
  const wanted = normalisePath(path);
  let best: { exp: MountableExport; below: string[] } | undefined;
  for (const exp of exports) {
    const below = namesBelow(exp.path, wanted);
    // The longest export path wins when exports nest.
    if (below !== undefined && (best === undefined || exp.path.length > best.exp.path.length)) best = { exp, below };
  }
  return best;
}

/** A fixed list of exports open to every client (tests, single-export tools). */
export function staticMountSource(list: MountableExport[]): MountSource {
  return {
    resolve: async (path) => {
      const found = findExport(list, path);
      if (found === undefined) return { ok: false, status: mountstat3.MNT3ERR_NOENT };
      return { ok: true, nfs: found.exp.nfs, below: found.below };
    },
    list: () => list.map((e) => ({ ex_dir: e.path, ex_groups: e.allowed.map((gr_name) => ({ gr_name })) })),
  };
}
