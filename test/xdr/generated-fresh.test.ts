import t from 'tap';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generatedDir, repoRoot } from './helpers/protocols.js';

// Regenerates every protocol/*.x into a temporary directory with the real CLI and fails when
// the checked-in src/generated/ differs: a .x or generator change must be committed with its
// regenerated output (run `npm run gen`).
t.test('src/generated is what the generator makes of protocol/', async (t) => {
  const tmp = mkdtempSync(join(tmpdir(), 'ovlnfs-gen-'));
  t.teardown(() => rmSync(tmp, { recursive: true, force: true }));
  const run = spawnSync(process.execPath, [join(repoRoot, 'out/src/xdr/gen/cli.js'), join(repoRoot, 'protocol'), tmp], { encoding: 'utf8' });
  t.equal(run.status, 0, `generator exits 0 ${run.stderr}`);
  const fresh = readdirSync(tmp).sort();
  const checkedIn = readdirSync(generatedDir)
    .filter((f) => f.endsWith('.ts'))
    .sort();
  t.same(checkedIn, fresh, 'same set of files');
  for (const f of fresh) {
    const same = readFileSync(join(tmp, f), 'utf8') === readFileSync(join(generatedDir, f), 'utf8');
    t.ok(same, `src/generated/${f} is up to date (else run npm run gen)`);
  }
});
