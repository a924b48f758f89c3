// Exports: the runtime table of exports, access control, squashing, templates,
// the admin socket and SIGHUP reload. Knows nothing of NFS, XDR or overlays;
// the server plugs those in through a RuntimeFactory.
//
// Server integration (what src/server, src/mount and src/nfs call; wired in src/server/run.ts,
// src/nfs/router.ts, src/mount/registry-source.ts and src/server/lock-files.ts):
//
//   startup   config = loadConfigFile(file) | configFromCli(...)         (src/config)
//             problems = await checkConfigOnDisk(config)  → print, exit 2, before listening
//             const r = await ExportRegistry.open({ stateDir: config.stateDir, exports: config.exports,
//                         templates: config.templates, factory, log });    r.ok or exit 2 with r.message
//             factory = { open: async (entry) => ({ overlay: await Overlay.open({ lowers: entry.config.lower,
//                           upper: entry.config.upper ?? undefined, work: entry.config.work ?? undefined }),
//                           handles: HandleTable.open({ stateDir: entry.handleStateDir, exportId: entry.id, rootId }) }),
//                         close: async (rt) => { rt.handles.close(); await rt.overlay.close(); } }
//             admin = await startAdminServer({ socketPath: adminSocketPath(config.stateDir), registry, log })
//             process.on('SIGHUP', async () => { const res = await reloadFromFile(file, config, registry);
//                         if (res.ok) config = res.config (log res.plan.restartRequired, res.applied failures) else log errors })
//   MNT       res = await registry.resolveMount(path, { address, port })  → !res.ok: NOENT→MNT3ERR_NOENT,
//               ACCES→MNT3ERR_ACCES, else MNT3ERR_SERVERFAULT
//             d = accessFor(res.value.entry, address, port); !d.allowed → MNT3ERR_ACCES; !d.secureOk → AUTH_TOOWEAK
//             entry.state === 'resetting' → MNT3ERR_SERVERFAULT (try again); subpath !== '' → look it up under the root
//   EXPORT    exportList(registry.list(), address, port)  (only what this caller may mount)
//   every NFS call, after decoding the handle's export id:
//             entry = registry.byId(exportId)  → undefined: NFS3ERR_STALE;  entry.state === 'resetting': NFS3ERR_JUKEBOX
//             d = accessFor(entry, ctx.remoteAddress, ctx.remotePort)  (memoised, allocation-free)
//               !d.allowed → NFS3ERR_ACCES; !d.secureOk → AUTH_TOOWEAK; d.readonly && modifying → NFS3ERR_ROFS
//             cred = AUTH_SYS ? squash({ uid, gid, groups: gids }, entry.config) : anonymousCred(entry.config)
//             rt = await registry.runtime(entry)      (opened once per export, lazily)
//             report fsid = entry.fsid; locks allowed = entry.config.locks
//   shutdown  await admin.close(); await registry.close()
//
// Look entries up per call (registry.byId is one Map probe): entries are
// immutable snapshots replaced on change, so a kept reference goes out of date.
export { parseAddress, parseClientSpec, loopbackRules, type ClientRule } from './address.js';
export { ClientList } from './client-list.js';
export { ExportAccess, accessFor, type AccessDecision, type AccessPolicy } from './access.js';
export { squash, anonymousCred, type Cred, type SquashMode, type SquashPolicy } from './squash.js';
export { exportList, type ExportListItem } from './export-list.js';
export {
  ExportRegistry,
  type ExportEntry,
  type ExportState,
  type RuntimeFactory,
  type RegistryLog,
  type RegistryOptions,
  type RegistryErrorCode,
  type Outcome,
  type Caller,
} from './registry.js';
export { instantiate, matchTemplate, isValidInstanceName } from './templates.js';
export { adminSocketPath, summarize, type AdminRequest, type AdminResponse, type ExportSummary } from './admin-protocol.js';
export { startAdminServer, type AdminServer, type AdminServerOptions } from './admin-server.js';
export { exportsCommand, sendAdminRequest, type ExportsAction, type ExportsCommandOptions, type CommandIo } from './admin-client.js';
export { diffConfig, applyReload, reloadFromFile, sameExport, type ReloadAction, type ReloadPlan, type ReloadResult, type AppliedAction } from './reload.js';
