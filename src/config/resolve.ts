// Turns the schema-checked raw config into ServerConfig: fills defaults, makes
// paths absolute (relative to the config file's directory), parses client lists,
// and checks the rules that span several keys. Every problem is collected with
// the line of the key that causes it.
import { isAbsolute, resolve as resolvePath } from 'node:path';
import { loopbackRules, parseAddress, parseClientSpec, type ClientRule } from '../exports/address.js';
import type { ConfigError, Result } from './errors.js';
import { keyPath } from './errors.js';
import type { LineOf } from './locate.js';
import type { RawConfig, RawExport } from './schema.js';
import type { ExportConfig, ServerConfig } from './types.js';

export const NAME_PLACEHOLDER = '{name}';
export const DEFAULT_LISTEN = ['127.0.0.1', '::1'];
export const DEFAULT_ANON_ID = 65534;
export const DEFAULT_GRACE_PERIOD = 90;
export const DEFAULT_LOCK_LEASE = 300;

export interface ResolveContext {
  file: string;
  /** Relative paths in the file are taken relative to this directory. */
  baseDir: string;
  lineOf: LineOf;
  keyLinesOf: (path: readonly PropertyKey[]) => Record<string, number>;
  defaultStateDir: string;
}

type Kind = 'exports' | 'templates';

class Problems {
  readonly errors: ConfigError[] = [];
  constructor(private readonly ctx: ResolveContext) {}
  add(path: readonly PropertyKey[], message: string): void {
    this.errors.push({ file: this.ctx.file, line: this.ctx.lineOf(path), key: keyPath(path), message });
  }
}

export function resolveConfig(raw: RawConfig, ctx: ResolveContext): Result<ServerConfig> {
  const problems = new Problems(ctx);
  const listen = raw.listen === undefined ? DEFAULT_LISTEN : typeof raw.listen === 'string' ? [raw.listen] : raw.listen;
  listen.forEach((address, i) => {
    if (parseAddress(address) === null) {
      problems.add(typeof raw.listen === 'string' ? ['listen'] : ['listen', i], `'${address}' is not an IPv4/IPv6 address`);
    }
  });
  const portmapper = raw.portmapper === true ? 'on' : raw.portmapper === false ? 'off' : (raw.portmapper ?? 'auto');
  const exports = (raw.exports ?? []).map((e, i) => resolveExport(e, ['exports', i], 'exports', ctx, problems));
  const templates = (raw.templates ?? []).map((e, i) => resolveExport(e, ['templates', i], 'templates', ctx, problems));
  reportDuplicates(exports, 'exports', problems);
  reportDuplicates(templates, 'templates', problems);
  if (problems.errors.length > 0) return { ok: false, errors: problems.errors };
  return {
    ok: true,
    value: {
      listen,
      port: raw.port ?? 'auto',
      portmapper,
      stateDir: raw.state_dir === undefined ? ctx.defaultStateDir : resolvePath(ctx.baseDir, raw.state_dir),
      gracePeriod: raw.grace_period ?? DEFAULT_GRACE_PERIOD,
      lockLease: raw.lock_lease ?? DEFAULT_LOCK_LEASE,
      logLevel: raw.log_level ?? 'info',
      exports,
      templates,
      file: ctx.file,
    },
  };
}

