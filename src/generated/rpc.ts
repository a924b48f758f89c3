// @generated from protocol/rpc.x — do not edit
// Regenerate with `npm run gen` (src/xdr/gen). Each type quotes the .x text it comes from.
import * as xdr from '../xdr/index.js';
import type { Codec, XdrReader, XdrWriter } from '../xdr/index.js';

export { xdr_void } from '../xdr/index.js';

// enum auth_flavor {
//    AUTH_NONE       = 0,
//    AUTH_SYS        = 1,
//    AUTH_SHORT      = 2,
//    AUTH_DH         = 3,
//    RPCSEC_GSS      = 6
//    /* and more to be defined */
// };
export enum auth_flavor {
  AUTH_NONE = 0,
  AUTH_SYS = 1,
  AUTH_SHORT = 2,
  AUTH_DH = 3,
  RPCSEC_GSS = 6,
}
function read_auth_flavor(r: XdrReader): auth_flavor {
  const v = r.readInt();
  switch (v) {
    case 0:
    case 1:
    case 2:
    case 3:
    case 6:
      return v as auth_flavor;
    default:
      return xdr.badValue('auth_flavor', v);
  }
}
function write_auth_flavor(w: XdrWriter, v: auth_flavor): void {
  w.writeInt(v);
}
function size_auth_flavor(_v: auth_flavor): number {
  return 4;
}
export const xdr_auth_flavor: Codec<auth_flavor> = xdr.codec(read_auth_flavor, write_auth_flavor, size_auth_flavor);

// struct opaque_auth {
//    unsigned int flavor;
//    opaque body<400>;
// };
export interface opaque_auth {
  flavor: number;
  body: Buffer;
}
function read_opaque_auth(r: XdrReader): opaque_auth {
  return {
    flavor: r.readUint(),
    body: r.readOpaque(400),
  };
}
function write_opaque_auth(w: XdrWriter, v: opaque_auth): void {
  w.writeUint(v.flavor);
  w.writeOpaque(v.body, 400);
}
function size_opaque_auth(v: opaque_auth): number {
  return 4 + xdr.sizeOpaque(v.body);
}
export const xdr_opaque_auth: Codec<opaque_auth> = xdr.codec(read_opaque_auth, write_opaque_auth, size_opaque_auth);

// enum msg_type {
//    CALL  = 0,
//    REPLY = 1
// };
export enum msg_type {
  CALL = 0,
  REPLY = 1,
}
function read_msg_type(r: XdrReader): msg_type {
  const v = r.readInt();
  if (v < 0 || v > 1) return xdr.badValue('msg_type', v);
  return v as msg_type;
}
function write_msg_type(w: XdrWriter, v: msg_type): void {
  w.writeInt(v);
}
function size_msg_type(_v: msg_type): number {
  return 4;
}
export const xdr_msg_type: Codec<msg_type> = xdr.codec(read_msg_type, write_msg_type, size_msg_type);

// enum reply_stat {
//    MSG_ACCEPTED = 0,
//    MSG_DENIED   = 1
// };
export enum reply_stat {
  MSG_ACCEPTED = 0,
  MSG_DENIED = 1,
}
function read_reply_stat(r: XdrReader): reply_stat {
  const v = r.readInt();
  if (v < 0 || v > 1) return xdr.badValue('reply_stat', v);
  return v as reply_stat;
}
function write_reply_stat(w: XdrWriter, v: reply_stat): void {
  w.writeInt(v);
}
function size_reply_stat(_v: reply_stat): number {
  return 4;
}
export const xdr_reply_stat: Codec<reply_stat> = xdr.codec(read_reply_stat, write_reply_stat, size_reply_stat);

// enum accept_stat {
//    SUCCESS       = 0, /* RPC executed successfully             */
//    PROG_UNAVAIL  = 1, /* remote hasn't exported program        */
//    PROG_MISMATCH = 2, /* remote can't support version #        */
//    PROC_UNAVAIL  = 3, /* program can't support procedure       */
//    GARBAGE_ARGS  = 4, /* procedure can't decode params         */
//    SYSTEM_ERR    = 5  /* e.g. memory allocation failure        */
// };
export enum accept_stat {
  SUCCESS = 0,
  PROG_UNAVAIL = 1,
  PROG_MISMATCH = 2,
  PROC_UNAVAIL = 3,
  GARBAGE_ARGS = 4,
  SYSTEM_ERR = 5,
}
function read_accept_stat(r: XdrReader): accept_stat {
  const v = r.readInt();
  if (v < 0 || v > 5) return xdr.badValue('accept_stat', v);
  return v as accept_stat;
}
function write_accept_stat(w: XdrWriter, v: accept_stat): void {
  w.writeInt(v);
}
function size_accept_stat(_v: accept_stat): number {
  return 4;
}
export const xdr_accept_stat: Codec<accept_stat> = xdr.codec(read_accept_stat, write_accept_stat, size_accept_stat);

