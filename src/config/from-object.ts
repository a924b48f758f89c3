// One export given as a plain object in config-file spelling (the admin
// socket's `add` command), validated exactly like an entry of the file, and the
// reverse: an ExportConfig written back in that spelling.
import { isAbsolute } from 'node:path';
import { keyPath, type ConfigError, type Result } from './errors.js';
import { resolveConfig } from './resolve.js';
import { configSchema, type RawExport } from './schema.js';
import type { ExportConfig } from './types.js';

/** `origin` names the source in messages (e.g. 'admin'); paths must be absolute. */
export function exportFromObject(raw: unknown, origin: string): Result<ExportConfig> {
  const errors: ConfigError[] = [];
  const strip = (key: string): string => key.replace(/^exports\[0\]\.?/, '');
  const parsed = configSchema.safeParse({ exports: [raw] });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      errors.push({ file: origin, line: 0, key: strip(keyPath(issue.path)), message: issue.message });
    }
    return { ok: false, errors };
  }
  const entry = parsed.data.exports?.[0] as RawExport;
  const dirs: [string, string | undefined][] = [
    ...(typeof entry.lower === 'string' ? [entry.lower] : entry.lower).map((l): [string, string] => ['lower', l]),
    ['upper', entry.upper],
    ['work', entry.work],
  ];
  for (const [key, dir] of dirs) {
    if (dir !== undefined && !isAbsolute(dir)) errors.push({ file: origin, line: 0, key, message: `'${dir}' must be an absolute path` });
  }
  if (errors.length > 0) return { ok: false, errors };
  const resolved = resolveConfig(parsed.data, {
    file: origin,
    baseDir: '/',
    lineOf: () => 0,
    keyLinesOf: () => ({}),
    defaultStateDir: '/',
  });
  if (!resolved.ok) return { ok: false, errors: resolved.errors.map((e) => ({ ...e, key: strip(e.key) })) };
  const config = resolved.value.exports[0] as ExportConfig;
  return { ok: true, value: { ...config, source: { ...config.source, key: '' } } };
}

/** The config-file spelling of an export (what `exports add` sends and `exports list --json` shows). */
export function rawFromExport(e: ExportConfig): RawExport {
  return {
    path: e.path,
    lower: [...e.lower],
    ...(e.upper === null ? {} : { upper: e.upper }),
    ...(e.work === null ? {} : { work: e.work }),
    clients: e.clients.map((c) => (c.readonly === undefined ? c.spec : { address: c.spec, readonly: c.readonly })),
    readonly: e.readonly,
    squash: e.squash,
    anonuid: e.anonuid,
    anongid: e.anongid,
    secure: e.secure,
    ...(e.fsid === null ? {} : { fsid: e.fsid }),
    locks: e.locks ? 'on' : 'off',
  };
}
