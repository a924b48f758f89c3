// Builds RPC calls and reads replies for tests, with the generated rpc_msg codec.
import { pino, type Logger } from 'pino';
import { XdrReader, XdrWriter } from '../../src/xdr/index.js';
import { auth_flavor, msg_type, xdr_rpc_msg, type opaque_auth, type rpc_msg } from '../../src/generated/rpc.js';

export const NULL_AUTH: opaque_auth = { flavor: auth_flavor.AUTH_NONE, body: Buffer.alloc(0) };

export interface CallFields {
  xid: number;
  prog: number;
  vers: number;
  proc: number;
  rpcvers?: number;
  cred?: opaque_auth;
  verf?: opaque_auth;
}

export function callRecord(c: CallFields, args: Buffer = Buffer.alloc(0)): Buffer {
  const msg: rpc_msg = {
    xid: c.xid,
    body: { mtype: msg_type.CALL, cbody: { rpcvers: c.rpcvers ?? 2, prog: c.prog, vers: c.vers, proc: c.proc, cred: c.cred ?? NULL_AUTH, verf: c.verf ?? NULL_AUTH } },
  };
  const out = Buffer.alloc(xdr_rpc_msg.size(msg) + args.length);
  const w = new XdrWriter(out);
  xdr_rpc_msg.write(w, msg);
  args.copy(out, w.pos);
  return out;
}

/** Decodes a reply (without record mark); `rest` is positioned at the results. */
export function readReply(reply: Buffer): { msg: rpc_msg; rest: XdrReader } {
  const rest = new XdrReader(reply);
  const msg = xdr_rpc_msg.read(rest);
  return { msg, rest };
}

export const silentLogger: Logger = pino({ level: 'silent' });

export function capturingLogger(): { logger: Logger; lines: Array<Record<string, unknown>> } {
  const lines: Array<Record<string, unknown>> = [];
  const logger = pino({ level: 'debug' }, { write: (s: string) => void lines.push(JSON.parse(s) as Record<string, unknown>) });
  return { logger, lines };
}

/** A small deterministic PRNG (mulberry32) so random tests replay exactly. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
