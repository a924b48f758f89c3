import type { Decl, EnumBody, StructBody, Type, UnionBody, Value } from './ast.js';
import type { Model, NamedType, ResolvedProgram } from './model.js';

/**
 * Emits the TypeScript module for one resolved .x file: for every type T an interface/type/enum,
 * private read_T/write_T/size_T functions (function declarations, so types may refer to ones
 * defined later in the file) and `export const xdr_T: Codec<T>`; then program tables.
 * Built-in types are read and written inline: a struct's decoder is one object literal.
 */
export function emitModule(model: Model, sourcePath: string): string {
  return new Emitter(model).module(sourcePath);
}

const PRIMITIVE_READ: Record<string, string> = {
  int: 'r.readInt()',
  uint: 'r.readUint()',
  hyper: 'r.readHyper()',
  uhyper: 'r.readUhyper()',
  bool: 'r.readBool()',
  void: 'undefined',
};
const PRIMITIVE_WRITE: Record<string, string> = {
  int: 'writeInt',
  uint: 'writeUint',
  hyper: 'writeHyper',
  uhyper: 'writeUhyper',
  bool: 'writeBool',
};
const PRIMITIVE_FN: Record<string, string> = { int: 'Int', uint: 'Uint', hyper: 'Hyper', uhyper: 'Uhyper', bool: 'Bool', void: 'Void' };
const PRIMITIVE_CODEC: Record<string, string> = {
  void: 'xdr.xdr_void',
  int: 'xdr.xdr_int',
  uint: 'xdr.xdr_u_int',
  hyper: 'xdr.xdr_hyper',
  uhyper: 'xdr.xdr_u_hyper',
  bool: 'xdr.xdr_bool',
};

class Emitter {
  private readonly out: string[] = [];
  private readonly constNames: Set<string>;

  constructor(private readonly m: Model) {
    this.constNames = new Set(m.constDefs.map((c) => c.name));
  }

  module(sourcePath: string): string {
    this.line(`// @generated from ${sourcePath} — do not edit`);
    this.line('// Regenerate with `npm run gen` (src/xdr/gen). Each type quotes the .x text it comes from.');
    this.line("import * as xdr from '../xdr/index.js';");
    this.line("import type { Codec, XdrReader, XdrWriter } from '../xdr/index.js';");
    this.line('');
    this.line("export { xdr_void } from '../xdr/index.js';");
    for (const c of this.m.constDefs) {
      this.line('');
      this.quote(c.quote);
      this.line(`export const ${c.name} = ${c.value};`);
    }
    for (const t of this.m.types) {
      this.line('');
      this.quote(t.quote);
      this.type(t);
    }
    for (const p of this.m.programs) {
      this.line('');
      this.quote(p.quote);
      this.program(p);
    }
    return this.out.join('\n') + '\n';
  }

  private line(s: string): void {
    this.out.push(s);
  }

  private quote(text: string): void {
    for (const l of text.split('\n')) this.line(`//${l.trimEnd() === '' ? '' : ' ' + l.trimEnd()}`);
  }

  private type(t: NamedType): void {
    const d = t.def;
    if (d.kind === 'enum') this.enumType(t.name, d);
    else if (d.kind === 'struct') this.structType(t.name, d);
    else if (d.kind === 'union') this.unionType(t.name, d);
    else this.typedef(t.name, d.type);
    this.line(`export const xdr_${t.name}: Codec<${t.name}> = xdr.codec(read_${t.name}, write_${t.name}, size_${t.name});`);
  }

  private enumType(name: string, e: EnumBody): void {
    this.line(`export enum ${name} {`);
    for (const mem of e.members) this.line(`  ${mem.name} = ${this.m.value(mem.value)},`);
    this.line('}');
    const values = [...new Set(e.members.map((mem) => this.m.value(mem.value)))].sort((a, b) => a - b);
    const lo = values[0] ?? 0;
    const hi = values[values.length - 1] ?? 0;
    this.line(`function read_${name}(r: XdrReader): ${name} {`);
    this.line('  const v = r.readInt();');
    if (values.length === hi - lo + 1) {
      this.line(`  if (v < ${lo} || v > ${hi}) return xdr.badValue('${name}', v);`);
      this.line(`  return v as ${name};`);
    } else {
      this.line('  switch (v) {');
      for (const v of values) this.line(`    case ${v}:`);
      this.line(`      return v as ${name};`);
      this.line('    default:');
      this.line(`      return xdr.badValue('${name}', v);`);
      this.line('  }');
    }
    this.line('}');
    this.line(`function write_${name}(w: XdrWriter, v: ${name}): void {`);
    this.line('  w.writeInt(v);');
    this.line('}');
    this.line(`function size_${name}(_v: ${name}): number {`);
    this.line('  return 4;');
    this.line('}');
  }