// enum reject_stat {
//    RPC_MISMATCH = 0, /* RPC version number != 2          */
//    AUTH_ERROR = 1    /* remote can't authenticate caller */
// };
export enum reject_stat {
  RPC_MISMATCH = 0,
  AUTH_ERROR = 1,
}
function read_reject_stat(r: XdrReader): reject_stat {
  const v = r.readInt();
  if (v < 0 || v > 1) return xdr.badValue('reject_stat', v);
  return v as reject_stat;
}
function write_reject_stat(w: XdrWriter, v: reject_stat): void {
  w.writeInt(v);
}
function size_reject_stat(_v: reject_stat): number {
  return 4;
}
export const xdr_reject_stat: Codec<reject_stat> = xdr.codec(read_reject_stat, write_reject_stat, size_reject_stat);

// enum auth_stat {
//    AUTH_OK           = 0,  /* success                        */
//    /*
//     * failed at remote end
//     */
//    AUTH_BADCRED      = 1,  /* bad credential (seal broken)   */
//    AUTH_REJECTEDCRED = 2,  /* client must begin new session  */
//    AUTH_BADVERF      = 3,  /* bad verifier (seal broken)     */
//    AUTH_REJECTEDVERF = 4,  /* verifier expired or replayed   */
//    AUTH_TOOWEAK      = 5,  /* rejected for security reasons  */
//    /*
//     * failed locally
//     */
//    AUTH_INVALIDRESP  = 6,  /* bogus response verifier        */
//    AUTH_FAILED       = 7,  /* reason unknown                 */
//    /*
//     * AUTH_KERB errors; deprecated.  See [RFC2695]
//     */
//    AUTH_KERB_GENERIC = 8,  /* kerberos generic error */
//    AUTH_TIMEEXPIRE = 9,    /* time of credential expired */
//    AUTH_TKT_FILE = 10,     /* problem with ticket file */
//    AUTH_DECODE = 11,       /* can't decode authenticator */
//    AUTH_NET_ADDR = 12,     /* wrong net address in ticket */
//    /*
//     * RPCSEC_GSS GSS related errors
//     */
//    RPCSEC_GSS_CREDPROBLEM = 13, /* no credentials for user */
//    RPCSEC_GSS_CTXPROBLEM = 14   /* problem with context */
// };
export enum auth_stat {
  AUTH_OK = 0,
  AUTH_BADCRED = 1,
  AUTH_REJECTEDCRED = 2,
  AUTH_BADVERF = 3,
  AUTH_REJECTEDVERF = 4,
  AUTH_TOOWEAK = 5,
  AUTH_INVALIDRESP = 6,
  AUTH_FAILED = 7,
  AUTH_KERB_GENERIC = 8,
  AUTH_TIMEEXPIRE = 9,
  AUTH_TKT_FILE = 10,
  AUTH_DECODE = 11,
  AUTH_NET_ADDR = 12,
  RPCSEC_GSS_CREDPROBLEM = 13,
  RPCSEC_GSS_CTXPROBLEM = 14,
}
function read_auth_stat(r: XdrReader): auth_stat {
  const v = r.readInt();
  if (v < 0 || v > 14) return xdr.badValue('auth_stat', v);
  return v as auth_stat;
}
function write_auth_stat(w: XdrWriter, v: auth_stat): void {
  w.writeInt(v);
}
function size_auth_stat(_v: auth_stat): number {
  return 4;
}
export const xdr_auth_stat: Codec<auth_stat> = xdr.codec(read_auth_stat, write_auth_stat, size_auth_stat);

// union switch (msg_type mtype) {
//    case CALL:
//       call_body cbody;
//    case REPLY:
//       reply_body rbody;
//    }
export type rpc_msg_body =
  | { mtype: msg_type.CALL; cbody: call_body }
  | { mtype: msg_type.REPLY; rbody: reply_body };
