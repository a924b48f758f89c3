// The per-export settings the command line can give (`serve -o …` and `exports add`), turned
// into config-file spelling for configFromCli's `extra`. One place, so both commands pass on
// exactly the same set and an export added at run time means what it means at start.
import type { RawExport } from './schema.js';

/** Per-export settings other than the path and the layers, in config-file spelling. */
export type ExportExtras = Omit<Partial<RawExport>, 'path' | 'lower' | 'upper' | 'work'>;

/** The per-export flags once parsed (--clients already split into a list). */
export interface ExportFlagValues {
  clients?: string[];
  readonly?: boolean;
  squash?: RawExport['squash'];
  anonuid?: number;
  anongid?: number;
  secure?: boolean;
  fsid?: number;
  locks?: 'on' | 'off';
}

/** Only the flags that were given: an absent one leaves the configuration's default. */
export function exportExtrasFromFlags(flags: ExportFlagValues): ExportExtras {
  const extra: ExportExtras = {};
  if (flags.clients !== undefined) extra.clients = flags.clients;
  if (flags.readonly !== undefined) extra.readonly = flags.readonly;
  if (flags.squash !== undefined) extra.squash = flags.squash;
  if (flags.anonuid !== undefined) extra.anonuid = flags.anonuid;
  if (flags.anongid !== undefined) extra.anongid = flags.anongid;
  if (flags.secure !== undefined) extra.secure = flags.secure;
  if (flags.fsid !== undefined) extra.fsid = flags.fsid;
  if (flags.locks !== undefined) extra.locks = flags.locks;
  return extra;
}
