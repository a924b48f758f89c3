// Every reply the server sends, encoded with the generated rpc_msg codec into a frame
// that starts with 4 bytes of headroom for the TCP record mark.
import { XdrWriter } from '../xdr/index.js';
import type { Codec } from '../xdr/index.js';
import { accept_stat, auth_flavor, auth_stat, msg_type, reject_stat, reply_stat, xdr_rpc_msg, type rpc_msg } from '../generated/rpc.js';
import { RECORD_MARK_SIZE } from './record-marking.js';
import { REPLY_HEADROOM, SUCCESS_HEADER_SIZE, type ReplyBody } from './reply-body.js';
import { RPC_VERSION } from './call-header.js';

const NULL_VERF = { flavor: auth_flavor.AUTH_NONE, body: Buffer.alloc(0) };

function encodeFrame(msg: rpc_msg): Buffer {
  const frame = Buffer.allocUnsafe(RECORD_MARK_SIZE + xdr_rpc_msg.size(msg));
  xdr_rpc_msg.encode(msg, frame, RECORD_MARK_SIZE);
  return frame;
}

// The accepted-SUCCESS header is the same for every reply except the xid (its first
// field), so it is encoded once and copied: the NULL-call path stays allocation-light.
const SUCCESS_HEADER = encodeFrame({
  xid: 0,
  body: { mtype: msg_type.REPLY, rbody: { stat: reply_stat.MSG_ACCEPTED, areply: { verf: NULL_VERF, reply_data: { stat: accept_stat.SUCCESS, results: Buffer.alloc(0) } } } },
}).subarray(RECORD_MARK_SIZE);
if (SUCCESS_HEADER.length !== SUCCESS_HEADER_SIZE) throw new Error(`accepted reply header is ${SUCCESS_HEADER.length} bytes, expected ${SUCCESS_HEADER_SIZE}`);

function writeSuccessHeader(frame: Buffer, xid: number): void {
  SUCCESS_HEADER.copy(frame, RECORD_MARK_SIZE);
  frame.writeUInt32BE(xid, RECORD_MARK_SIZE);
}

export function success<R>(xid: number, res: Codec<R>, value: R): Buffer {
  const frame = Buffer.allocUnsafe(REPLY_HEADROOM + res.size(value));
  writeSuccessHeader(frame, xid);
  const w = new XdrWriter(frame, REPLY_HEADROOM);
  res.write(w, value);
  return frame;
}

export function successWithBody(xid: number, body: ReplyBody): Buffer {
  const frame = body.framed();
  writeSuccessHeader(frame, xid);
  return frame;
}

type AcceptError = Exclude<accept_stat, accept_stat.SUCCESS | accept_stat.PROG_MISMATCH>;

export function acceptedError(xid: number, stat: AcceptError): Buffer;
export function acceptedError(xid: number, stat: accept_stat.PROG_MISMATCH, range: { low: number; high: number }): Buffer;
export function acceptedError(xid: number, stat: Exclude<accept_stat, accept_stat.SUCCESS>, range?: { low: number; high: number }): Buffer {
  const reply_data =
    stat === accept_stat.PROG_MISMATCH ? { stat, mismatch_info: range ?? { low: 0, high: 0 } } : { stat: stat as AcceptError };
  return encodeFrame({ xid, body: { mtype: msg_type.REPLY, rbody: { stat: reply_stat.MSG_ACCEPTED, areply: { verf: NULL_VERF, reply_data } } } });
}

export function rpcMismatch(xid: number): Buffer {
  return encodeFrame({
    xid,
    body: { mtype: msg_type.REPLY, rbody: { stat: reply_stat.MSG_DENIED, rreply: { stat: reject_stat.RPC_MISMATCH, mismatch_info: { low: RPC_VERSION, high: RPC_VERSION } } } },
  });
}

export function authError(xid: number, why: auth_stat): Buffer {
  return encodeFrame({ xid, body: { mtype: msg_type.REPLY, rbody: { stat: reply_stat.MSG_DENIED, rreply: { stat: reject_stat.AUTH_ERROR, why } } } });
}