  private structType(name: string, s: StructBody): void {
    const fields = this.m.elementFields(s, name) as (Decl & { name: string })[];
    if (fields.length !== s.fields.length) {
      this.line(`// ${name} is a linked-list element: its next pointer is carried by the list that holds it`);
      this.line(`// (${name}[]), so xdr_${name} encodes one element's fields.`);
    }
    this.line(`export interface ${name} {`);
    for (const f of fields) this.line(`  ${f.name}: ${this.ts(f.type)};`);
    this.line('}');
    this.line(`function read_${name}(r: XdrReader): ${name} {`);
    this.line('  return {');
    for (const f of fields) this.line(`    ${f.name}: ${this.read(f.type)},`);
    this.line('  };');
    this.line('}');
    this.line(`function write_${name}(w: XdrWriter, v: ${name}): void {`);
    for (const f of fields) this.line(`  ${this.write(f.type, `v.${f.name}`)}`);
    this.line('}');
    const sizes = fields.map((f) => ({ fixed: this.m.fixedSize(f.type), expr: this.size(f.type, `v.${f.name}`) }));
    this.sizeFunction(name, sizes);
  }

  /** A size function that folds the fixed-size parts into one constant. */
  private sizeFunction(name: string, parts: { fixed: number | null; expr: string }[]): void {
    const constant = parts.reduce((n, p) => n + (p.fixed ?? 0), 0);
    const variable = parts.filter((p) => p.fixed === null).map((p) => p.expr);
    const terms = constant > 0 || variable.length === 0 ? [String(constant), ...variable] : variable;
    this.line(`function size_${name}(${variable.length === 0 ? '_v' : 'v'}: ${name}): number {`);
    this.line(`  return ${terms.join(' + ')};`);
    this.line('}');
  }

  private unionType(name: string, u: UnionBody): void {
    const disc = u.discriminant.name as string;
    const dt = this.m.resolve(u.discriminant.type);
    const en = this.m.enumBody(dt);
    const enumName = en && dt.kind === 'named' ? dt.name : null;
    const memberOf = new Map<number, string>();
    if (en) for (const mem of [...en.members].reverse()) memberOf.set(this.m.value(mem.value), mem.name);
    const caseValue = (v: Value): number => {
      const n = this.m.value(v);
      if (en && !memberOf.has(n)) this.m.fail(`${name}: case ${n} is not a member of ${enumName}`);
      return n;
    };
    const label = (n: number): string => (dt.kind === 'bool' ? String(n !== 0) : String(n));
    const labelType = (n: number): string => (enumName ? `${enumName}.${memberOf.get(n)}` : label(n));
    const arms = u.arms.map((a) => ({ values: a.cases.map(caseValue), decl: a.decl }));
    const covered = arms.flatMap((a) => a.values);
    // TypeScript type: one object type per arm, discriminated by the .x discriminant's name.
    const armType = (discType: string, decl: Decl): string =>
      decl.name === null ? `{ ${disc}: ${discType} }` : `{ ${disc}: ${discType}; ${decl.name}: ${this.ts(decl.type)} }`;
    const members = arms.map((a) => armType(a.values.map(labelType).join(' | '), a.decl));
    if (u.defaultArm) {
      let rest: string;
      if (enumName) rest = covered.length === 0 ? enumName : `Exclude<${enumName}, ${[...new Set(covered)].map(labelType).join(' | ')}>`;
      else if (dt.kind === 'bool') rest = [0, 1].filter((b) => !covered.includes(b)).map(label).join(' | ') || 'never';
      else rest = 'number';
      members.push(armType(rest, u.defaultArm));
    }
    this.line(`export type ${name} =`);
    for (const [i, mem] of members.entries()) this.line(`  | ${mem}${i === members.length - 1 ? ';' : ''}`);

    const readDisc = enumName ? `read_${enumName}(r)` : this.read(dt);
    const writeDisc = enumName ? `write_${enumName}(w, v.${disc});` : this.write(dt, `v.${disc}`);
    const cases = (values: number[], indent: string): void => {
      for (const v of values) this.line(`${indent}case ${label(v)}:`);
    };
    const field = (decl: Decl): string => `(v as { ${decl.name}: ${this.ts(decl.type)} }).${decl.name}`;
    // `v` may be narrowed to never here (every bool value has an arm), hence the cast.
    const noArm = `xdr.badValue('${name}', (v as { ${disc}: number | boolean }).${disc})`;

    this.line(`function read_${name}(r: XdrReader): ${name} {`);
    this.line(`  const d = ${readDisc};`);
    this.line('  switch (d) {');
    const readArm = (decl: Decl): string =>
      decl.name === null ? `return { ${disc}: d } as ${name};` : `return { ${disc}: d, ${decl.name}: ${this.read(decl.type)} } as ${name};`;
    for (const a of arms) {
      cases(a.values, '    ');
      this.line(`      ${readArm(a.decl)}`);
    }
    this.line('    default:');
    this.line(`      ${u.defaultArm ? readArm(u.defaultArm) : `return xdr.badValue('${name}', d);`}`);
    this.line('  }');
    this.line('}');

    this.line(`function write_${name}(w: XdrWriter, v: ${name}): void {`);
    this.line(`  ${writeDisc}`);
    this.line(`  switch (v.${disc}) {`);
    const writeArm = (decl: Decl): string => (decl.name === null ? 'break;' : `${this.write(decl.type, field(decl))}\n      break;`);
    for (const a of arms) {
      cases(a.values, '    ');
      this.line(`      ${writeArm(a.decl)}`);
    }
    this.line('    default:');
    this.line(`      ${u.defaultArm ? writeArm(u.defaultArm) : noArm + ';'}`);
    this.line('  }');
    this.line('}');

    this.line(`function size_${name}(v: ${name}): number {`);
    this.line(`  switch (v.${disc}) {`);
    const sizeArm = (decl: Decl): string => {
      const fixed = this.m.fixedSize(decl.type);
      if (decl.name === null || fixed === 0) return 'return 4;';
      return fixed !== null ? `return ${4 + fixed};` : `return 4 + ${this.size(decl.type, field(decl))};`;
    };
    for (const a of arms) {
      cases(a.values, '    ');
      this.line(`      ${sizeArm(a.decl)}`);
    }
    this.line('    default:');
    this.line(`      ${u.defaultArm ? sizeArm(u.defaultArm) : `return ${noArm};`}`);
    this.line('  }');
    this.line('}');
  }

