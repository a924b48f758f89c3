// The runtime table of exports: what MNT resolves paths against, what every NFS
// call resolves the export id of its file handle against, and what the admin
// interface and SIGHUP reload change while the server runs.
//
// Entries are immutable snapshots: a change (new client list, reset) replaces
// the entry in the table, so a caller should look entries up per call (a Map
// probe) rather than keep them. The per-export runtime (e.g. Overlay +
// HandleTable) is opened lazily by an injected factory on first use and closed
// on remove/reset; this module knows nothing about overlays or NFS.
import { readdir, realpath } from 'node:fs/promises';
import { join } from 'node:path';
import rimraf from '@zkochan/rimraf';
import type { ExportConfig, TemplateConfig } from '../config/types.js';
import { checkExportDirs, isInside, overlapProblem, type ExportLayers } from '../config/checks.js';
import { formatConfigError } from '../config/errors.js';
import { ExportAccess } from './access.js';
import { ExportIdStore } from './id-store.js';
import { createInstanceDirs, instantiate, matchTemplate } from './templates.js';

export type ExportState = 'active' | 'resetting';

export interface ExportEntry {
  /** Stable export id for file handles; never reused by another export. */
  readonly id: number;
  readonly path: string;
  readonly config: ExportConfig;
  readonly access: ExportAccess;
  /** fsid to report: the configured one, else 0x80000000 + id (so the two ranges never collide). */
  readonly fsid: number;
  /** Path of the template this instance came from, or null. */
  readonly template: string | null;
  /** Where the export's handle store lives: W/ovlnfs, or STATE/exports/<id> without a work dir. */
  readonly handleStateDir: string;
  /** 'resetting': answer NFS3ERR_JUKEBOX (retry later); the entry's id disappears when the reset ends. */
  readonly state: ExportState;
  /** Realpaths of the layers, for overlap checks. */
  readonly layers: ExportLayers;
}

export interface RuntimeFactory<R> {
  open(entry: ExportEntry): Promise<R>;
  close(runtime: R, entry: ExportEntry): Promise<void>;
}

export interface RegistryLog {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
}

export type RegistryErrorCode = 'NOENT' | 'ACCES' | 'EXIST' | 'INVAL' | 'BUSY' | 'IO';
export type Outcome<T> = { ok: true; value: T } | { ok: false; code: RegistryErrorCode; message: string };

export interface RegistryOptions<R> {
  stateDir: string;
  exports: readonly ExportConfig[];
  templates: readonly TemplateConfig[];
  factory: RuntimeFactory<R>;
  log?: RegistryLog;
}

export interface Caller {
  address: string;
  port: number;
}

const quiet: RegistryLog = { info() {}, warn() {} };
const fail = (code: RegistryErrorCode, message: string): { ok: false; code: RegistryErrorCode; message: string } => ({ ok: false, code, message });

