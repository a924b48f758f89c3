import { emitModule } from './emit.js';
import { Model } from './model.js';
import { parse } from './parser.js';

/** .x source text → TypeScript module text. `sourcePath` is named in the @generated header. */
export function generate(source: string, sourcePath: string): string {
  return emitModule(new Model(sourcePath, source, parse(source, sourcePath)), sourcePath);
}

export { Model } from './model.js';
export { parse } from './parser.js';
export { XdrSyntaxError } from './lexer.js';
