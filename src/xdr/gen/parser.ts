import type { Body, Decl, Definition, Procedure, Type, UnionArm, Value, Version } from './ast.js';
import { lineOf, tokenize, XdrSyntaxError, type Token } from './lexer.js';

/**
 * A recursive-descent parser for the XDR language (RFC 4506 §6.3) with the RPC language's
 * program definitions (RFC 5531 §12.2). Accepted rpcgen spellings the RFCs themselves use:
 * `unsigned` alone and `(unsigned) long` as 32-bit integers, `struct X`/`enum X`/`union X` as a
 * type reference, and `string` as a procedure argument or result type.
 */
export function parse(source: string, file: string): Definition[] {
  return new Parser(source, file).specification();
}

class Parser {
  private readonly tokens: Token[];
  private i = 0;

  constructor(
    private readonly source: string,
    private readonly file: string,
  ) {
    this.tokens = tokenize(source, file);
  }

  specification(): Definition[] {
    const defs: Definition[] = [];
    while (this.peek().kind !== 'eof') defs.push(this.definition());
    return defs;
  }

  private definition(): Definition {
    const start = this.peek().pos;
    const kw = this.ident();
    switch (kw) {
      case 'const': {
        const name = this.ident();
        this.punct('=');
        const value = this.value();
        return { kind: 'const', name, value, span: { start, end: this.endOf(';') } };
      }
      case 'typedef': {
        const decl = this.declaration();
        if (decl.name === null) this.fail('typedef of void');
        return { kind: 'typedef', name: decl.name as string, type: decl.type, span: { start, end: this.endOf(';') } };
      }
      case 'enum':
      case 'struct':
      case 'union': {
        const name = this.ident();
        const body = this.body(kw);
        return { kind: 'type', name, body, span: { start, end: this.endOf(';') } };
      }
      case 'program':
        return this.program(start);
      default:
        return this.fail(`expected a definition, found ${kw}`);
    }
  }

  private program(start: number): Definition {
    const name = this.ident();
    this.punct('{');
    const versions: Version[] = [];
    do versions.push(this.version());
    while (!this.isPunct('}'));
    this.punct('}');
    this.punct('=');
    const value = this.value();
    return { kind: 'program', name, value, versions, span: { start, end: this.endOf(';') } };
  }

  private version(): Version {
    this.keyword('version');
    const name = this.ident();
    this.punct('{');
    const procedures: Procedure[] = [];
    do procedures.push(this.procedure());
    while (!this.isPunct('}'));
    this.punct('}');
    this.punct('=');
    const value = this.value();
    this.punct(';');
    return { name, value, procedures };
  }

  private procedure(): Procedure {
    const result = this.typeSpecifier();
    const name = this.ident();
    this.punct('(');
    const args = [this.typeSpecifier()];
    while (this.isPunct(',')) {
      this.punct(',');
      args.push(this.typeSpecifier());
    }
    this.punct(')');
    this.punct('=');
    const value = this.value();
    this.punct(';');
    return { name, result, args, value };
  }

  private body(kind: 'enum' | 'struct' | 'union'): Body {
    if (kind === 'enum') {
      this.punct('{');
      const members: { name: string; value: Value }[] = [];
      for (;;) {
        const name = this.ident();
        this.punct('=');
        members.push({ name, value: this.value() });
        if (!this.isPunct(',')) break;
        this.punct(',');
      }
      this.punct('}');
      return { kind: 'enum', members };
    }
    if (kind === 'struct') {
      this.punct('{');
      const fields: Decl[] = [];
      do {
        fields.push(this.declaration());
        this.punct(';');
      } while (!this.isPunct('}'));
      this.punct('}');
      return { kind: 'struct', fields };
    }
    this.keyword('switch');
    this.punct('(');
    const discriminant = this.declaration();
    this.punct(')');
    this.punct('{');
    const arms: UnionArm[] = [];
    let defaultArm: Decl | null = null;
    while (!this.isPunct('}')) {
      if (this.isKeyword('default')) {
        this.keyword('default');
        this.punct(':');
        defaultArm = this.declaration();
        this.punct(';');
        continue;
      }
      const cases: Value[] = [];
      while (this.isKeyword('case')) {
        this.keyword('case');
        cases.push(this.value());
        this.punct(':');
      }
      if (cases.length === 0) this.fail('expected case or default');
      const decl = this.declaration();
      this.punct(';');
      arms.push({ cases, decl });
    }
    this.punct('}');
    return { kind: 'union', discriminant, arms, defaultArm };
  }

