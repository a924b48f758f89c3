// The MOUNT EXPORT procedure's answer for one caller: only exports this caller
// may mount, each with the client-list entry that admits the caller as its
// group (the full list would tell one tenant who the others are).
import type { ExportEntry } from './registry.js';

export interface ExportListItem {
  path: string;
  groups: string[];
}

export function exportList(entries: readonly ExportEntry[], address: string, sourcePort: number): ExportListItem[] {
  const items: ExportListItem[] = [];
  for (const entry of entries) {
    const decision = entry.access.decide(address, sourcePort);
    if (!decision.allowed || !decision.secureOk) continue;
    const rule = entry.access.ruleFor(address);
    items.push({ path: entry.path, groups: rule ? [rule.spec] : [] });
  }
  return items;
}