function resolveExport(
  raw: RawExport,
  at: readonly PropertyKey[],
  kind: Kind,
  ctx: ResolveContext,
  problems: Problems,
): ExportConfig {
  const pathProblem = checkExportPath(raw.path, kind === 'templates');
  if (pathProblem) problems.add([...at, 'path'], pathProblem);

  const lowers = typeof raw.lower === 'string' ? [raw.lower] : raw.lower;
  const dir = (p: string): string => resolvePath(ctx.baseDir, p);
  if (raw.upper === undefined && raw.work !== undefined) problems.add([...at, 'work'], "needs 'upper' as well");
  if (raw.upper !== undefined && raw.work === undefined) problems.add([...at, 'upper'], "needs 'work' as well (same filesystem as upper)");
  if (kind === 'templates') {
    if (raw.upper === undefined) problems.add(at, "a template needs 'upper' and 'work' containing {name}");
    for (const key of ['upper', 'work'] as const) {
      const value = raw[key];
      if (value !== undefined && !value.includes(NAME_PLACEHOLDER)) {
        problems.add([...at, key], `must contain ${NAME_PLACEHOLDER}, or every instance would share one directory`);
      }
    }
    if (raw.fsid !== undefined) problems.add([...at, 'fsid'], 'every instance needs its own fsid; leave it out of templates');
  } else {
    for (const key of ['upper', 'work'] as const) {
      if (raw[key]?.includes(NAME_PLACEHOLDER)) problems.add([...at, key], `${NAME_PLACEHOLDER} is only allowed in templates`);
    }
    lowers.forEach((l, i) => {
      if (l.includes(NAME_PLACEHOLDER)) problems.add([...at, 'lower', ...(typeof raw.lower === 'string' ? [] : [i])], `${NAME_PLACEHOLDER} is only allowed in templates`);
    });
  }

  const hasUpper = raw.upper !== undefined;
  if (!hasUpper && raw.readonly === false) {
    problems.add([...at, 'readonly'], "an export without 'upper' is always read-only");
  }
  const clients = resolveClients(raw, at, hasUpper, problems);
  return {
    path: raw.path,
    lower: lowers.map(dir),
    upper: raw.upper === undefined ? null : dir(raw.upper),
    work: raw.work === undefined ? null : dir(raw.work),
    clients,
    readonly: hasUpper ? (raw.readonly ?? false) : true,
    squash: raw.squash ?? 'root',
    anonuid: raw.anonuid ?? DEFAULT_ANON_ID,
    anongid: raw.anongid ?? DEFAULT_ANON_ID,
    secure: raw.secure ?? false,
    fsid: raw.fsid ?? null,
    locks: raw.locks === undefined || raw.locks === true || raw.locks === 'on',
    source: { file: ctx.file, line: ctx.lineOf(at), keyLines: ctx.keyLinesOf(at), key: keyPath(at) },
  };
}

function resolveClients(raw: RawExport, at: readonly PropertyKey[], hasUpper: boolean, problems: Problems): ClientRule[] {
  if (raw.clients === undefined) return loopbackRules();
  if (raw.clients.length === 0) {
    problems.add([...at, 'clients'], 'an empty list admits nobody; omit clients for loopback only');
  }
  const rules: ClientRule[] = [];
  const seen = new Set<string>();
  raw.clients.forEach((entry, i) => {
    const spec = typeof entry === 'string' ? entry : entry.address;
    const readonly = typeof entry === 'string' ? undefined : entry.readonly;
    const key = [...at, 'clients', i];
    if (readonly === false && !hasUpper) {
      problems.add(key, "cannot be read-write: the export has no 'upper'");
    }
    const parsed = parseClientSpec(spec, readonly);
    if (!parsed.ok) {
      problems.add(key, parsed.message);
      return;
    }
    const identity = `${parsed.rule.network}/${parsed.rule.prefix}`;
    if (seen.has(identity)) problems.add(key, `'${spec}' is listed twice`);
    seen.add(identity);
    rules.push(parsed.rule);
  });
  return rules;
}

/** Export paths are what clients mount: absolute, normalised, no '.'/'..' components. */
export function checkExportPath(path: string, template: boolean): string | undefined {
  if (!isAbsolute(path) || !path.startsWith('/')) return "must be an absolute path such as '/ovl'";
  if (path !== '/' && (path.endsWith('/') || path.includes('//'))) return 'must not contain empty components or end with /';
  const parts = path.split('/').slice(1);
  if (parts.some((p) => p === '.' || p === '..')) return "must not contain '.' or '..'";
  const placeholders = parts.filter((p) => p.includes(NAME_PLACEHOLDER));
  if (!template) return placeholders.length > 0 ? `${NAME_PLACEHOLDER} is only allowed in templates` : undefined;
  if (placeholders.length !== 1 || placeholders[0] !== NAME_PLACEHOLDER) {
    return `a template path needs ${NAME_PLACEHOLDER} exactly once, as a whole component (e.g. /vm/{name})`;
  }
  return undefined;
}

function reportDuplicates(list: ExportConfig[], kind: Kind, problems: Problems): void {
  const byPath = new Map<string, ExportConfig>();
  const byFsid = new Map<number, ExportConfig>();
  list.forEach((e, i) => {
    const first = byPath.get(e.path);
    if (first) problems.add([kind, i, 'path'], `'${e.path}' is already used at line ${first.source.line}`);
    else byPath.set(e.path, e);
    if (e.fsid !== null) {
      const other = byFsid.get(e.fsid);
      if (other) problems.add([kind, i, 'fsid'], `${e.fsid} is already used by '${other.path}' (line ${other.source.line})`);
      else byFsid.set(e.fsid, e);
    }
  });
}