  private typedef(name: string, t: Type): void {
    this.line(`export type ${name} = ${this.ts(t)};`);
    this.line(`function read_${name}(r: XdrReader): ${name} {`);
    this.line(`  return ${this.read(t)};`);
    this.line('}');
    this.line(`function write_${name}(w: XdrWriter, v: ${name}): void {`);
    this.line(`  ${this.write(t, 'v')}`);
    this.line('}');
    this.sizeFunction(name, [{ fixed: this.m.fixedSize(t), expr: this.size(t, 'v') }]);
  }

  private program(p: ResolvedProgram): void {
    const emitted = new Map<string, number>();
    const constant = (name: string, value: number): void => {
      const seen = emitted.get(name);
      if (seen === value) return;
      if (seen !== undefined) this.m.fail(`${name} has two values (${seen}, ${value})`);
      emitted.set(name, value);
      this.line(`export const ${name} = ${value};`);
    };
    constant(p.name, p.program);
    for (const v of p.versions) {
      constant(v.name, v.version);
      for (const proc of v.procedures) constant(proc.name, proc.proc);
    }
    for (const v of p.versions) {
      this.line(`export const ${p.name}_${v.name} = {`);
      this.line(`  program: ${p.program},`);
      this.line(`  version: ${v.version},`);
      this.line('  procedures: {');
      for (const proc of v.procedures) {
        this.line(`    ${proc.name}: { proc: ${proc.proc}, args: ${this.codec(proc.arg)}, res: ${this.codec(proc.result)} },`);
      }
      this.line('  },');
      this.line('} as const;');
    }
  }

  // --- type expressions -------------------------------------------------------------------

  /** The TypeScript type of a value of `t`. */
  private ts(t: Type): string {
    switch (t.kind) {
      case 'int':
      case 'uint':
        return 'number';
      case 'hyper':
      case 'uhyper':
        return 'bigint';
      case 'bool':
        return 'boolean';
      case 'void':
        return 'void';
      case 'opaque':
        return 'Buffer';
      case 'string':
        return 'string';
      case 'named':
        return t.name;
      case 'array':
        return `${this.wrap(this.ts(t.of))}[]`;
      case 'optional': {
        const elem = this.m.listElement(t);
        return elem ? `${elem}[]` : `${this.wrap(this.ts(t.of))} | null`;
      }
      case 'inline':
        return this.m.fail('internal: inline type not hoisted');
    }
  }

  private wrap(ts: string): string {
    return /[ |]/.test(ts) ? `(${ts})` : ts;
  }