export class ExportRegistry<R> {
  private readonly byIdMap = new Map<number, ExportEntry>();
  private readonly byPathMap = new Map<string, ExportEntry>();
  private readonly runtimes = new Map<number, Promise<R>>();
  private readonly instantiating = new Map<string, Promise<Outcome<ExportEntry>>>();
  private templateList: TemplateConfig[];
  // Serialises table changes (add/remove/reset bookkeeping/instantiation);
  // lookups and per-call work never wait for it.
  private lock: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly stateDir: string,
    private readonly ids: ExportIdStore,
    private readonly factory: RuntimeFactory<R>,
    private readonly log: RegistryLog,
    templates: readonly TemplateConfig[],
  ) {
    this.templateList = [...templates];
  }

  /**
   * Builds the table from checked configuration (run checkConfigOnDisk first)
   * and brings back template instances created before the last restart.
   */
  static async open<R>(o: RegistryOptions<R>): Promise<Outcome<ExportRegistry<R>>> {
    let ids: ExportIdStore;
    try {
      ids = ExportIdStore.open(o.stateDir);
    } catch (err) {
      return fail('IO', `state directory ${o.stateDir}: ${(err as Error).message}`);
    }
    const registry = new ExportRegistry<R>(o.stateDir, ids, o.factory, o.log ?? quiet, o.templates);
    for (const config of o.exports) {
      const added = await registry.add(config);
      if (!added.ok) return added;
    }
    for (const { template, name } of registry.ids.instances()) {
      const t = registry.templateList.find((x) => x.path === template);
      const restored = t ? await registry.instantiateLocked(t, name) : fail('NOENT', 'template gone');
      if (!restored.ok) {
        registry.ids.setInstance(template, name, false);
        registry.log.warn({ template, name, reason: restored.message }, 'template instance not restored');
      }
    }
    return { ok: true, value: registry };
  }

  byId(id: number): ExportEntry | undefined {
    return this.byIdMap.get(id);
  }

  byPath(path: string): ExportEntry | undefined {
    return this.byPathMap.get(path);
  }

  list(): ExportEntry[] {
    return [...this.byPathMap.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }

  templates(): readonly TemplateConfig[] {
    return this.templateList;
  }

  /**
   * MNT path → export: the longest export path that is the mount path or a
   * parent of it (knfsd semantics; `subpath` is the rest, '' for the export
   * root), or a template instance, created now if the caller is on the
   * template's client list. Access to existing exports is NOT checked here: MNT
   * calls accessFor on the result like every other procedure.
   */
  async resolveMount(mountPath: string, caller: Caller): Promise<Outcome<{ entry: ExportEntry; subpath: string }>> {
    const normal = normalizeMountPath(mountPath);
    if (normal === null) return fail('NOENT', `'${mountPath}' is not an absolute path`);
    let best: ExportEntry | undefined;
    for (let p = normal; ; p = parentPath(p)) {
      best = this.byPathMap.get(p);
      if (best || p === '/') break;
    }
    for (const t of this.templateList) {
      const m = matchTemplate(t.path, normal);
      if (!m || (best && best.path.length >= m.path.length)) continue;
      const decision = new ExportAccess(t).decide(caller.address, caller.port);
      if (!decision.allowed || !decision.secureOk) return fail('ACCES', `${caller.address} may not create '${m.path}'`);
      const made = await this.instantiate(t, m.name);
      if (!made.ok) return made;
      best = made.value;
      break;
    }
    if (!best) return fail('NOENT', `no export at '${normal}'`);
    return { ok: true, value: { entry: best, subpath: normal === best.path ? '' : normal.slice(best.path === '/' ? 1 : best.path.length + 1) } };
  }

  /** The export's runtime, opened on first use; rejects if the export is gone or being reset. */
  runtime(entry: ExportEntry): Promise<R> {
    const current = this.byIdMap.get(entry.id);
    if (!current || current.state !== 'active') {
      return Promise.reject(new Error(`export ${entry.id} (${entry.path}) is ${current ? 'being reset' : 'removed'}`));
    }
    let pending = this.runtimes.get(entry.id);
    if (!pending) {
      pending = this.factory.open(current);
      this.runtimes.set(entry.id, pending);
      // A failed open is not cached: the next call tries again.
      pending.catch(() => {
        if (this.runtimes.get(entry.id) === pending) this.runtimes.delete(entry.id);
      });
    }
    return pending;
  }

  /** Adds an export (config or admin): checks its directories and overlaps first. */
  add(config: ExportConfig, template: string | null = null): Promise<Outcome<ExportEntry>> {
    return this.locked(() => this.addLocked(config, template));
  }

  /** Removes an export: its handles become STALE; its directories are left alone. */
  remove(path: string): Promise<Outcome<ExportEntry>> {
    return this.locked(async () => {
      const entry = this.byPathMap.get(path);
      if (!entry) return fail('NOENT', `no export at '${path}'`);
      if (entry.state === 'resetting') return fail('BUSY', `'${path}' is being reset`);
      this.byPathMap.delete(path);
      this.byIdMap.delete(entry.id);
      if (entry.template !== null) this.ids.setInstance(entry.template, nameOf(entry), false);
      await this.closeRuntime(entry);
      this.log.info({ path, id: entry.id }, 'export removed');
      return { ok: true, value: entry };
    });
  }

  /**
   * Changes an export's options. Client list, read-only, squash, secure and
   * locks apply in place (same id, runtime kept); new layers or fsid make it a
   * different export: removed and added with a new id.
   */
  update(config: ExportConfig): Promise<Outcome<ExportEntry>> {
    return this.locked(async () => {
      const entry = this.byPathMap.get(config.path);
      if (!entry) return fail('NOENT', `no export at '${config.path}'`);
      if (entry.state === 'resetting') return fail('BUSY', `'${config.path}' is being reset`);
      if (sameLayers(entry.config, config) && entry.config.fsid === config.fsid) {
        const next = this.makeEntry(config, entry.id, entry.template, entry.layers, 'active');
        this.put(next);
        this.log.info({ path: config.path, id: entry.id }, 'export options changed');
        return { ok: true, value: next };
      }
      this.byPathMap.delete(entry.path);
      this.byIdMap.delete(entry.id);
      await this.closeRuntime(entry);
      const added = await this.addLocked(config, entry.template);
      if (!added.ok) this.put(entry); // keep serving the old one rather than nothing
      return added;
    });
  }

  /**
   * Empties the export's upper and work directories while every other export
   * keeps serving. The export gets a new id: handles given out before the reset
   * become STALE, and clients remount to see the fresh tree.
   */
  async reset(path: string): Promise<Outcome<ExportEntry>> {
    const started = await this.locked(async (): Promise<Outcome<ExportEntry>> => {
      const entry = this.byPathMap.get(path);
      if (!entry) return fail('NOENT', `no export at '${path}'`);
      if (entry.config.upper === null) return fail('INVAL', `'${path}' has no upper directory: nothing to reset`);
      if (entry.state === 'resetting') return fail('BUSY', `'${path}' is already being reset`);
      const resetting = { ...entry, state: 'resetting' as const };
      this.put(resetting);
      return { ok: true, value: resetting };
    });
    if (!started.ok) return started;
    const entry = started.value;
    let emptied: Outcome<void> = { ok: true, value: undefined };
    try {
      await this.closeRuntime(entry);
      for (const dir of [entry.layers.upper, entry.layers.work]) {
        if (dir !== null) await emptyDirectory(dir, entry.layers);
      }
    } catch (err) {
      emptied = fail('IO', `reset of '${path}' failed part-way: ${(err as Error).message}`);
    }
    return this.locked(async () => {
      // Even a failed reset has changed the tree: old handles must not resolve.
      const next = this.makeEntry(entry.config, this.ids.renew(entry.config), entry.template, entry.layers, 'active');
      this.byIdMap.delete(entry.id);
      this.put(next);
      this.log.info({ path, oldId: entry.id, id: next.id, ok: emptied.ok }, 'export reset');
      return emptied.ok ? { ok: true, value: next } : emptied;
    });
  }

  /** Replaces the template list (reload). Existing instances are left to the caller's diff. */
  setTemplates(templates: readonly TemplateConfig[]): void {
    this.templateList = [...templates];
  }

  /** Closes every open runtime (server shutdown). */
  async close(): Promise<void> {
    await this.locked(async () => {
      for (const entry of this.byIdMap.values()) await this.closeRuntime(entry);
    });
  }

  private instantiate(t: TemplateConfig, name: string): Promise<Outcome<ExportEntry>> {
    const path = instantiate(t, name).path;
    let pending = this.instantiating.get(path);
    if (!pending) {
      pending = this.locked(() => this.instantiateLocked(t, name)).finally(() => this.instantiating.delete(path));
      this.instantiating.set(path, pending);
    }
    return pending;
  }

  private async instantiateLocked(t: TemplateConfig, name: string): Promise<Outcome<ExportEntry>> {
    const config = instantiate(t, name);
    const existing = this.byPathMap.get(config.path);
    if (existing) return { ok: true, value: existing };
    try {
      await createInstanceDirs(config);
    } catch (err) {
      return fail('IO', `cannot create directories for '${config.path}': ${(err as Error).message}`);
    }
    const added = await this.addLocked(config, t.path);
    if (added.ok) this.ids.setInstance(t.path, name, true);
    return added;
  }

  private async addLocked(config: ExportConfig, template: string | null): Promise<Outcome<ExportEntry>> {
    if (this.byPathMap.has(config.path)) return fail('EXIST', `'${config.path}' is already exported`);
    if (config.fsid !== null) {
      const clash = [...this.byIdMap.values()].find((e) => e.config.fsid === config.fsid);
      if (clash) return fail('EXIST', `fsid ${config.fsid} is already used by '${clash.path}'`);
    }
    const checked = await checkExportDirs(config);
    if (!checked.layers) return fail('INVAL', checked.errors.map(formatConfigError).join('; '));
    const overlap = overlapProblem(checked.layers, [...this.byIdMap.values()].map((e) => e.layers));
    if (overlap) return fail('INVAL', `${config.path}: ${overlap.key}: ${overlap.message}`);
    const entry = this.makeEntry(config, this.ids.idFor(config), template, checked.layers, 'active');
    this.put(entry);
    this.log.info({ path: entry.path, id: entry.id, template }, 'export added');
    return { ok: true, value: entry };
  }

  private makeEntry(config: ExportConfig, id: number, template: string | null, layers: ExportLayers, state: ExportState): ExportEntry {
    return {
      id,
      path: config.path,
      config,
      access: new ExportAccess(config),
      fsid: config.fsid ?? 0x80000000 + id,
      template,
      handleStateDir: config.work !== null ? join(config.work, 'ovlnfs') : join(this.stateDir, 'exports', String(id)),
      state,
      layers,
    };
  }

  private put(entry: ExportEntry): void {
    this.byIdMap.set(entry.id, entry);
    this.byPathMap.set(entry.path, entry);
  }

  private async closeRuntime(entry: ExportEntry): Promise<void> {
    const pending = this.runtimes.get(entry.id);
    if (!pending) return;
    this.runtimes.delete(entry.id);
    let runtime: R;
    try {
      runtime = await pending;
    } catch {
      return; // never opened: nothing to close
    }
    try {
      await this.factory.close(runtime, entry);
    } catch (err) {
      this.log.warn({ path: entry.path, err: (err as Error).message }, 'closing export runtime failed');
    }
  }

  private locked<T>(work: () => Promise<T>): Promise<T> {
    const run = this.lock.then(work, work);
    this.lock = run.catch(() => undefined);
    return run;
  }
}

function nameOf(entry: ExportEntry): string {
  return entry.path.slice(entry.path.lastIndexOf('/') + 1);
}

function sameLayers(a: ExportConfig, b: ExportConfig): boolean {
  return a.upper === b.upper && a.work === b.work && a.lower.length === b.lower.length && a.lower.every((l, i) => l === b.lower[i]);
}

function normalizeMountPath(path: string): string | null {
  if (!path.startsWith('/')) return null;
  const parts = path.split('/').filter((p) => p !== '' && p !== '.');
  if (parts.includes('..')) return null;
  return '/' + parts.join('/');
}

function parentPath(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash <= 0 ? '/' : path.slice(0, slash);
}

// Removes everything inside `dir`, never `dir` itself (it may be a mount point)
// and never anything outside it: entries are removed without following
// symlinks, and a directory that is or contains a lower is refused outright.
async function emptyDirectory(dir: string, layers: ExportLayers): Promise<void> {
  const real = await realpath(dir);
  if (real === '/' || layers.lower.some((l) => isInside(l, real))) {
    throw new Error(`refusing to empty '${dir}': it contains a lower layer`);
  }
  for (const name of await readdir(real)) await rimraf(join(real, name));
}
