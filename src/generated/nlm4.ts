// @generated from protocol/nlm4.x — do not edit
// Regenerate with `npm run gen` (src/xdr/gen). Each type quotes the .x text it comes from.
import * as xdr from '../xdr/index.js';
import type { Codec, XdrReader, XdrWriter } from '../xdr/index.js';

export { xdr_void } from '../xdr/index.js';

// const LM_MAXSTRLEN = 1024;
export const LM_MAXSTRLEN = 1024;

// const LM_MAXNAMELEN = 1025;
export const LM_MAXNAMELEN = 1025;

// const MAXNETOBJ_SZ = 1024;
export const MAXNETOBJ_SZ = 1024;

// typedef opaque netobj<MAXNETOBJ_SZ>;
export type netobj = Buffer;
function read_netobj(r: XdrReader): netobj {
  return r.readOpaque(MAXNETOBJ_SZ);
}
function write_netobj(w: XdrWriter, v: netobj): void {
  w.writeOpaque(v, MAXNETOBJ_SZ);
}
function size_netobj(v: netobj): number {
  return xdr.sizeOpaque(v);
}
export const xdr_netobj: Codec<netobj> = xdr.codec(read_netobj, write_netobj, size_netobj);

// typedef unsigned hyper uint64;
export type uint64 = bigint;
function read_uint64(r: XdrReader): uint64 {
  return r.readUhyper();
}
function write_uint64(w: XdrWriter, v: uint64): void {
  w.writeUhyper(v);
}
function size_uint64(_v: uint64): number {
  return 8;
}
export const xdr_uint64: Codec<uint64> = xdr.codec(read_uint64, write_uint64, size_uint64);

// typedef hyper int64;
export type int64 = bigint;
function read_int64(r: XdrReader): int64 {
  return r.readHyper();
}
function write_int64(w: XdrWriter, v: int64): void {
  w.writeHyper(v);
}
function size_int64(_v: int64): number {
  return 8;
}
export const xdr_int64: Codec<int64> = xdr.codec(read_int64, write_int64, size_int64);

// typedef unsigned long uint32;
export type uint32 = number;
function read_uint32(r: XdrReader): uint32 {
  return r.readUint();
}
function write_uint32(w: XdrWriter, v: uint32): void {
  w.writeUint(v);
}
function size_uint32(_v: uint32): number {
  return 4;
}
export const xdr_uint32: Codec<uint32> = xdr.codec(read_uint32, write_uint32, size_uint32);

// typedef long int32;
export type int32 = number;
function read_int32(r: XdrReader): int32 {
  return r.readInt();
}
function write_int32(w: XdrWriter, v: int32): void {
  w.writeInt(v);
}
function size_int32(_v: int32): number {
  return 4;
}
export const xdr_int32: Codec<int32> = xdr.codec(read_int32, write_int32, size_int32);

// enum nlm4_stats {
//    NLM4_GRANTED = 0,
//    NLM4_DENIED = 1,
//    NLM4_DENIED_NOLOCKS = 2,
//    NLM4_BLOCKED = 3,
//    NLM4_DENIED_GRACE_PERIOD = 4,
//    NLM4_DEADLCK = 5,
//    NLM4_ROFS = 6,
//    NLM4_STALE_FH = 7,
//    NLM4_FBIG = 8,
//    NLM4_FAILED = 9
// };
export enum nlm4_stats {
  NLM4_GRANTED = 0,
  NLM4_DENIED = 1,
  NLM4_DENIED_NOLOCKS = 2,
  NLM4_BLOCKED = 3,
  NLM4_DENIED_GRACE_PERIOD = 4,
  NLM4_DEADLCK = 5,
  NLM4_ROFS = 6,
  NLM4_STALE_FH = 7,
  NLM4_FBIG = 8,
  NLM4_FAILED = 9,
}
function read_nlm4_stats(r: XdrReader): nlm4_stats {
  const v = r.readInt();
  if (v < 0 || v > 9) return xdr.badValue('nlm4_stats', v);
  return v as nlm4_stats;
}
function write_nlm4_stats(w: XdrWriter, v: nlm4_stats): void {
  w.writeInt(v);
}
function size_nlm4_stats(_v: nlm4_stats): number {
  return 4;
}
export const xdr_nlm4_stats: Codec<nlm4_stats> = xdr.codec(read_nlm4_stats, write_nlm4_stats, size_nlm4_stats);