  /** A bound or size as code: the constant's name when it is a `const`, else its number. */
  private num(v: Value | null): string {
    if (v === null) return 'xdr.XDR_UNBOUNDED';
    if ('ref' in v && this.constNames.has(v.ref)) return v.ref;
    return String(this.m.value(v));
  }

  private read(t: Type): string {
    switch (t.kind) {
      case 'opaque':
        return t.fixed ? `r.readFixedOpaque(${this.num(t.size)})` : `r.readOpaque(${this.num(t.max)})`;
      case 'string':
        return `r.readString(${this.num(t.max)})`;
      case 'named':
        return `read_${t.name}(r)`;
      case 'array': {
        const min = Math.max(1, this.m.minSize(t.of));
        return t.fixed
          ? `xdr.readFixedArray(r, ${this.num(t.size)}, ${min}, ${this.readFn(t.of)})`
          : `xdr.readArray(r, ${this.num(t.max)}, ${min}, ${this.readFn(t.of)})`;
      }
      case 'optional': {
        const elem = this.m.listElement(t);
        return elem ? `xdr.readList(r, read_${elem})` : `xdr.readOptional(r, ${this.readFn(t.of)})`;
      }
      case 'inline':
        return this.m.fail('internal: inline type not hoisted');
      default:
        return PRIMITIVE_READ[t.kind] as string;
    }
  }

  private readFn(t: Type): string {
    if (t.kind === 'named') return `read_${t.name}`;
    const prim = PRIMITIVE_FN[t.kind];
    if (prim) return `xdr.read${prim}`;
    return `(r: XdrReader): ${this.ts(t)} => ${this.read(t)}`;
  }

  private write(t: Type, v: string): string {
    switch (t.kind) {
      case 'opaque':
        return t.fixed ? `w.writeFixedOpaque(${v}, ${this.num(t.size)});` : `w.writeOpaque(${v}${t.max ? ', ' + this.num(t.max) : ''});`;
      case 'string':
        return `w.writeString(${v}${t.max ? ', ' + this.num(t.max) : ''});`;
      case 'named':
        return `write_${t.name}(w, ${v});`;
      case 'array':
        return t.fixed
          ? `xdr.writeFixedArray(w, ${v}, ${this.num(t.size)}, ${this.writeFn(t.of)});`
          : `xdr.writeArray(w, ${v}, ${this.num(t.max)}, ${this.writeFn(t.of)});`;
      case 'optional': {
        const elem = this.m.listElement(t);
        return elem ? `xdr.writeList(w, ${v}, write_${elem});` : `xdr.writeOptional(w, ${v}, ${this.writeFn(t.of)});`;
      }
      case 'void':
        return '';
      case 'inline':
        return this.m.fail('internal: inline type not hoisted');
      default:
        return `w.${PRIMITIVE_WRITE[t.kind] as string}(${v});`;
    }
  }

  private writeFn(t: Type): string {
    if (t.kind === 'named') return `write_${t.name}`;
    const prim = PRIMITIVE_FN[t.kind];
    if (prim) return `xdr.write${prim}`;
    return `(w: XdrWriter, x: ${this.ts(t)}): void => { ${this.write(t, 'x')} }`;
  }

  private size(t: Type, v: string): string {
    const fixed = this.m.fixedSize(t);
    if (fixed !== null) return String(fixed);
    switch (t.kind) {
      case 'opaque':
        return `xdr.sizeOpaque(${v})`;
      case 'string':
        return `xdr.sizeString(${v})`;
      case 'named':
        return `size_${t.name}(${v})`;
      case 'array': {
        const elemFixed = this.m.fixedSize(t.of);
        const body = elemFixed !== null ? `${v}.length * ${elemFixed}` : `xdr.sizeElements(${v}, ${this.sizeFn(t.of)})`;
        return t.fixed ? body : `4 + ${body}`;
      }
      case 'optional': {
        const elem = this.m.listElement(t);
        return elem ? `xdr.sizeList(${v}, size_${elem})` : `xdr.sizeOptional(${v}, ${this.sizeFn(t.of)})`;
      }
      default:
        return this.m.fail(`internal: no size for ${t.kind}`);
    }
  }

  private sizeFn(t: Type): string {
    if (t.kind === 'named') return `size_${t.name}`;
    return `(x: ${this.ts(t)}): number => ${this.size(t, 'x')}`;
  }

  private codec(t: Type): string {
    if (t.kind === 'named') return `xdr_${t.name}`;
    if (t.kind === 'string' && t.max === null) return 'xdr.xdr_string';
    const prim = PRIMITIVE_CODEC[t.kind];
    if (!prim) return this.m.fail(`procedure argument/result type ${t.kind} must be named by a typedef`);
    return prim;
  }
}
