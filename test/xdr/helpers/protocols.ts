import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Codec } from '../../../src/xdr/index.js';
import { Model } from '../../../src/xdr/gen/model.js';
import { parse } from '../../../src/xdr/gen/parser.js';

/** The repository root (tests run from out/test/xdr/helpers/). */
export const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
export const protocolDir = join(repoRoot, 'protocol');
export const generatedDir = join(repoRoot, 'src', 'generated');

export interface Protocol {
  name: string;
  model: Model;
  /** Every generated `xdr_<type>` codec of the module, keyed by type name. */
  codecs: Map<string, Codec<unknown>>;
}

/** Parses every protocol/*.x and imports its generated module (out/src/generated/<name>.js). */
export async function loadProtocols(): Promise<Protocol[]> {
  const out: Protocol[] = [];
  for (const f of readdirSync(protocolDir).filter((n) => n.endsWith('.x')).sort()) {
    const name = basename(f, '.x');
    const source = readFileSync(join(protocolDir, f), 'utf8');
    const model = new Model(`protocol/${f}`, source, parse(source, f));
    const mod = (await import(`../../../src/generated/${name}.js`)) as Record<string, unknown>;
    const codecs = new Map<string, Codec<unknown>>();
    for (const t of model.types) {
      const c = mod[`xdr_${t.name}`];
      if (c === undefined) throw new Error(`${name}: no xdr_${t.name} export`);
      codecs.set(t.name, c as Codec<unknown>);
    }
    out.push({ name, model, codecs });
  }
  return out;
}
