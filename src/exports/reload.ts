// SIGHUP reload: the difference between the running configuration and the file
// as it is now, as a list of actions on the registry. Exports added or removed
// through the admin socket are not in either configuration, so a reload leaves
// them alone. Global settings that need new sockets or a new state directory
// are reported, not applied.
import { checkConfigOnDisk, loadConfigFile, type ConfigError, type ExportConfig, type ServerConfig, type TemplateConfig } from '../config/index.js';
import type { ExportEntry, ExportRegistry, Outcome } from './registry.js';
import { instantiate } from './templates.js';

export type ReloadAction =
  | { kind: 'remove'; path: string }
  | { kind: 'update'; config: ExportConfig }
  | { kind: 'add'; config: ExportConfig }
  /** The template list to use from now on (for new instances). */
  | { kind: 'templates'; templates: TemplateConfig[] }
  /** Existing instances of a removed template are removed. */
  | { kind: 'remove-instances'; template: string }
  /** Existing instances of a changed template take its new settings. */
  | { kind: 'update-instances'; template: TemplateConfig };

export interface ReloadPlan {
  /** In the order to apply: removals first, so a directory can move from one export to another. */
  actions: ReloadAction[];
  /** Changed settings that only take effect after a restart, e.g. ['listen', 'port']. */
  restartRequired: string[];
  /** New log level, when it changed (applied in place by the server). */
  logLevel?: ServerConfig['logLevel'];
}

/** Compares everything that matters, ignoring where in the file it was written. */
export function sameExport(a: ExportConfig, b: ExportConfig): boolean {
  const comparable = (e: ExportConfig): string =>
    JSON.stringify({ ...e, source: null, clients: e.clients.map((c) => [c.spec, c.readonly ?? null]) });
  return comparable(a) === comparable(b);
}

export function diffConfig(current: ServerConfig, next: ServerConfig): ReloadPlan {
  const removes: ReloadAction[] = [];
  const updates: ReloadAction[] = [];
  const adds: ReloadAction[] = [];
  const before = new Map(current.exports.map((e) => [e.path, e]));
  const after = new Map(next.exports.map((e) => [e.path, e]));
  for (const [path, old] of before) {
    const now = after.get(path);
    if (!now) removes.push({ kind: 'remove', path });
    else if (!sameExport(old, now)) updates.push({ kind: 'update', config: now });
  }
  for (const [path, now] of after) if (!before.has(path)) adds.push({ kind: 'add', config: now });

  const templateActions: ReloadAction[] = [];
  const oldTemplates = new Map(current.templates.map((t) => [t.path, t]));
  const newTemplates = new Map(next.templates.map((t) => [t.path, t]));
  let templatesChanged = current.templates.length !== next.templates.length;
  for (const [path, old] of oldTemplates) {
    const now = newTemplates.get(path);
    if (!now) {
      removes.push({ kind: 'remove-instances', template: path });
      templatesChanged = true;
    } else if (!sameExport(old, now)) {
      templateActions.push({ kind: 'update-instances', template: now });
      templatesChanged = true;
    }
  }
  for (const path of newTemplates.keys()) if (!oldTemplates.has(path)) templatesChanged = true;
  if (templatesChanged) templateActions.unshift({ kind: 'templates', templates: next.templates });

  const restartRequired: string[] = [];
  if (JSON.stringify(current.listen) !== JSON.stringify(next.listen)) restartRequired.push('listen');
  if (current.port !== next.port) restartRequired.push('port');
  if (current.portmapper !== next.portmapper) restartRequired.push('portmapper');
  if (current.stateDir !== next.stateDir) restartRequired.push('state_dir');
  if (current.gracePeriod !== next.gracePeriod) restartRequired.push('grace_period');
  if (current.lockLease !== next.lockLease) restartRequired.push('lock_lease');
  return {
    actions: [...removes, ...updates, ...templateActions, ...adds],
    restartRequired,
    ...(current.logLevel === next.logLevel ? {} : { logLevel: next.logLevel }),
  };
}

export interface AppliedAction {
  action: ReloadAction;
  /** Per export touched; an action on no export (templates) has none. */
  outcomes: { path: string; outcome: Outcome<ExportEntry> }[];
}

/** Applies the plan's actions in order; a failed action does not stop the others. */
export async function applyReload<R>(registry: ExportRegistry<R>, plan: ReloadPlan): Promise<AppliedAction[]> {
  const applied: AppliedAction[] = [];
  for (const action of plan.actions) {
    const outcomes: AppliedAction['outcomes'] = [];
    switch (action.kind) {
      case 'remove':
        outcomes.push({ path: action.path, outcome: await registry.remove(action.path) });
        break;
      case 'update':
        outcomes.push({ path: action.config.path, outcome: await registry.update(action.config) });
        break;
      case 'add':
        outcomes.push({ path: action.config.path, outcome: await registry.add(action.config) });
        break;
      case 'templates':
        registry.setTemplates(action.templates);
        break;
      case 'remove-instances':
        for (const e of registry.list().filter((x) => x.template === action.template)) {
          outcomes.push({ path: e.path, outcome: await registry.remove(e.path) });
        }
        break;
      case 'update-instances':
        for (const e of registry.list().filter((x) => x.template === action.template.path)) {
          const name = e.path.slice(e.path.lastIndexOf('/') + 1);
          outcomes.push({ path: e.path, outcome: await registry.update(instantiate(action.template, name)) });
        }
        break;
    }
    applied.push({ action, outcomes });
  }
  return applied;
}

export type ReloadResult =
  | { ok: true; config: ServerConfig; plan: ReloadPlan; applied: AppliedAction[] }
  | { ok: false; errors: ConfigError[] };

/**
 * The whole SIGHUP path: re-read the file, check it like at startup, and apply
 * the difference. A file with any problem changes nothing (the server keeps
 * running on the old configuration and logs the errors).
 */
export async function reloadFromFile<R>(file: string, current: ServerConfig, registry: ExportRegistry<R>): Promise<ReloadResult> {
  const loaded = await loadConfigFile(file, { defaultStateDir: current.stateDir });
  if (!loaded.ok) return loaded;
  const problems = await checkConfigOnDisk(loaded.value);
  if (problems.length > 0) return { ok: false, errors: problems };
  const plan = diffConfig(current, loaded.value);
  return { ok: true, config: loaded.value, plan, applied: await applyReload(registry, plan) };
}