  /** RFC 4506 §6.3 "declaration". */
  private declaration(): Decl {
    if (this.isKeyword('void')) {
      this.keyword('void');
      return { name: null, type: { kind: 'void' } };
    }
    if (this.isKeyword('opaque')) {
      this.keyword('opaque');
      const name = this.ident();
      if (this.isPunct('[')) {
        this.punct('[');
        const size = this.value();
        this.punct(']');
        return { name, type: { kind: 'opaque', fixed: true, size } };
      }
      return { name, type: { kind: 'opaque', fixed: false, max: this.bound() } };
    }
    if (this.isKeyword('string')) {
      this.keyword('string');
      const name = this.ident();
      return { name, type: { kind: 'string', max: this.bound() } };
    }
    const type = this.typeSpecifier();
    if (this.isPunct('*')) {
      this.punct('*');
      return { name: this.ident(), type: { kind: 'optional', of: type } };
    }
    const name = this.ident();
    if (this.isPunct('[')) {
      this.punct('[');
      const size = this.value();
      this.punct(']');
      return { name, type: { kind: 'array', fixed: true, size, of: type } };
    }
    if (this.isPunct('<')) return { name, type: { kind: 'array', fixed: false, max: this.bound(), of: type } };
    return { name, type };
  }

  /** `<n>` or `<>` (unbounded → null). */
  private bound(): Value | null {
    this.punct('<');
    if (this.isPunct('>')) {
      this.punct('>');
      return null;
    }
    const v = this.value();
    this.punct('>');
    return v;
  }

  private typeSpecifier(): Type {
    const start = this.peek().pos;
    const word = this.ident();
    switch (word) {
      case 'unsigned': {
        const next = this.peek();
        if (next.kind === 'ident' && (next.text === 'int' || next.text === 'long')) {
          this.i++;
          return { kind: 'uint' };
        }
        if (next.kind === 'ident' && next.text === 'hyper') {
          this.i++;
          return { kind: 'uhyper' };
        }
        return { kind: 'uint' };
      }
      case 'int':
      case 'long':
        return { kind: 'int' };
      case 'hyper':
        return { kind: 'hyper' };
      case 'bool':
        return { kind: 'bool' };
      case 'void':
        return { kind: 'void' };
      case 'string':
        return { kind: 'string', max: null };
      case 'float':
      case 'double':
      case 'quadruple':
        return this.fail(`${word} is not supported`);
      case 'enum':
      case 'struct':
      case 'union':
        if (this.peek().kind === 'ident' && !(word === 'union' && this.isKeyword('switch'))) return { kind: 'named', name: this.ident() };
        {
          const body = this.body(word);
          return { kind: 'inline', body, span: { start, end: (this.tokens[this.i - 1]?.pos ?? start) + 1 } };
        }
      default:
        return { kind: 'named', name: word };
    }
  }

  private value(): Value {
    const t = this.peek();
    if (t.kind === 'number') {
      this.i++;
      return { num: t.value };
    }
    return { ref: this.ident() };
  }

  private peek(): Token {
    return this.tokens[this.i] as Token;
  }

  private isPunct(p: string): boolean {
    const t = this.peek();
    return t.kind === 'punct' && t.text === p;
  }

  private isKeyword(k: string): boolean {
    const t = this.peek();
    return t.kind === 'ident' && t.text === k;
  }

  private punct(p: string): void {
    if (!this.isPunct(p)) this.fail(`expected '${p}'`);
    this.i++;
  }

  /** Consumes `p` and returns the source offset just after it. */
  private endOf(p: string): number {
    const pos = this.peek().pos;
    this.punct(p);
    return pos + 1;
  }

  private keyword(k: string): void {
    if (!this.isKeyword(k)) this.fail(`expected '${k}'`);
    this.i++;
  }

  private ident(): string {
    const t = this.peek();
    if (t.kind !== 'ident') return this.fail('expected an identifier');
    this.i++;
    return t.text;
  }

  private fail(message: string): never {
    const t = this.peek();
    const found = t.kind === 'eof' ? 'end of file' : t.kind === 'number' ? String(t.value) : t.text;
    throw new XdrSyntaxError(`${message} (at ${JSON.stringify(found)})`, this.file, lineOf(this.source, t.pos));
  }
}
