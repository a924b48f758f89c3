// Configuration: the YAML file, the single-export command-line form, and the
// startup checks. Nothing here throws for a bad configuration: every function
// returns problems as ConfigError values ({ file, line, key, message }), and
// formatConfigError renders one as the line 'FILE:LINE: key: message'.
//
//   loadConfigFile(file, { defaultStateDir? })  → Promise<Result<ServerConfig>>
//   parseConfigText(text, file, { baseDir })     → Result<ServerConfig>
//   configFromCli({ mountOptions, exportPath, extra, global, cwd, defaultStateDir })
//                                                → Result<ServerConfig>  (same structure, file 'command line')
//   checkConfigOnDisk(config)                    → Promise<ConfigError[]>  run before listening:
//       lower/upper/work exist and are directories, upper+work on one filesystem,
//       neither inside the other, no two exports writing one tree, no lower
//       overlapping any upper/work. Nested export paths (/a, /a/b) are allowed (knfsd does).
//   defaultStateDir()                            → '/var/lib/ovlnfs' (root) or $XDG_STATE_HOME/ovlnfs
//   zeroConfig({ sampleDir, stateDir })          → Promise<Result<ServerConfig>>: the first-run default,
//       sample tree as lower, STATE/default/{upper,work} created, exported as /ovl to loopback,
//       every caller acting as the server's user (squash all, anonuid/anongid = its uid/gid)
//
// File format (snake_case keys; unknown keys are errors, except top-level 'x-…'
// keys, which hold YAML anchors for '<<:' merges; relative paths are relative
// to the file's directory):
//   listen: [127.0.0.1, '::1']     # default loopback only
//   port: 2049 | auto              # default auto: 2049 if free, else 20490 if free, else any free port
//   portmapper: auto | on | off    # default auto (serve 111 if free, else register with rpcbind)
//   state_dir: /var/lib/ovlnfs     # default defaultStateDir()
//   grace_period: 90               # seconds after a start during which only lock reclaims are granted
//   lock_lease: 300                # seconds a silent lock holder (statd not answering) keeps its locks
//   log_level: info
//   exports:
//     - path: /ovl                 # what clients mount
//       lower: [/srv/base]         # or one string; top first
//       upper: /srv/ovl/upper      # upper+work together, or neither (read-only export)
//       work: /srv/ovl/work
//       clients: [10.0.0.0/8, 'fd00::/8', { address: 10.0.0.9, readonly: true }]  # default 127.0.0.0/8, ::1
//       readonly: false            # default false (true without upper)
//       squash: root               # none | root | all; anonuid/anongid default 65534
//       secure: false              # true: source port must be < 1024
//       fsid: 7                    # optional, 1..2^31-1
//       locks: on                  # on | off
//   templates:                     # one export per {name}, created on first MNT
//     - path: /vm/{name}
//       lower: [/srv/base]
//       upper: /srv/uppers/{name}/upper
//       work: /srv/uppers/{name}/work
export type { ConfigError, Result } from './errors.js';
export { formatConfigError } from './errors.js';
export type { ExportConfig, LogLevel, PortmapperPolicy, ServerConfig, SourceRef, TemplateConfig } from './types.js';
export { loadConfigFile, parseConfigText, type LoadOptions } from './load.js';
export { configFromCli, splitEscaped, COMMAND_LINE, type CliExportOptions } from './cli-form.js';
export { checkConfigOnDisk, checkExportDirs, overlapProblem, isInside, type ExportLayers } from './checks.js';
export { defaultStateDir } from './state-dir.js';
export { NAME_PLACEHOLDER, DEFAULT_LISTEN, DEFAULT_GRACE_PERIOD, DEFAULT_LOCK_LEASE } from './resolve.js';
export { exportFromObject, rawFromExport } from './from-object.js';
export type { RawExport, RawConfig } from './schema.js';
export { zeroConfig, type ZeroConfigOptions } from './zero-config.js';
export { exportExtrasFromFlags, type ExportExtras, type ExportFlagValues } from './export-flags.js';
