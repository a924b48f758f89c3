import t from 'tap';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const main = `${root}out/src/cli/main.js`;

t.test('ovlnfs --version prints the package version', async (t) => {
  const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { version: string };
  const out = execFileSync(process.execPath, [main, '--version'], { encoding: 'utf8' });
  t.equal(out.trim(), pkg.version);
});
