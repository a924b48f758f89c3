/** The parsed form of a .x file (RFC 4506 §6, RFC 5531 §12), before names are resolved. */

/** A constant, a size or a case label: a literal or a name (const, enum member, procedure). */
export type Value = { num: number } | { ref: string };

export interface Span {
  start: number;
  end: number;
}

export type Type =
  | { kind: 'int' | 'uint' | 'hyper' | 'uhyper' | 'bool' | 'void' }
  | { kind: 'named'; name: string }
  | { kind: 'opaque'; fixed: true; size: Value }
  | { kind: 'opaque'; fixed: false; max: Value | null }
  | { kind: 'string'; max: Value | null }
  | { kind: 'array'; fixed: true; size: Value; of: Type }
  | { kind: 'array'; fixed: false; max: Value | null; of: Type }
  | { kind: 'optional'; of: Type }
  // Inline bodies (`union switch (...) {...} reply_data;`): hoisted into named definitions
  // before emission.
  | { kind: 'inline'; body: Body; span: Span };

/** A declaration inside a struct or union arm; `name` is null for `void`. */
export interface Decl {
  name: string | null;
  type: Type;
}

export interface EnumBody {
  kind: 'enum';
  members: { name: string; value: Value }[];
}

export interface StructBody {
  kind: 'struct';
  fields: Decl[];
}

export interface UnionArm {
  cases: Value[];
  decl: Decl;
}

export interface UnionBody {
  kind: 'union';
  discriminant: Decl;
  arms: UnionArm[];
  defaultArm: Decl | null;
}

export type Body = EnumBody | StructBody | UnionBody;

export interface Procedure {
  name: string;
  result: Type;
  args: Type[];
  value: Value;
}

export interface Version {
  name: string;
  value: Value;
  procedures: Procedure[];
}

export type Definition =
  | { kind: 'const'; name: string; value: Value; span: Span }
  | { kind: 'typedef'; name: string; type: Type; span: Span }
  | { kind: 'type'; name: string; body: Body; span: Span }
  | { kind: 'program'; name: string; value: Value; versions: Version[]; span: Span };