function read_rpc_msg_body(r: XdrReader): rpc_msg_body {
  const d = read_msg_type(r);
  switch (d) {
    case 0:
      return { mtype: d, cbody: read_call_body(r) } as rpc_msg_body;
    case 1:
      return { mtype: d, rbody: read_reply_body(r) } as rpc_msg_body;
    default:
      return xdr.badValue('rpc_msg_body', d);
  }
}
function write_rpc_msg_body(w: XdrWriter, v: rpc_msg_body): void {
  write_msg_type(w, v.mtype);
  switch (v.mtype) {
    case 0:
      write_call_body(w, (v as { cbody: call_body }).cbody);
      break;
    case 1:
      write_reply_body(w, (v as { rbody: reply_body }).rbody);
      break;
    default:
      xdr.badValue('rpc_msg_body', (v as { mtype: number | boolean }).mtype);
  }
}
function size_rpc_msg_body(v: rpc_msg_body): number {
  switch (v.mtype) {
    case 0:
      return 4 + size_call_body((v as { cbody: call_body }).cbody);
    case 1:
      return 4 + size_reply_body((v as { rbody: reply_body }).rbody);
    default:
      return xdr.badValue('rpc_msg_body', (v as { mtype: number | boolean }).mtype);
  }
}
export const xdr_rpc_msg_body: Codec<rpc_msg_body> = xdr.codec(read_rpc_msg_body, write_rpc_msg_body, size_rpc_msg_body);

// struct rpc_msg {
//    unsigned int xid;
//    union switch (msg_type mtype) {
//    case CALL:
//       call_body cbody;
//    case REPLY:
//       reply_body rbody;
//    } body;
// };
export interface rpc_msg {
  xid: number;
  body: rpc_msg_body;
}
function read_rpc_msg(r: XdrReader): rpc_msg {
  return {
    xid: r.readUint(),
    body: read_rpc_msg_body(r),
  };
}
function write_rpc_msg(w: XdrWriter, v: rpc_msg): void {
  w.writeUint(v.xid);
  write_rpc_msg_body(w, v.body);
}
function size_rpc_msg(v: rpc_msg): number {
  return 4 + size_rpc_msg_body(v.body);
}
export const xdr_rpc_msg: Codec<rpc_msg> = xdr.codec(read_rpc_msg, write_rpc_msg, size_rpc_msg);

// struct call_body {
//    unsigned int rpcvers;       /* must be equal to two (2) */
//    unsigned int prog;
//    unsigned int vers;
//    unsigned int proc;
//    opaque_auth cred;
//    opaque_auth verf;
//    /* procedure-specific parameters start here */
// };
export interface call_body {
  rpcvers: number;
  prog: number;
  vers: number;
  proc: number;
  cred: opaque_auth;
  verf: opaque_auth;
}
function read_call_body(r: XdrReader): call_body {
  return {
    rpcvers: r.readUint(),
    prog: r.readUint(),
    vers: r.readUint(),
    proc: r.readUint(),
    cred: read_opaque_auth(r),
    verf: read_opaque_auth(r),
  };
}
function write_call_body(w: XdrWriter, v: call_body): void {
  w.writeUint(v.rpcvers);
  w.writeUint(v.prog);
  w.writeUint(v.vers);
  w.writeUint(v.proc);
  write_opaque_auth(w, v.cred);
  write_opaque_auth(w, v.verf);
}
function size_call_body(v: call_body): number {
  return 16 + size_opaque_auth(v.cred) + size_opaque_auth(v.verf);
}
export const xdr_call_body: Codec<call_body> = xdr.codec(read_call_body, write_call_body, size_call_body);

// union reply_body switch (reply_stat stat) {
// case MSG_ACCEPTED:
//    accepted_reply areply;
// case MSG_DENIED:
//    rejected_reply rreply;
// };
export type reply_body =
  | { stat: reply_stat.MSG_ACCEPTED; areply: accepted_reply }
  | { stat: reply_stat.MSG_DENIED; rreply: rejected_reply };
function read_reply_body(r: XdrReader): reply_body {
  const d = read_reply_stat(r);
  switch (d) {
    case 0:
      return { stat: d, areply: read_accepted_reply(r) } as reply_body;
    case 1:
      return { stat: d, rreply: read_rejected_reply(r) } as reply_body;
    default:
      return xdr.badValue('reply_body', d);
  }
}
function write_reply_body(w: XdrWriter, v: reply_body): void {
  write_reply_stat(w, v.stat);
  switch (v.stat) {
    case 0:
      write_accepted_reply(w, (v as { areply: accepted_reply }).areply);
      break;
    case 1:
      write_rejected_reply(w, (v as { rreply: rejected_reply }).rreply);
      break;
    default:
      xdr.badValue('reply_body', (v as { stat: number | boolean }).stat);
  }
}
function size_reply_body(v: reply_body): number {
  switch (v.stat) {
    case 0:
      return 4 + size_accepted_reply((v as { areply: accepted_reply }).areply);
    case 1:
      return 4 + size_rejected_reply((v as { rreply: rejected_reply }).rreply);
    default:
      return xdr.badValue('reply_body', (v as { stat: number | boolean }).stat);
  }
}
export const xdr_reply_body: Codec<reply_body> = xdr.codec(read_reply_body, write_reply_body, size_reply_body);