// struct nlm4_holder {
//    bool     exclusive;
//    int32    svid;
//    netobj   oh;
//    uint64   l_offset;
//    uint64   l_len;
// };
export interface nlm4_holder {
  exclusive: boolean;
  svid: int32;
  oh: netobj;
  l_offset: uint64;
  l_len: uint64;
}
function read_nlm4_holder(r: XdrReader): nlm4_holder {
  return {
    exclusive: r.readBool(),
    svid: read_int32(r),
    oh: read_netobj(r),
    l_offset: read_uint64(r),
    l_len: read_uint64(r),
  };
}
function write_nlm4_holder(w: XdrWriter, v: nlm4_holder): void {
  w.writeBool(v.exclusive);
  write_int32(w, v.svid);
  write_netobj(w, v.oh);
  write_uint64(w, v.l_offset);
  write_uint64(w, v.l_len);
}
function size_nlm4_holder(v: nlm4_holder): number {
  return 24 + size_netobj(v.oh);
}
export const xdr_nlm4_holder: Codec<nlm4_holder> = xdr.codec(read_nlm4_holder, write_nlm4_holder, size_nlm4_holder);

// struct nlm4_lock {
//    string   caller_name<LM_MAXSTRLEN>;
//    netobj   fh;
//    netobj   oh;
//    int32    svid;
//    uint64   l_offset;
//    uint64   l_len;
// };
export interface nlm4_lock {
  caller_name: string;
  fh: netobj;
  oh: netobj;
  svid: int32;
  l_offset: uint64;
  l_len: uint64;
}
function read_nlm4_lock(r: XdrReader): nlm4_lock {
  return {
    caller_name: r.readString(LM_MAXSTRLEN),
    fh: read_netobj(r),
    oh: read_netobj(r),
    svid: read_int32(r),
    l_offset: read_uint64(r),
    l_len: read_uint64(r),
  };
}
function write_nlm4_lock(w: XdrWriter, v: nlm4_lock): void {
  w.writeString(v.caller_name, LM_MAXSTRLEN);
  write_netobj(w, v.fh);
  write_netobj(w, v.oh);
  write_int32(w, v.svid);
  write_uint64(w, v.l_offset);
  write_uint64(w, v.l_len);
}
function size_nlm4_lock(v: nlm4_lock): number {
  return 20 + xdr.sizeString(v.caller_name) + size_netobj(v.fh) + size_netobj(v.oh);
}
export const xdr_nlm4_lock: Codec<nlm4_lock> = xdr.codec(read_nlm4_lock, write_nlm4_lock, size_nlm4_lock);

// enum fsh4_mode {
//    fsm_DN  = 0,       /* deny none */
//    fsm_DR  = 1,       /* deny read */
//    fsm_DW  = 2,       /* deny write */
//    fsm_DRW = 3        /* deny read/write */
// };
export enum fsh4_mode {
  fsm_DN = 0,
  fsm_DR = 1,
  fsm_DW = 2,
  fsm_DRW = 3,
}
function read_fsh4_mode(r: XdrReader): fsh4_mode {
  const v = r.readInt();
  if (v < 0 || v > 3) return xdr.badValue('fsh4_mode', v);
  return v as fsh4_mode;
}
function write_fsh4_mode(w: XdrWriter, v: fsh4_mode): void {
  w.writeInt(v);
}
function size_fsh4_mode(_v: fsh4_mode): number {
  return 4;
}
export const xdr_fsh4_mode: Codec<fsh4_mode> = xdr.codec(read_fsh4_mode, write_fsh4_mode, size_fsh4_mode);

