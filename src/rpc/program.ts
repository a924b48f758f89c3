// Builds a ProgramVersion from a generated procedure table plus the handlers a program
// implements; each handler is typed by its procedure's argument and result codecs.
// Procedures without a handler are not registered, so clients get PROC_UNAVAIL.
import type { Codec } from '../xdr/index.js';
import type { AuthRejection } from './auth-rejection.js';
import type { ReplyBody } from './reply-body.js';
import type { CallContext, ProgramVersion } from './types.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- generated tables mix codec types
type ProcedureSpec = { proc: number; args: Codec<any>; res: Codec<any> };
export interface ProcedureTable {
  program: number;
  version: number;
  procedures: Record<string, ProcedureSpec>;
}

type ArgsOf<S> = S extends { args: Codec<infer A> } ? A : never;
type ResOf<S> = S extends { res: Codec<infer R> } ? R : never;

export type Handlers<T extends ProcedureTable> = {
  [K in keyof T['procedures']]?: (
    args: ArgsOf<T['procedures'][K]>,
    ctx: CallContext,
  ) => ResOf<T['procedures'][K]> | ReplyBody | AuthRejection | Promise<ResOf<T['procedures'][K]> | ReplyBody | AuthRejection>;
};

export function programVersion<T extends ProcedureTable>(table: T, handlers: Handlers<T>): ProgramVersion {
  const procedures: ProgramVersion['procedures'] = new Map();
  for (const [name, handler] of Object.entries(handlers)) {
    const spec = table.procedures[name];
    if (!spec || typeof handler !== 'function') throw new Error(`${name} is not a procedure of program ${table.program} v${table.version}`);
    procedures.set(spec.proc, { name, args: spec.args, res: spec.res, handler });
  }
  return { program: table.program, version: table.version, procedures };
}
