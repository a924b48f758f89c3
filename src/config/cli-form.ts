// The single-export command-line form, as `mount -t overlay` spells it:
//   ovlnfs serve -o lowerdir=L1:L2,upperdir=U,workdir=W --export /ovl
// is turned into the same raw structure as a one-export configuration file and
// validated by the same code, so both forms mean exactly the same thing.
// Escapes as in overlayfs: '\:' inside lowerdir, '\,' in any value, '\\' for '\'.
import { keyPath, type ConfigError, type Result } from './errors.js';
import { resolveConfig } from './resolve.js';
import type { ExportExtras } from './export-flags.js';
import { configSchema, type RawConfig, type RawExport } from './schema.js';
import type { ServerConfig } from './types.js';

export const COMMAND_LINE = 'command line';

export interface CliExportOptions {
  /** The -o value: lowerdir=…,upperdir=…,workdir=… (upper/work optional together; 'ro' allowed). */
  mountOptions: string;
  /** --export; default '/ovl'. */
  exportPath?: string;
  /** Further per-export settings from flags, in config-file spelling (e.g. { clients: ['10.0.0.0/8'] }). */
  extra?: ExportExtras;
  /** Global settings from flags, in config-file spelling (e.g. { port: 2049, state_dir: '/x' }). */
  global?: Omit<RawConfig, 'exports' | 'templates'>;
  /** Relative paths resolve against this directory. */
  cwd: string;
  defaultStateDir: string;
}

/** Splits on `separator` where it is not escaped by a backslash; escapes other than `keep` are removed. */
export function splitEscaped(text: string, separator: string, keep = ''): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    const next = text[i + 1];
    if (c === '\\' && next !== undefined) {
      current += keep.includes(next) ? c + next : next;
      i++;
    } else if (c === separator) {
      parts.push(current);
      current = '';
    } else {
      current += c;
    }
  }
  parts.push(current);
  return parts;
}

/** Removes backslash escapes from a single value. */
function unescapeValue(text: string): string {
  return text.replace(/\\(.)/g, '$1');
}

const KEY_NAMES: Record<string, string> = {
  'exports[0].path': '--export',
  'exports[0].lower': '-o lowerdir',
  'exports[0].upper': '-o upperdir',
  'exports[0].work': '-o workdir',
};

function cliKey(key: string): string {
  for (const [from, to] of Object.entries(KEY_NAMES)) if (key.startsWith(from)) return to + key.slice(from.length);
  return key.replace(/^exports\[0\]\./, '--');
}

export function configFromCli(options: CliExportOptions): Result<ServerConfig> {
  const errors: ConfigError[] = [];
  const fail = (key: string, message: string): void => {
    errors.push({ file: COMMAND_LINE, line: 0, key, message });
  };
  const values: { lowerdir?: string[]; upperdir?: string; workdir?: string; ro?: boolean } = {};
  for (const item of splitEscaped(options.mountOptions, ',', ':\\')) {
    if (item === '') continue;
    if (item === 'ro' || item === 'rw') {
      values.ro = item === 'ro';
      continue;
    }
    const eq = item.indexOf('=');
    const name = eq < 0 ? item : item.slice(0, eq);
    const value = eq < 0 ? '' : item.slice(eq + 1);
    if (name === 'lowerdir') values.lowerdir = splitEscaped(value, ':');
    else if (name === 'upperdir') values.upperdir = unescapeValue(value);
    else if (name === 'workdir') values.workdir = unescapeValue(value);
    else fail('-o', `unsupported option '${name}' (supported: lowerdir, upperdir, workdir, ro, rw)`);
    if (eq < 0 || value === '') {
      if (name === 'lowerdir' || name === 'upperdir' || name === 'workdir') fail(`-o ${name}`, 'needs a value');
    }
  }
  if (!values.lowerdir) fail('-o lowerdir', 'is required (lowerdir=DIR[:DIR...])');
  if (values.lowerdir?.some((l) => l === '')) fail('-o lowerdir', 'contains an empty directory name');
  if (errors.length > 0) return { ok: false, errors };

  const raw: RawExport = {
    ...options.extra,
    path: options.exportPath ?? '/ovl',
    lower: values.lowerdir ?? [],
    ...(values.upperdir === undefined ? {} : { upper: values.upperdir }),
    ...(values.workdir === undefined ? {} : { work: values.workdir }),
    ...(values.ro === undefined ? {} : { readonly: values.ro }),
  };
  const parsed = configSchema.safeParse({ ...options.global, exports: [raw] });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) fail(cliKey(keyPath(issue.path)), issue.message);
    return { ok: false, errors };
  }
  const resolved = resolveConfig(parsed.data, {
    file: COMMAND_LINE,
    baseDir: options.cwd,
    lineOf: () => 0,
    keyLinesOf: () => ({}),
    defaultStateDir: options.defaultStateDir,
  });
  if (!resolved.ok) return { ok: false, errors: resolved.errors.map((e) => ({ ...e, key: cliKey(e.key) })) };
  return resolved;
}
