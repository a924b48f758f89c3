import type { Body, Decl, Definition, EnumBody, StructBody, Type, UnionBody, Value } from './ast.js';
import { XdrSyntaxError } from './lexer.js';

/**
 * A resolved .x file: every name known, inline struct/union bodies hoisted into named types
 * (`<parent>_<field>`), and the facts the emitter needs (constant values, linked lists, sizes).
 */

export interface NamedType {
  name: string;
  def: Body | { kind: 'typedef'; type: Type };
  /** The .x text this type was declared by (quoted above the generated code). */
  quote: string;
}

export interface ResolvedProcedure {
  name: string;
  proc: number;
  arg: Type;
  result: Type;
}

export interface ResolvedProgram {
  name: string;
  program: number;
  quote: string;
  versions: { name: string; version: number; procedures: ResolvedProcedure[] }[];
}

export class Model {
  readonly constants = new Map<string, number>();
  /** `const` definitions in source order (enum members and program numbers are separate). */
  readonly constDefs: { name: string; value: number; quote: string }[] = [];
  readonly types: NamedType[] = [];
  readonly typeByName = new Map<string, NamedType>();
  readonly programs: ResolvedProgram[] = [];

  constructor(
    readonly file: string,
    private readonly source: string,
    defs: Definition[],
  ) {
    // RFC 4506 §4.4: bool is enum { FALSE = 0, TRUE = 1 }.
    this.constants.set('FALSE', 0);
    this.constants.set('TRUE', 1);
    // Constants first (they may be used before their definition, e.g. in program tables).
    for (const d of defs) {
      if (d.kind === 'const') this.pending.set(d.name, d.value);
      if (d.kind === 'type' && d.body.kind === 'enum') for (const m of d.body.members) this.pending.set(m.name, m.value);
      if (d.kind === 'program') {
        this.pending.set(d.name, d.value);
        for (const v of d.versions) {
          this.pending.set(v.name, v.value);
          for (const p of v.procedures) this.pending.set(p.name, p.value);
        }
      }
    }
    for (const name of this.pending.keys()) this.value({ ref: name });
    for (const d of defs) {
      const quote = source.slice(d.span.start, d.span.end);
      if (d.kind === 'const') this.constDefs.push({ name: d.name, value: this.value(d.value), quote });
      else if (d.kind === 'typedef') this.addType(d.name, { kind: 'typedef', type: this.hoist(d.name, d.type) }, quote);
      else if (d.kind === 'type') this.addType(d.name, this.hoistBody(d.name, d.body), quote);
      else this.addProgram(d, quote);
    }
    for (const t of this.types) this.check(t);
  }

  private readonly pending = new Map<string, Value>();
  private readonly resolving = new Set<string>();

  value(v: Value): number {
    if ('num' in v) return v.num;
    const known = this.constants.get(v.ref);
    if (known !== undefined) return known;
    const def = this.pending.get(v.ref);
    if (def === undefined || this.resolving.has(v.ref)) return this.fail(`unknown or circular constant ${v.ref}`);
    this.resolving.add(v.ref);
    const n = this.value(def);
    this.resolving.delete(v.ref);
    this.constants.set(v.ref, n);
    return n;
  }

  /** Follows typedefs until a type that is not a reference to a typedef. */
  resolve(t: Type): Type {
    for (let depth = 0; t.kind === 'named'; depth++) {
      const named = this.typeByName.get(t.name);
      if (!named) return this.fail(`unknown type ${t.name}`);
      if (named.def.kind !== 'typedef') return t;
      if (depth > 100) return this.fail(`typedef loop at ${t.name}`);
      t = named.def.type;
    }
    return t;
  }

  body(name: string): Body {
    const named = this.typeByName.get(name);
    if (!named || named.def.kind === 'typedef') return this.fail(`${name} is not an enum, struct or union`);
    return named.def;
  }

  enumBody(t: Type): EnumBody | null {
    const r = this.resolve(t);
    if (r.kind !== 'named') return null;
    const b = this.body(r.name);
    return b.kind === 'enum' ? b : null;
  }

  /**
   * The element struct when `t` is a pointer to a linked-list struct (one whose last field is a
   * pointer to itself), e.g. `entry3 *` or `mountlist`. Such pointers become arrays.
   */
  listElement(t: Type): string | null {
    const r = this.resolve(t);
    if (r.kind !== 'optional') return null;
    const to = this.resolve(r.of);
    if (to.kind !== 'named') return null;
    return this.isLinked(to.name) ? to.name : null;
  }

  /** True when struct `name`'s last field points to another `name` (the next link). */
  isLinked(name: string): boolean {
    const named = this.typeByName.get(name);
    if (!named || named.def.kind !== 'struct') return false;
    const last = named.def.fields[named.def.fields.length - 1];
    if (!last) return false;
    const r = this.resolve(last.type);
    if (r.kind !== 'optional') return false;
    const to = this.resolve(r.of);
    return to.kind === 'named' && to.name === name;
  }

  /** Fields that are emitted (a linked struct's next pointer is carried by the list instead). */
  elementFields(s: StructBody, name: string): Decl[] {
    return this.isLinked(name) ? s.fields.slice(0, -1) : s.fields;
  }

