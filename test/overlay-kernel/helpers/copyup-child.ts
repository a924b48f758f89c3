// Child process of the crash test: opens the overlay and applies a plan of changes to large lower
// files (each one forces a copy-up), printing "ready" after open and "done <i>" after each change.
// The parent SIGKILLs it at a seeded moment. Usage: copyup-child.js <options-json> <plan-json>
import { Overlay, type OverlayOptions } from '../../../src/overlay/index.js';
import { ROOT_CRED as ROOT } from './resolver-ops.js';
import type { CrashChange } from './crash-plan.js';

const [optionsJson, planJson] = process.argv.slice(2);
if (optionsJson === undefined || planJson === undefined) throw new Error('usage: copyup-child.js <options-json> <plan-json>');
const options = JSON.parse(optionsJson) as OverlayOptions;
const plan = JSON.parse(planJson) as CrashChange[];

const ov = await Overlay.open(options);
process.stdout.write('ready\n');
for (const [i, c] of plan.entries()) {
  if (c.kind === 'write') await ov.write(c.path, BigInt(c.offset), Buffer.alloc(c.len, c.byte), ROOT, 'file');
  else if (c.kind === 'truncate') await ov.setattr(c.path, ROOT, { size: BigInt(c.size) });
  else await ov.setattr(c.path, ROOT, { mode: c.mode });
  process.stdout.write(`done ${i}\n`);
}
await ov.close();
