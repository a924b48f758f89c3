import t from 'tap';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate, XdrSyntaxError } from '../../src/xdr/gen/generate.js';
import { repoRoot } from './helpers/protocols.js';

// Golden tests of the generator itself: small .x snippets and the exact TypeScript expected.
// After an intended change to the emitter, review the new output and update the .golden files.
const fixtures = join(repoRoot, 'test/xdr/fixtures/gen');

for (const name of ['basics', 'unions', 'lists']) {
  t.test(`${name}.x`, async (t) => {
    const out = generate(readFileSync(join(fixtures, `${name}.x`), 'utf8'), `fixtures/${name}.x`);
    t.equal(out, readFileSync(join(fixtures, `${name}.ts.golden`), 'utf8'));
  });
}

t.test('emitted shapes', async (t) => {
  const out = generate('struct s { int a; s *next; }; typedef s *l; union u switch (bool b) { case TRUE: l x; default: void; };', 'x.x');
  t.match(out, /^\/\/ @generated from x\.x — do not edit\n/, 'header names the source');
  t.match(out, /export interface s \{\n {2}a: number;\n\}/, 'list element omits its next pointer');
  t.match(out, /export type l = s\[\];/, 'pointer to a list element is an array');
  t.match(out, /\| \{ b: true; x: l \}\n {2}\| \{ b: false \};/, 'bool union with a default arm');
  t.match(out, /\/\/ union u switch \(bool b\) \{ case TRUE: l x; default: void; \};/, 'the .x definition is quoted');
});

t.test('errors name the file and line', async (t) => {
  const err = (src: string): string => {
    try {
      generate(src, 'bad.x');
      return 'no error';
    } catch (e) {
      return e instanceof XdrSyntaxError ? e.message : `other: ${String(e)}`;
    }
  };
  t.match(err('const A = 1;\nstruct s { int a }'), /^bad\.x:2: expected ';'/);
  t.match(err('struct s { float f; };'), /float is not supported/);
  t.match(err('struct s { missing m; };'), /unknown type missing/);
  t.match(err('struct s { int a; };\nstruct s { int b; };'), /type s defined twice/);
  t.match(err('union u switch (int s) { case 1: int s; };'), /arm s has the discriminant's name/);
  t.match(err('union u switch (string s<>) { case 1: void; };'), /discriminant must be int, unsigned int, bool or an enum/);
  t.match(err('const A = B;\nconst B = A;'), /unknown or circular constant/);
  t.match(err('enum e { X = 1 };\nunion u switch (e d) { case 2: void; };'), /case 2 is not a member of e/);
  t.match(err('struct s { int a; }; /* unterminated'), /unterminated comment/);
});
