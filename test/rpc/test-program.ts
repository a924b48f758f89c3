// A program for transport and dispatcher tests: prog 400100 versions 1 and 3.
import { xdr_string, xdr_u_int, xdr_void, XdrWriter } from '../../src/xdr/index.js';
import { ReplyBody } from '../../src/rpc/reply-body.js';
import type { CallContext, ProgramVersion } from '../../src/rpc/types.js';

export const TEST_PROG = 400100;
export const PROC = { NULL: 0, ECHO: 1, THROW: 2, WHOAMI: 3, BODY: 4, WAIT: 5, REJECT: 6 } as const;

export interface Gate {
  /** Calls of WAIT that have started and not been released. */
  waiting: Array<() => void>;
  started: number;
}

/** `bodies` collects every ReplyBody the BODY procedure returns. */
export function testPrograms(gate: Gate = { waiting: [], started: 0 }, bodies: ReplyBody[] = []): ProgramVersion[] {
  const v3: ProgramVersion = {
    program: TEST_PROG,
    version: 3,
    procedures: new Map([
      [PROC.NULL, { name: 'NULL', args: xdr_void, res: xdr_void, handler: () => undefined }],
      [PROC.ECHO, { name: 'ECHO', args: xdr_string, res: xdr_string, handler: (s: string) => s }],
      [PROC.THROW, { name: 'THROW', args: xdr_void, res: xdr_void, handler: () => { throw new Error('handler bug'); } }],
      [PROC.WHOAMI, { name: 'WHOAMI', args: xdr_void, res: xdr_string, handler: (_: void, ctx: CallContext) => JSON.stringify(ctx.cred) }],
      [PROC.BODY, {
        name: 'BODY', args: xdr_u_int, res: xdr_string, handler: (n: number) => {
          if (n > 1 << 20) throw new RangeError(`BODY of ${n} bytes refused`);
          const body = ReplyBody.allocate(4 + n + 4);
          const w = new XdrWriter(body.bytes);
          w.writeString('x'.repeat(n));
          bodies.push(body);
          return body.finish(w.pos);
        },
      }],
      [PROC.WAIT, {
        name: 'WAIT', args: xdr_u_int, res: xdr_u_int, handler: (n: number) => {
          gate.started++;
          return new Promise<number>((resolve) => gate.waiting.push(() => resolve(n)));
        },
      }],
      [PROC.REJECT, { name: 'REJECT', args: xdr_void, res: xdr_void, handler: () => Promise.reject(new Error('async handler bug')) }],
    ]),
  };
  const v1: ProgramVersion = { program: TEST_PROG, version: 1, procedures: new Map([[PROC.NULL, { name: 'NULL', args: xdr_void, res: xdr_void, handler: () => undefined }]]) };
  return [v1, v3];
}
