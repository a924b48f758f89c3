// Replays one seed of the differential test and optionally shrinks the operation list to a
// minimal one that still diverges, for bug reports. Not a test.
// Usage: node out/test/overlay-kernel/helpers/replay.js <seed> [ops=300] [--shrink] [--kinds=k1,k2] [--avoid=B1,B2]
//        node out/test/overlay-kernel/helpers/replay.js <seed> --ops-json='[...]'
import { runSeed, explain, type SeedReport } from './differential.js';
import { ALL_OP_KINDS, type KnownBug, type Op, type OpKind } from './ops.js';
import { inOwnMountNamespace } from './own-mount-namespace.js';

// Like the test files, so a mount namespace created elsewhere cannot hold our uppers in use.
if (!(await inOwnMountNamespace())) process.exit();

const args = process.argv.slice(2);
const flag = (name: string): string | undefined => args.find((a) => a.startsWith(`--${name}=`))?.split('=').slice(1).join('=');
const seed = Number(args[0]);
const count = Number(args.find((a, i) => i > 0 && !a.startsWith('--')) ?? 300);
const kinds = (flag('kinds')?.split(',') ?? ALL_OP_KINDS) as OpKind[];
const fixed = flag('ops-json');
const avoid = new Set((flag('avoid')?.split(',') ?? []) as KnownBug[]);

const first = await runSeed({ seed, ops: fixed !== undefined ? JSON.parse(fixed) as Op[] : count, enabled: kinds, avoid });
console.log(explain(first));

/** Which attributes differ in a tree-difference line ("path: expected k=v … | actual k=v …"). */
function differingKeys(line: string): string {
  const m = /expected (.*) \| actual (.*)$/.exec(line);
  if (m === null) return line.replace(/^[^:]*: /, '').split(' ')[0] ?? '';
  const fields = (side: string): Map<string, string> => new Map(side.split(' ').map((f) => [f.split('=')[0] ?? '', f]));
  const [e, a] = [fields(m[1] ?? ''), fields(m[2] ?? '')];
  return [...e.keys()].filter((k) => e.get(k) !== a.get(k)).join(',');
}

/** What a divergence is about, without the paths that shrinking changes. */
function signature(d: SeedReport['divergences'][number]): string {
  if (d.what === 'results differ' || d.what === 'subject threw') return `${d.what}:${d.op?.k}:${d.details[0]?.split('\n')[0]}`;
  return `${d.what}:${d.details.map(differingKeys).sort().join(';')}`;
}

let wanted = '';
async function diverges(ops: Op[], format: boolean): Promise<SeedReport | undefined> {
  const r = await runSeed({ seed, ops, format, avoid });
  return r.divergences.some((d) => signature(d) === wanted || (wanted.startsWith('tree:') && signature(d).includes(wanted.slice(5))))
    ? r : undefined;
}

if (args.includes('--shrink') && first.divergences.length > 0) {
  const firstStep = first.divergences[0]?.step ?? first.ops.length;
  const format = first.divergences.every((d) => d.what.includes('upper') || d.what.includes('W/work'));
  const d0 = first.divergences[0] as SeedReport['divergences'][number];
  // A tree divergence is kept while any line still differs in the same first attribute set.
  wanted = d0.op === undefined && d0.details.length > 0 ? `tree:${differingKeys(d0.details[0] as string)}` : signature(d0);
  console.log(`shrinking while keeping: ${wanted}`);
  let ops = first.ops.slice(0, firstStep + 1);
  let last = first;
  // Greedy chunk removal (ddmin-like): halve the chunk size until single operations.
  for (let chunk = Math.max(1, Math.floor(ops.length / 2)); chunk >= 1; chunk = Math.floor(chunk / 2)) {
    for (let at = 0; at < ops.length;) {
      const candidate = [...ops.slice(0, at), ...ops.slice(at + chunk)];
      const r = candidate.length > 0 ? await diverges(candidate, format) : undefined;
      if (r !== undefined) { ops = candidate; last = r; } else at += chunk;
    }
    if (chunk === 1) break;
  }
  console.log(`\nminimal replay (${ops.length} ops): --ops-json='${JSON.stringify(ops)}'`);
  console.log('kernel results:', JSON.stringify(last.results));
  console.log(explain(last));
}