// enum fsh4_access {
//    fsa_NONE = 0,      /* for completeness */
//    fsa_R    = 1,      /* read-only */
//    fsa_W    = 2,      /* write-only */
//    fsa_RW   = 3       /* read/write */
// };
export enum fsh4_access {
  fsa_NONE = 0,
  fsa_R = 1,
  fsa_W = 2,
  fsa_RW = 3,
}
function read_fsh4_access(r: XdrReader): fsh4_access {
  const v = r.readInt();
  if (v < 0 || v > 3) return xdr.badValue('fsh4_access', v);
  return v as fsh4_access;
}
function write_fsh4_access(w: XdrWriter, v: fsh4_access): void {
  w.writeInt(v);
}
function size_fsh4_access(_v: fsh4_access): number {
  return 4;
}
export const xdr_fsh4_access: Codec<fsh4_access> = xdr.codec(read_fsh4_access, write_fsh4_access, size_fsh4_access);

// struct nlm4_share {
//    string      caller_name<LM_MAXSTRLEN>;
//    netobj      fh;
//    netobj      oh;
//    fsh4_mode   mode;
//    fsh4_access access;
// };
export interface nlm4_share {
  caller_name: string;
  fh: netobj;
  oh: netobj;
  mode: fsh4_mode;
  access: fsh4_access;
}
function read_nlm4_share(r: XdrReader): nlm4_share {
  return {
    caller_name: r.readString(LM_MAXSTRLEN),
    fh: read_netobj(r),
    oh: read_netobj(r),
    mode: read_fsh4_mode(r),
    access: read_fsh4_access(r),
  };
}
function write_nlm4_share(w: XdrWriter, v: nlm4_share): void {
  w.writeString(v.caller_name, LM_MAXSTRLEN);
  write_netobj(w, v.fh);
  write_netobj(w, v.oh);
  write_fsh4_mode(w, v.mode);
  write_fsh4_access(w, v.access);
}
function size_nlm4_share(v: nlm4_share): number {
  return 8 + xdr.sizeString(v.caller_name) + size_netobj(v.fh) + size_netobj(v.oh);
}
export const xdr_nlm4_share: Codec<nlm4_share> = xdr.codec(read_nlm4_share, write_nlm4_share, size_nlm4_share);

// union nlm4_testrply switch (nlm4_stats stat) {
// case NLM4_DENIED:
//    nlm4_holder holder;
// default:
//    void;
// };
export type nlm4_testrply =
  | { stat: nlm4_stats.NLM4_DENIED; holder: nlm4_holder }
  | { stat: Exclude<nlm4_stats, nlm4_stats.NLM4_DENIED> };
function read_nlm4_testrply(r: XdrReader): nlm4_testrply {
  const d = read_nlm4_stats(r);
  switch (d) {
    case 1:
      return { stat: d, holder: read_nlm4_holder(r) } as nlm4_testrply;
    default:
      return { stat: d } as nlm4_testrply;
  }
}
function write_nlm4_testrply(w: XdrWriter, v: nlm4_testrply): void {
  write_nlm4_stats(w, v.stat);
  switch (v.stat) {
    case 1:
      write_nlm4_holder(w, (v as { holder: nlm4_holder }).holder);
      break;
    default:
      break;
  }
}
function size_nlm4_testrply(v: nlm4_testrply): number {
  switch (v.stat) {
    case 1:
      return 4 + size_nlm4_holder((v as { holder: nlm4_holder }).holder);
    default:
      return 4;
  }
}
export const xdr_nlm4_testrply: Codec<nlm4_testrply> = xdr.codec(read_nlm4_testrply, write_nlm4_testrply, size_nlm4_testrply);