// struct {
//          unsigned int low;
//          unsigned int high;
//       }
export interface accepted_reply_reply_data_mismatch_info {
  low: number;
  high: number;
}
function read_accepted_reply_reply_data_mismatch_info(r: XdrReader): accepted_reply_reply_data_mismatch_info {
  return {
    low: r.readUint(),
    high: r.readUint(),
  };
}
function write_accepted_reply_reply_data_mismatch_info(w: XdrWriter, v: accepted_reply_reply_data_mismatch_info): void {
  w.writeUint(v.low);
  w.writeUint(v.high);
}
function size_accepted_reply_reply_data_mismatch_info(_v: accepted_reply_reply_data_mismatch_info): number {
  return 8;
}
export const xdr_accepted_reply_reply_data_mismatch_info: Codec<accepted_reply_reply_data_mismatch_info> = xdr.codec(read_accepted_reply_reply_data_mismatch_info, write_accepted_reply_reply_data_mismatch_info, size_accepted_reply_reply_data_mismatch_info);

// union switch (accept_stat stat) {
//    case SUCCESS:
//       opaque results[0];
//       /*
//        * procedure-specific results start here
//        */
//    case PROG_MISMATCH:
//       struct {
//          unsigned int low;
//          unsigned int high;
//       } mismatch_info;
//    default:
//       /*
//        * Void.  Cases include PROG_UNAVAIL, PROC_UNAVAIL,
//        * GARBAGE_ARGS, and SYSTEM_ERR.
//        */
//       void;
//    }
export type accepted_reply_reply_data =
  | { stat: accept_stat.SUCCESS; results: Buffer }
  | { stat: accept_stat.PROG_MISMATCH; mismatch_info: accepted_reply_reply_data_mismatch_info }
  | { stat: Exclude<accept_stat, accept_stat.SUCCESS | accept_stat.PROG_MISMATCH> };
function read_accepted_reply_reply_data(r: XdrReader): accepted_reply_reply_data {
  const d = read_accept_stat(r);
  switch (d) {
    case 0:
      return { stat: d, results: r.readFixedOpaque(0) } as accepted_reply_reply_data;
    case 2:
      return { stat: d, mismatch_info: read_accepted_reply_reply_data_mismatch_info(r) } as accepted_reply_reply_data;
    default:
      return { stat: d } as accepted_reply_reply_data;
  }
}
function write_accepted_reply_reply_data(w: XdrWriter, v: accepted_reply_reply_data): void {
  write_accept_stat(w, v.stat);
  switch (v.stat) {
    case 0:
      w.writeFixedOpaque((v as { results: Buffer }).results, 0);
      break;
    case 2:
      write_accepted_reply_reply_data_mismatch_info(w, (v as { mismatch_info: accepted_reply_reply_data_mismatch_info }).mismatch_info);
      break;
    default:
      break;
  }
}
function size_accepted_reply_reply_data(v: accepted_reply_reply_data): number {
  switch (v.stat) {
    case 0:
      return 4;
    case 2:
      return 12;
    default:
      return 4;
  }
}
export const xdr_accepted_reply_reply_data: Codec<accepted_reply_reply_data> = xdr.codec(read_accepted_reply_reply_data, write_accepted_reply_reply_data, size_accepted_reply_reply_data);

// struct accepted_reply {
//    opaque_auth verf;
//    union switch (accept_stat stat) {
//    case SUCCESS:
//       opaque results[0];
//       /*
//        * procedure-specific results start here
//        */
//    case PROG_MISMATCH:
//       struct {
//          unsigned int low;
//          unsigned int high;
//       } mismatch_info;
//    default:
//       /*
//        * Void.  Cases include PROG_UNAVAIL, PROC_UNAVAIL,
//        * GARBAGE_ARGS, and SYSTEM_ERR.
//        */
//       void;
//    } reply_data;
// };
export interface accepted_reply {
  verf: opaque_auth;
  reply_data: accepted_reply_reply_data;
}
function read_accepted_reply(r: XdrReader): accepted_reply {
  return {
    verf: read_opaque_auth(r),
    reply_data: read_accepted_reply_reply_data(r),
  };
}
function write_accepted_reply(w: XdrWriter, v: accepted_reply): void {
  write_opaque_auth(w, v.verf);
  write_accepted_reply_reply_data(w, v.reply_data);
}
function size_accepted_reply(v: accepted_reply): number {
  return size_opaque_auth(v.verf) + size_accepted_reply_reply_data(v.reply_data);
}
export const xdr_accepted_reply: Codec<accepted_reply> = xdr.codec(read_accepted_reply, write_accepted_reply, size_accepted_reply);

