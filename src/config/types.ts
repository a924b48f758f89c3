// The validated, resolved configuration the rest of the server consumes.
// Paths are absolute; client lists are parsed; defaults are filled in.
import type { ClientRule } from '../exports/address.js';
import type { SquashMode } from '../exports/squash.js';

export type PortmapperPolicy = 'auto' | 'on' | 'off';
export type LogLevel = 'trace' | 'debug' | 'info' | 'warn' | 'error' | 'fatal' | 'silent';

/** Where a piece of configuration was written, so later checks can still name FILE:LINE. */
export interface SourceRef {
  file: string;
  /** Line of the entry (1-based); 0 when there is no line (command line). */
  line: number;
  /** Line of each key written in the entry, e.g. { upper: 12 }. */
  keyLines: Record<string, number>;
  /** How the key is named in messages, e.g. 'exports[2]'. */
  key: string;
}

export interface ExportConfig {
  /** The name clients mount, e.g. '/ovl' or '/vm/alice'. */
  path: string;
  /** Lower directories, top first (overlayfs lowerdir order). */
  lower: string[];
  /** Upper and work directories; both null for a read-only export of the lowers alone. */
  upper: string | null;
  work: string | null;
  clients: ClientRule[];
  readonly: boolean;
  squash: SquashMode;
  anonuid: number;
  anongid: number;
  secure: boolean;
  /** Explicit fsid (1..2^31-1), or null to derive one from the export id. */
  fsid: number | null;
  locks: boolean;
  source: SourceRef;
}

/** An export pattern: `path`, `upper`, `work` (and optionally lowers) contain '{name}'. */
export type TemplateConfig = ExportConfig;

export interface ServerConfig {
  listen: string[];
  /** NFS port (0: any free port); 'auto' = 2049 if free, else 20490 if free, else any free port. */
  port: number | 'auto';
  portmapper: PortmapperPolicy;
  stateDir: string;
  /** NLM grace period after a start, in seconds: only lock reclaims are granted meanwhile. */
  gracePeriod: number;
  /** Seconds a lock holder may stay silent (no calls, its statd not answering) before its locks are released. */
  lockLease: number;
  logLevel: LogLevel;
  exports: ExportConfig[];
  templates: TemplateConfig[];
  /** The file this came from ('command line' for the CLI form). */
  file: string;
}