// struct nlm4_stat {
//    nlm4_stats stat;
// };
export interface nlm4_stat {
  stat: nlm4_stats;
}
function read_nlm4_stat(r: XdrReader): nlm4_stat {
  return {
    stat: read_nlm4_stats(r),
  };
}
function write_nlm4_stat(w: XdrWriter, v: nlm4_stat): void {
  write_nlm4_stats(w, v.stat);
}
function size_nlm4_stat(_v: nlm4_stat): number {
  return 4;
}
export const xdr_nlm4_stat: Codec<nlm4_stat> = xdr.codec(read_nlm4_stat, write_nlm4_stat, size_nlm4_stat);

// struct nlm4_res {
//    netobj cookie;
//    nlm4_stat stat;
// };
export interface nlm4_res {
  cookie: netobj;
  stat: nlm4_stat;
}
function read_nlm4_res(r: XdrReader): nlm4_res {
  return {
    cookie: read_netobj(r),
    stat: read_nlm4_stat(r),
  };
}
function write_nlm4_res(w: XdrWriter, v: nlm4_res): void {
  write_netobj(w, v.cookie);
  write_nlm4_stat(w, v.stat);
}
function size_nlm4_res(v: nlm4_res): number {
  return 4 + size_netobj(v.cookie);
}
export const xdr_nlm4_res: Codec<nlm4_res> = xdr.codec(read_nlm4_res, write_nlm4_res, size_nlm4_res);

// struct nlm4_testres {
//    netobj cookie;
//    nlm4_testrply stat;
// };
export interface nlm4_testres {
  cookie: netobj;
  stat: nlm4_testrply;
}
function read_nlm4_testres(r: XdrReader): nlm4_testres {
  return {
    cookie: read_netobj(r),
    stat: read_nlm4_testrply(r),
  };
}
function write_nlm4_testres(w: XdrWriter, v: nlm4_testres): void {
  write_netobj(w, v.cookie);
  write_nlm4_testrply(w, v.stat);
}
function size_nlm4_testres(v: nlm4_testres): number {
  return size_netobj(v.cookie) + size_nlm4_testrply(v.stat);
}
export const xdr_nlm4_testres: Codec<nlm4_testres> = xdr.codec(read_nlm4_testres, write_nlm4_testres, size_nlm4_testres);

// struct nlm4_testargs {
//    netobj cookie;
//    bool exclusive;
//    nlm4_lock alock;
// };
export interface nlm4_testargs {
  cookie: netobj;
  exclusive: boolean;
  alock: nlm4_lock;
}
function read_nlm4_testargs(r: XdrReader): nlm4_testargs {
  return {
    cookie: read_netobj(r),
    exclusive: r.readBool(),
    alock: read_nlm4_lock(r),
  };
}
function write_nlm4_testargs(w: XdrWriter, v: nlm4_testargs): void {
  write_netobj(w, v.cookie);
  w.writeBool(v.exclusive);
  write_nlm4_lock(w, v.alock);
}
function size_nlm4_testargs(v: nlm4_testargs): number {
  return 4 + size_netobj(v.cookie) + size_nlm4_lock(v.alock);
}
export const xdr_nlm4_testargs: Codec<nlm4_testargs> = xdr.codec(read_nlm4_testargs, write_nlm4_testargs, size_nlm4_testargs);

