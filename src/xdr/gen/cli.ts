import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { generate } from './generate.js';

/**
 * `npm run gen`: regenerates src/generated/<file>.ts from every protocol/<file>.x.
 * Usage: node out/src/xdr/gen/cli.js [protocolDir [outDir]] (paths relative to the cwd).
 */
function main(argv: string[]): void {
  const protocolDir = argv[0] ?? 'protocol';
  const outDir = argv[1] ?? join('src', 'generated');
  mkdirSync(outDir, { recursive: true });
  const files = readdirSync(protocolDir).filter((f) => f.endsWith('.x')).sort();
  for (const f of files) {
    const path = join(protocolDir, f);
    // The header names the file as protocol/<file>.x whatever the working directory.
    const ts = generate(readFileSync(path, 'utf8'), `${basename(resolve(protocolDir))}/${f}`);
    const target = join(outDir, basename(f, '.x') + '.ts');
    writeFileSync(target, ts);
    console.log(`${path} -> ${target}`);
  }
}

main(process.argv.slice(2));