// struct {
//       unsigned int low;
//       unsigned int high;
//    }
export interface rejected_reply_mismatch_info {
  low: number;
  high: number;
}
function read_rejected_reply_mismatch_info(r: XdrReader): rejected_reply_mismatch_info {
  return {
    low: r.readUint(),
    high: r.readUint(),
  };
}
function write_rejected_reply_mismatch_info(w: XdrWriter, v: rejected_reply_mismatch_info): void {
  w.writeUint(v.low);
  w.writeUint(v.high);
}
function size_rejected_reply_mismatch_info(_v: rejected_reply_mismatch_info): number {
  return 8;
}
export const xdr_rejected_reply_mismatch_info: Codec<rejected_reply_mismatch_info> = xdr.codec(read_rejected_reply_mismatch_info, write_rejected_reply_mismatch_info, size_rejected_reply_mismatch_info);

// union rejected_reply switch (reject_stat stat) {
// case RPC_MISMATCH:
//    struct {
//       unsigned int low;
//       unsigned int high;
//    } mismatch_info;
// case AUTH_ERROR:
//    auth_stat why;
// };
export type rejected_reply =
  | { stat: reject_stat.RPC_MISMATCH; mismatch_info: rejected_reply_mismatch_info }
  | { stat: reject_stat.AUTH_ERROR; why: auth_stat };
function read_rejected_reply(r: XdrReader): rejected_reply {
  const d = read_reject_stat(r);
  switch (d) {
    case 0:
      return { stat: d, mismatch_info: read_rejected_reply_mismatch_info(r) } as rejected_reply;
    case 1:
      return { stat: d, why: read_auth_stat(r) } as rejected_reply;
    default:
      return xdr.badValue('rejected_reply', d);
  }
}
function write_rejected_reply(w: XdrWriter, v: rejected_reply): void {
  write_reject_stat(w, v.stat);
  switch (v.stat) {
    case 0:
      write_rejected_reply_mismatch_info(w, (v as { mismatch_info: rejected_reply_mismatch_info }).mismatch_info);
      break;
    case 1:
      write_auth_stat(w, (v as { why: auth_stat }).why);
      break;
    default:
      xdr.badValue('rejected_reply', (v as { stat: number | boolean }).stat);
  }
}
function size_rejected_reply(v: rejected_reply): number {
  switch (v.stat) {
    case 0:
      return 12;
    case 1:
      return 8;
    default:
      return xdr.badValue('rejected_reply', (v as { stat: number | boolean }).stat);
  }
}
export const xdr_rejected_reply: Codec<rejected_reply> = xdr.codec(read_rejected_reply, write_rejected_reply, size_rejected_reply);

// struct authsys_parms {
//    unsigned int stamp;
//    string machinename<255>;
//    unsigned int uid;
//    unsigned int gid;
//    unsigned int gids<16>;
// };
export interface authsys_parms {
  stamp: number;
  machinename: string;
  uid: number;
  gid: number;
  gids: number[];
}
function read_authsys_parms(r: XdrReader): authsys_parms {
  return {
    stamp: r.readUint(),
    machinename: r.readString(255),
    uid: r.readUint(),
    gid: r.readUint(),
    gids: xdr.readArray(r, 16, 4, xdr.readUint),
  };
}
function write_authsys_parms(w: XdrWriter, v: authsys_parms): void {
  w.writeUint(v.stamp);
  w.writeString(v.machinename, 255);
  w.writeUint(v.uid);
  w.writeUint(v.gid);
  xdr.writeArray(w, v.gids, 16, xdr.writeUint);
}
function size_authsys_parms(v: authsys_parms): number {
  return 12 + xdr.sizeString(v.machinename) + 4 + v.gids.length * 4;
}
export const xdr_authsys_parms: Codec<authsys_parms> = xdr.codec(read_authsys_parms, write_authsys_parms, size_authsys_parms);