// struct nlm4_lockargs {
//    netobj cookie;
//    bool block;
//    bool exclusive;
//    nlm4_lock alock;
//    bool reclaim;          /* used for recovering locks */
//    int32 state;           /* specify local status monitor state */
// };
export interface nlm4_lockargs {
  cookie: netobj;
  block: boolean;
  exclusive: boolean;
  alock: nlm4_lock;
  reclaim: boolean;
  state: int32;
}
function read_nlm4_lockargs(r: XdrReader): nlm4_lockargs {
  return {
    cookie: read_netobj(r),
    block: r.readBool(),
    exclusive: r.readBool(),
    alock: read_nlm4_lock(r),
    reclaim: r.readBool(),
    state: read_int32(r),
  };
}
function write_nlm4_lockargs(w: XdrWriter, v: nlm4_lockargs): void {
  write_netobj(w, v.cookie);
  w.writeBool(v.block);
  w.writeBool(v.exclusive);
  write_nlm4_lock(w, v.alock);
  w.writeBool(v.reclaim);
  write_int32(w, v.state);
}
function size_nlm4_lockargs(v: nlm4_lockargs): number {
  return 16 + size_netobj(v.cookie) + size_nlm4_lock(v.alock);
}
export const xdr_nlm4_lockargs: Codec<nlm4_lockargs> = xdr.codec(read_nlm4_lockargs, write_nlm4_lockargs, size_nlm4_lockargs);

// struct nlm4_cancargs {
//    netobj cookie;
//    bool block;
//    bool exclusive;
//    nlm4_lock alock;
// };
export interface nlm4_cancargs {
  cookie: netobj;
  block: boolean;
  exclusive: boolean;
  alock: nlm4_lock;
}
function read_nlm4_cancargs(r: XdrReader): nlm4_cancargs {
  return {
    cookie: read_netobj(r),
    block: r.readBool(),
    exclusive: r.readBool(),
    alock: read_nlm4_lock(r),
  };
}
function write_nlm4_cancargs(w: XdrWriter, v: nlm4_cancargs): void {
  write_netobj(w, v.cookie);
  w.writeBool(v.block);
  w.writeBool(v.exclusive);
  write_nlm4_lock(w, v.alock);
}
function size_nlm4_cancargs(v: nlm4_cancargs): number {
  return 8 + size_netobj(v.cookie) + size_nlm4_lock(v.alock);
}
export const xdr_nlm4_cancargs: Codec<nlm4_cancargs> = xdr.codec(read_nlm4_cancargs, write_nlm4_cancargs, size_nlm4_cancargs);

// struct nlm4_unlockargs {
//    netobj cookie;
//    nlm4_lock alock;
// };
export interface nlm4_unlockargs {
  cookie: netobj;
  alock: nlm4_lock;
}
function read_nlm4_unlockargs(r: XdrReader): nlm4_unlockargs {
  return {
    cookie: read_netobj(r),
    alock: read_nlm4_lock(r),
  };
}
function write_nlm4_unlockargs(w: XdrWriter, v: nlm4_unlockargs): void {
  write_netobj(w, v.cookie);
  write_nlm4_lock(w, v.alock);
}
function size_nlm4_unlockargs(v: nlm4_unlockargs): number {
  return size_netobj(v.cookie) + size_nlm4_lock(v.alock);
}
export const xdr_nlm4_unlockargs: Codec<nlm4_unlockargs> = xdr.codec(read_nlm4_unlockargs, write_nlm4_unlockargs, size_nlm4_unlockargs);

// struct nlm4_shareargs {
//    netobj cookie;
//    nlm4_share share;
//    bool reclaim;
// };
export interface nlm4_shareargs {
  cookie: netobj;
  share: nlm4_share;
  reclaim: boolean;
}
function read_nlm4_shareargs(r: XdrReader): nlm4_shareargs {
  return {
    cookie: read_netobj(r),
    share: read_nlm4_share(r),
    reclaim: r.readBool(),
  };
}
function write_nlm4_shareargs(w: XdrWriter, v: nlm4_shareargs): void {
  write_netobj(w, v.cookie);
  write_nlm4_share(w, v.share);
  w.writeBool(v.reclaim);
}
function size_nlm4_shareargs(v: nlm4_shareargs): number {
  return 4 + size_netobj(v.cookie) + size_nlm4_share(v.share);
}
export const xdr_nlm4_shareargs: Codec<nlm4_shareargs> = xdr.codec(read_nlm4_shareargs, write_nlm4_shareargs, size_nlm4_shareargs);