  /** The encoded size when it does not depend on the value, else null. */
  fixedSize(t: Type): number | null {
    switch (t.kind) {
      case 'int':
      case 'uint':
      case 'bool':
        return 4;
      case 'hyper':
      case 'uhyper':
        return 8;
      case 'void':
        return 0;
      case 'opaque':
        return t.fixed ? padTo4(this.value(t.size)) : null;
      case 'string':
      case 'optional':
        return null;
      case 'array': {
        if (!t.fixed) return null;
        const e = this.fixedSize(t.of);
        return e === null ? null : e * this.value(t.size);
      }
      case 'inline':
        return this.fail('internal: inline type not hoisted');
      case 'named': {
        const named = this.typeByName.get(t.name);
        if (!named) return this.fail(`unknown type ${t.name}`);
        const d = named.def;
        if (d.kind === 'typedef') return this.fixedSize(d.type);
        if (d.kind === 'enum') return 4;
        if (d.kind === 'union') return null;
        if (this.isLinked(t.name)) return null;
        let n = 0;
        for (const f of d.fields) {
          const s = this.fixedSize(f.type);
          if (s === null) return null;
          n += s;
        }
        return n;
      }
    }
  }

  /** A lower bound on the encoded size (guards array counts against the bytes left). */
  minSize(t: Type, depth = 0): number {
    if (depth > 50) return 4;
    const fixed = this.fixedSize(t);
    if (fixed !== null) return fixed;
    switch (t.kind) {
      case 'array':
        return t.fixed ? this.value(t.size) * this.minSize(t.of, depth + 1) : 4;
      case 'named': {
        const named = this.typeByName.get(t.name) as NamedType;
        const d = named.def;
        if (d.kind === 'typedef') return this.minSize(d.type, depth + 1);
        if (d.kind !== 'struct') return 4;
        let n = 0;
        for (const f of this.elementFields(d, t.name)) n += this.minSize(f.type, depth + 1);
        return n;
      }
      default:
        return 4;
    }
  }

  private addType(name: string, def: NamedType['def'], quote: string): void {
    if (this.typeByName.has(name)) this.fail(`type ${name} defined twice`);
    const t = { name, def, quote };
    this.types.push(t);
    this.typeByName.set(name, t);
  }

  /** Replaces inline bodies inside `t` with references to hoisted named types. */
  private hoist(prefix: string, t: Type): Type {
    switch (t.kind) {
      case 'inline': {
        const name = prefix;
        this.addType(name, this.hoistBody(name, t.body), this.source.slice(t.span.start, t.span.end));
        return { kind: 'named', name };
      }
      case 'array':
        return { ...t, of: this.hoist(prefix, t.of) };
      case 'optional':
        return { kind: 'optional', of: this.hoist(prefix, t.of) };
      default:
        return t;
    }
  }

  private hoistBody(name: string, body: Body): Body {
    const decl = (d: Decl): Decl => (d.name === null ? d : { name: d.name, type: this.hoist(`${name}_${d.name}`, d.type) });
    if (body.kind === 'struct') return { kind: 'struct', fields: body.fields.map(decl) };
    if (body.kind === 'union') {
      const u: UnionBody = {
        kind: 'union',
        discriminant: body.discriminant,
        arms: body.arms.map((a) => ({ cases: a.cases, decl: decl(a.decl) })),
        defaultArm: body.defaultArm && decl(body.defaultArm),
      };
      return u;
    }
    return body;
  }

  private addProgram(d: Extract<Definition, { kind: 'program' }>, quote: string): void {
    const versions = d.versions.map((v) => ({
      name: v.name,
      version: this.value(v.value),
      procedures: v.procedures.map((p) => {
        if (p.args.length !== 1) this.fail(`${p.name}: one argument expected (RFC 5531 §12.2)`);
        return { name: p.name, proc: this.value(p.value), arg: p.args[0] as Type, result: p.result };
      }),
    }));
    this.programs.push({ name: d.name, program: this.value(d.value), quote, versions });
  }

  /** Rejects what the emitter cannot express faithfully. */
  private check(t: NamedType): void {
    const d = t.def;
    const types = (ty: Type): void => {
      this.resolve(ty);
      if (ty.kind === 'array' || ty.kind === 'optional') types(ty.of);
    };
    if (d.kind === 'typedef') types(d.type);
    if (d.kind === 'struct') for (const f of d.fields) types(f.type);
    if (d.kind === 'union') {
      const disc = this.resolve(d.discriminant.type);
      const ok = disc.kind === 'int' || disc.kind === 'uint' || disc.kind === 'bool' || this.enumBody(disc) !== null;
      if (!ok) this.fail(`${t.name}: discriminant must be int, unsigned int, bool or an enum`);
      for (const arm of [...d.arms.map((a) => a.decl), ...(d.defaultArm ? [d.defaultArm] : [])]) {
        types(arm.type);
        // A TypeScript discriminated union cannot hold two fields of one name.
        if (arm.name !== null && arm.name === d.discriminant.name) this.fail(`${t.name}: arm ${arm.name} has the discriminant's name`);
      }
    }
  }

  fail(message: string): never {
    throw new XdrSyntaxError(message, this.file, 0);
  }
}

function padTo4(n: number): number {
  return n + ((4 - (n & 3)) & 3);
}
