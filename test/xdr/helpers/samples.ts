import type { Type } from '../../../src/xdr/gen/ast.js';
import type { Model } from '../../../src/xdr/gen/model.js';
import type { Random } from './random.js';

/**
 * Random values of any type of a .x model, shaped like the generated TypeScript (linked lists
 * as arrays, optionals as null, unions discriminated by the .x name). Sizes stay small; bounds
 * are respected so every sample is encodable.
 */
export function sample(model: Model, typeName: string, rnd: Random): unknown {
  return new Sampler(model, rnd).value({ kind: 'named', name: typeName });
}

const SMALL = 4;
const ALPHABET = ['a', 'b', 'Z', '0', '.', '-', 'é', '☃'];

class Sampler {
  constructor(
    private readonly m: Model,
    private readonly rnd: Random,
  ) {}

  value(t: Type): unknown {
    const r = this.rnd;
    switch (t.kind) {
      case 'int':
        return r.next() | 0;
      case 'uint':
        return r.next();
      case 'hyper':
        return BigInt.asIntN(64, (BigInt(r.next()) << 32n) | BigInt(r.next()));
      case 'uhyper':
        return (BigInt(r.next()) << 32n) | BigInt(r.next());
      case 'bool':
        return r.chance(0.5);
      case 'void':
        return undefined;
      case 'opaque':
        return r.bytes(t.fixed ? this.m.value(t.size) : r.below(Math.min(this.bound(t.max), 13) + 1));
      case 'string':
        return this.string(this.bound(t.max));
      case 'array': {
        const n = t.fixed ? this.m.value(t.size) : r.below(Math.min(this.bound(t.max), SMALL) + 1);
        return Array.from({ length: n }, () => this.value(t.of));
      }
      case 'optional': {
        const elem = this.m.listElement(t);
        if (elem) return Array.from({ length: r.below(SMALL) }, () => this.value({ kind: 'named', name: elem }));
        return r.chance(0.5) ? null : this.value(t.of);
      }
      case 'named':
        return this.named(t.name);
      case 'inline':
        throw new Error('inline types are hoisted by the model');
    }
  }

  private bound(max: import('../../../src/xdr/gen/ast.js').Value | null): number {
    return max === null ? 64 : this.m.value(max);
  }

  private string(maxBytes: number): string {
    let s = '';
    const len = this.rnd.below(Math.min(maxBytes, 12) + 1);
    for (let i = 0; i < len; i++) {
      const c = this.rnd.pick(ALPHABET);
      if (Buffer.byteLength(s + c) > maxBytes) break;
      s += c;
    }
    return s;
  }

  private named(name: string): unknown {
    const named = this.m.typeByName.get(name);
    if (!named) throw new Error(`unknown type ${name}`);
    const d = named.def;
    switch (d.kind) {
      case 'typedef':
        return this.value(d.type);
      case 'enum':
        return this.m.value(this.rnd.pick(d.members).value);
      case 'struct': {
        const o: Record<string, unknown> = {};
        for (const f of this.m.elementFields(d, name)) o[f.name as string] = this.value(f.type);
        return o;
      }
      case 'union': {
        const disc = d.discriminant.name as string;
        const dt = this.m.resolve(d.discriminant.type);
        const covered = new Set(d.arms.flatMap((a) => a.cases.map((c) => this.m.value(c))));
        const choices: { value: number; decl: (typeof d.arms)[number]['decl'] }[] = [];
        for (const a of d.arms) for (const c of a.cases) choices.push({ value: this.m.value(c), decl: a.decl });
        if (d.defaultArm) {
          const en = this.m.enumBody(dt);
          const candidates = en
            ? en.members.map((mem) => this.m.value(mem.value))
            : dt.kind === 'bool'
              ? [0, 1]
              : [this.rnd.next() | 0, 12345];
          for (const v of candidates) if (!covered.has(v)) choices.push({ value: v, decl: d.defaultArm });
        }
        const choice = this.rnd.pick(choices);
        const o: Record<string, unknown> = { [disc]: dt.kind === 'bool' ? choice.value !== 0 : choice.value };
        if (dt.kind === 'uint') o[disc] = choice.value >>> 0;
        if (choice.decl.name !== null) o[choice.decl.name] = this.value(choice.decl.type);
        return o;
      }
    }
  }
}