// struct nlm4_shareres {
//    netobj cookie;
//    nlm4_stats stat;
//    int32 sequence;
// };
export interface nlm4_shareres {
  cookie: netobj;
  stat: nlm4_stats;
  sequence: int32;
}
function read_nlm4_shareres(r: XdrReader): nlm4_shareres {
  return {
    cookie: read_netobj(r),
    stat: read_nlm4_stats(r),
    sequence: read_int32(r),
  };
}
function write_nlm4_shareres(w: XdrWriter, v: nlm4_shareres): void {
  write_netobj(w, v.cookie);
  write_nlm4_stats(w, v.stat);
  write_int32(w, v.sequence);
}
function size_nlm4_shareres(v: nlm4_shareres): number {
  return 8 + size_netobj(v.cookie);
}
export const xdr_nlm4_shareres: Codec<nlm4_shareres> = xdr.codec(read_nlm4_shareres, write_nlm4_shareres, size_nlm4_shareres);

// struct nlm4_notify {
//    string name<LM_MAXNAMELEN>;
//    int64 state;
// };
export interface nlm4_notify {
  name: string;
  state: int64;
}
function read_nlm4_notify(r: XdrReader): nlm4_notify {
  return {
    name: r.readString(LM_MAXNAMELEN),
    state: read_int64(r),
  };
}
function write_nlm4_notify(w: XdrWriter, v: nlm4_notify): void {
  w.writeString(v.name, LM_MAXNAMELEN);
  write_int64(w, v.state);
}
function size_nlm4_notify(v: nlm4_notify): number {
  return 8 + xdr.sizeString(v.name);
}
export const xdr_nlm4_notify: Codec<nlm4_notify> = xdr.codec(read_nlm4_notify, write_nlm4_notify, size_nlm4_notify);

