// Startup checks against the filesystem, run before the server listens. Each
// returns ConfigErrors pointing at the offending key. The overlap rules follow
// the kernel's (fs/overlayfs: "overlapping layers" → ELOOP, upper and work on
// one filesystem, work not inside upper) and extend them across exports: two
// exports must never write into the same tree, and no export may read a tree
// another export writes. Nested export *paths* (/a and /a/b) are allowed, as
// knfsd allows them: MNT resolves to the longest matching export path.
import { realpath, stat } from 'node:fs/promises';
import type { ConfigError } from './errors.js';
import type { ExportConfig, ServerConfig } from './types.js';

/** One export's directories after realpath; what overlap checks compare. */
export interface ExportLayers {
  path: string;
  lower: string[];
  upper: string | null;
  work: string | null;
}

export function isInside(child: string, parent: string): boolean {
  return child === parent || parent === '/' || child.startsWith(parent + '/');
}

function errorAt(e: ExportConfig, key: string, message: string): ConfigError {
  const line = e.source.keyLines[key] ?? e.source.line;
  return { file: e.source.file, line, key: e.source.key === '' ? key : `${e.source.key}.${key}`, message };
}

async function directory(path: string): Promise<{ dev: number; real: string } | string> {
  try {
    const st = await stat(path);
    if (!st.isDirectory()) return `'${path}' is not a directory`;
    return { dev: st.dev, real: await realpath(path) };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? `'${path}' does not exist` : `'${path}': ${code ?? (err as Error).message}`;
  }
}

/**
 * Checks one export's directories exist and fit together; returns the realpaths
 * for the cross-export checks, or null when something is missing.
 */
export async function checkExportDirs(e: ExportConfig): Promise<{ errors: ConfigError[]; layers: ExportLayers | null }> {
  const errors: ConfigError[] = [];
  const lower: string[] = [];
  for (const dir of e.lower) {
    const d = await directory(dir);
    if (typeof d === 'string') errors.push(errorAt(e, 'lower', d));
    else lower.push(d.real);
  }
  let upper: string | null = null;
  let work: string | null = null;
  if (e.upper !== null && e.work !== null) {
    const u = await directory(e.upper);
    const w = await directory(e.work);
    if (typeof u === 'string') errors.push(errorAt(e, 'upper', u));
    if (typeof w === 'string') errors.push(errorAt(e, 'work', w));
    if (typeof u !== 'string' && typeof w !== 'string') {
      upper = u.real;
      work = w.real;
      if (u.dev !== w.dev) {
        errors.push(errorAt(e, 'work', `'${e.work}' is on another filesystem than upper '${e.upper}' (they must share one)`));
      } else if (upper === work) {
        errors.push(errorAt(e, 'work', 'must be a different directory from upper'));
      } else if (isInside(work, upper)) {
        errors.push(errorAt(e, 'work', `'${e.work}' is inside upper '${e.upper}'`));
      } else if (isInside(upper, work)) {
        errors.push(errorAt(e, 'upper', `'${e.upper}' is inside work '${e.work}'`));
      }
    }
  }
  if (errors.length > 0) return { errors, layers: null };
  return { errors, layers: { path: e.path, lower, upper, work } };
}

/** Why `candidate` may not be served next to `existing`, or undefined if they are independent. */
export function overlapProblem(candidate: ExportLayers, existing: readonly ExportLayers[]): { key: string; message: string } | undefined {
  const self = candidate;
  const all = [...existing, self];
  for (const other of all) {
    const writable = [other.upper, other.work].filter((d): d is string => d !== null);
    for (const dir of writable) {
      for (const lower of self.lower) {
        if (isInside(lower, dir) || isInside(dir, lower)) {
          const whose = other === self ? 'its own' : `export '${other.path}''s`;
          return { key: 'lower', message: `'${lower}' overlaps ${whose} writable directory '${dir}'` };
        }
      }
      if (other === self) continue;
      for (const [key, mine] of [['upper', self.upper], ['work', self.work]] as const) {
        if (mine !== null && (isInside(mine, dir) || isInside(dir, mine))) {
          return { key, message: `'${mine}' overlaps '${dir}' written by export '${other.path}'` };
        }
      }
    }
    // The other direction: my writable dirs inside someone else's lowers.
    if (other !== self) {
      for (const [key, mine] of [['upper', self.upper], ['work', self.work]] as const) {
        for (const lower of other.lower) {
          if (mine !== null && (isInside(mine, lower) || isInside(lower, mine))) {
            return { key, message: `'${mine}' overlaps lower '${lower}' of export '${other.path}'` };
          }
        }
      }
    }
  }
  return undefined;
}

/** All startup checks of the static exports; template lowers are checked when they name no {name}. */
export async function checkConfigOnDisk(config: ServerConfig): Promise<ConfigError[]> {
  const errors: ConfigError[] = [];
  const accepted: ExportLayers[] = [];
  for (const e of config.exports) {
    const checked = await checkExportDirs(e);
    errors.push(...checked.errors);
    if (!checked.layers) continue;
    const overlap = overlapProblem(checked.layers, accepted);
    if (overlap) errors.push(errorAt(e, overlap.key, overlap.message));
    else accepted.push(checked.layers);
  }
  for (const t of config.templates) {
    for (const dir of t.lower) {
      if (dir.includes('{name}')) continue;
      const d = await directory(dir);
      if (typeof d === 'string') errors.push(errorAt(t, 'lower', d));
    }
  }
  return errors;
}
