// The admin socket's wire format: one JSON object per line each way.
//   → {"cmd":"list"}                       ← {"ok":true,"exports":[ExportSummary…]}
//   → {"cmd":"add","export":{…}}           ← {"ok":true,"export":ExportSummary}
//        (the export in config-file spelling, absolute paths)
//   → {"cmd":"remove","path":"/vm/alice"}  ← {"ok":true,"export":ExportSummary}
//   → {"cmd":"reset","path":"/vm/alice"}   ← {"ok":true,"export":ExportSummary}   (after the reset finished)
//   any failure                            ← {"ok":false,"code":"NOENT"|…,"message":"…"}
import { join } from 'node:path';
import { rawFromExport, type RawExport } from '../config/index.js';
import type { ExportEntry, RegistryErrorCode } from './registry.js';

export const ADMIN_SOCKET_NAME = 'admin.sock';
/** Longest request line accepted; a config entry is far smaller. */
export const MAX_REQUEST_BYTES = 1 << 20;

export function adminSocketPath(stateDir: string): string {
  return join(stateDir, ADMIN_SOCKET_NAME);
}

export type AdminRequest =
  | { cmd: 'list' }
  | { cmd: 'add'; export: unknown }
  | { cmd: 'remove'; path: string }
  | { cmd: 'reset'; path: string };

export interface ExportSummary extends RawExport {
  id: number;
  fsid: number;
  state: ExportEntry['state'];
  template: string | null;
}

export type AdminResponse =
  | { ok: true; exports: ExportSummary[] }
  | { ok: true; export: ExportSummary }
  | { ok: false; code: RegistryErrorCode | 'BADREQUEST'; message: string };

export function summarize(entry: ExportEntry): ExportSummary {
  return { ...rawFromExport(entry.config), id: entry.id, fsid: entry.fsid, state: entry.state, template: entry.template };
}