// program NLM_PROG {
//    version NLM4_VERS {
//       void
//          NLMPROC4_NULL(void)                  = 0;
//       nlm4_testres
//          NLMPROC4_TEST(nlm4_testargs)         = 1;
//       nlm4_res
//          NLMPROC4_LOCK(nlm4_lockargs)         = 2;
//       nlm4_res
//          NLMPROC4_CANCEL(nlm4_cancargs)       = 3;
//       nlm4_res
//          NLMPROC4_UNLOCK(nlm4_unlockargs)     = 4;
//       nlm4_res
//          NLMPROC4_GRANTED(nlm4_testargs)      = 5;
//       void
//          NLMPROC4_TEST_MSG(nlm4_testargs)     = 6;
//       void
//          NLMPROC4_LOCK_MSG(nlm4_lockargs)     = 7;
//       void
//          NLMPROC4_CANCEL_MSG(nlm4_cancargs)   = 8;
//       void
//          NLMPROC4_UNLOCK_MSG(nlm4_unlockargs) = 9;
//       void
//          NLMPROC4_GRANTED_MSG(nlm4_testargs)  = 10;
//       void
//          NLMPROC4_TEST_RES(nlm4_testres)      = 11;
//       void
//          NLMPROC4_LOCK_RES(nlm4_res)          = 12;
//       void
//          NLMPROC4_CANCEL_RES(nlm4_res)        = 13;
//       void
//          NLMPROC4_UNLOCK_RES(nlm4_res)        = 14;
//       void
//          NLMPROC4_GRANTED_RES(nlm4_res)       = 15;
//       nlm4_shareres
//          NLMPROC4_SHARE(nlm4_shareargs)       = 20;
//       nlm4_shareres
//          NLMPROC4_UNSHARE(nlm4_shareargs)     = 21;
//       nlm4_res
//          NLMPROC4_NM_LOCK(nlm4_lockargs)      = 22;
//       void
//          NLMPROC4_FREE_ALL(nlm4_notify)       = 23;
//    } = 4;
// } = 100021;
export const NLM_PROG = 100021;
export const NLM4_VERS = 4;
export const NLMPROC4_NULL = 0;
export const NLMPROC4_TEST = 1;
export const NLMPROC4_LOCK = 2;
export const NLMPROC4_CANCEL = 3;
export const NLMPROC4_UNLOCK = 4;
export const NLMPROC4_GRANTED = 5;
export const NLMPROC4_TEST_MSG = 6;
export const NLMPROC4_LOCK_MSG = 7;
export const NLMPROC4_CANCEL_MSG = 8;
export const NLMPROC4_UNLOCK_MSG = 9;
export const NLMPROC4_GRANTED_MSG = 10;
export const NLMPROC4_TEST_RES = 11;
export const NLMPROC4_LOCK_RES = 12;
export const NLMPROC4_CANCEL_RES = 13;
export const NLMPROC4_UNLOCK_RES = 14;
export const NLMPROC4_GRANTED_RES = 15;
export const NLMPROC4_SHARE = 20;
export const NLMPROC4_UNSHARE = 21;
export const NLMPROC4_NM_LOCK = 22;
export const NLMPROC4_FREE_ALL = 23;
export const NLM_PROG_NLM4_VERS = {
  program: 100021,
  version: 4,
  procedures: {
    NLMPROC4_NULL: { proc: 0, args: xdr.xdr_void, res: xdr.xdr_void },
    NLMPROC4_TEST: { proc: 1, args: xdr_nlm4_testargs, res: xdr_nlm4_testres },
    NLMPROC4_LOCK: { proc: 2, args: xdr_nlm4_lockargs, res: xdr_nlm4_res },
    NLMPROC4_CANCEL: { proc: 3, args: xdr_nlm4_cancargs, res: xdr_nlm4_res },
    NLMPROC4_UNLOCK: { proc: 4, args: xdr_nlm4_unlockargs, res: xdr_nlm4_res },
    NLMPROC4_GRANTED: { proc: 5, args: xdr_nlm4_testargs, res: xdr_nlm4_res },
    NLMPROC4_TEST_MSG: { proc: 6, args: xdr_nlm4_testargs, res: xdr.xdr_void },
    NLMPROC4_LOCK_MSG: { proc: 7, args: xdr_nlm4_lockargs, res: xdr.xdr_void },
    NLMPROC4_CANCEL_MSG: { proc: 8, args: xdr_nlm4_cancargs, res: xdr.xdr_void },
    NLMPROC4_UNLOCK_MSG: { proc: 9, args: xdr_nlm4_unlockargs, res: xdr.xdr_void },
    NLMPROC4_GRANTED_MSG: { proc: 10, args: xdr_nlm4_testargs, res: xdr.xdr_void },
    NLMPROC4_TEST_RES: { proc: 11, args: xdr_nlm4_testres, res: xdr.xdr_void },
    NLMPROC4_LOCK_RES: { proc: 12, args: xdr_nlm4_res, res: xdr.xdr_void },
    NLMPROC4_CANCEL_RES: { proc: 13, args: xdr_nlm4_res, res: xdr.xdr_void },
    NLMPROC4_UNLOCK_RES: { proc: 14, args: xdr_nlm4_res, res: xdr.xdr_void },
    NLMPROC4_GRANTED_RES: { proc: 15, args: xdr_nlm4_res, res: xdr.xdr_void },
    NLMPROC4_SHARE: { proc: 20, args: xdr_nlm4_shareargs, res: xdr_nlm4_shareres },
    NLMPROC4_UNSHARE: { proc: 21, args: xdr_nlm4_shareargs, res: xdr_nlm4_shareres },
    NLMPROC4_NM_LOCK: { proc: 22, args: xdr_nlm4_lockargs, res: xdr_nlm4_res },
    NLMPROC4_FREE_ALL: { proc: 23, args: xdr_nlm4_notify, res: xdr.xdr_void },
  },
} as const;
