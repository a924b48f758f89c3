// Reads the RPC call header (RFC 5531 section 9, rpc_msg with a call_body) with the
// generated codecs, and classifies what cannot be dispatched: a record whose header
// cannot be read at all gets no answer, a wrong RPC version gets RPC_MISMATCH, and a
// header that fails only in its credential or verifier gets AUTH_BADCRED.
import { XdrError, XdrReader } from '../xdr/index.js';
import { msg_type, xdr_call_body, xdr_msg_type, type opaque_auth } from '../generated/rpc.js';
import { auth_stat } from '../generated/rpc.js';

export const RPC_VERSION = 2;

export type CallHeader =
  | { kind: 'call'; xid: number; prog: number; vers: number; proc: number; cred: opaque_auth; verf: opaque_auth; args: XdrReader }
  | { kind: 'rpc-mismatch'; xid: number }
  | { kind: 'bad-credentials'; xid: number; why: auth_stat }
  | { kind: 'undecodable' };

const UNDECODABLE: CallHeader = { kind: 'undecodable' };
/** rpcvers, prog, vers, proc: what must be readable before a credential can be blamed. */
const FIXED_CALL_FIELDS = 16;

export function readCall(record: Buffer): CallHeader {
  const r = new XdrReader(record);
  let xid: number;
  try {
    xid = r.readUint(); // rpc_msg.xid
    if (xdr_msg_type.read(r) !== msg_type.CALL) return UNDECODABLE;
  } catch (err) {
    if (err instanceof XdrError) return UNDECODABLE;
    throw err;
  }
  const bodyStart = r.pos;
  try {
    const body = xdr_call_body.read(r);
    if (body.rpcvers !== RPC_VERSION) return { kind: 'rpc-mismatch', xid };
    return { kind: 'call', xid, prog: body.prog, vers: body.vers, proc: body.proc, cred: body.cred, verf: body.verf, args: r };
  } catch (err) {
    if (!(err instanceof XdrError)) throw err;
    if (record.length - bodyStart < FIXED_CALL_FIELDS) return UNDECODABLE;
    if (record.readUInt32BE(bodyStart) !== RPC_VERSION) return { kind: 'rpc-mismatch', xid };
    return { kind: 'bad-credentials', xid, why: auth_stat.AUTH_BADCRED };
  }
}
