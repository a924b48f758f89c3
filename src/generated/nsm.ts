// @generated from protocol/nsm.x — do not edit
// Regenerate with `npm run gen` (src/xdr/gen). Each type quotes the .x text it comes from.
import * as xdr from '../xdr/index.js';
import type { Codec, XdrReader, XdrWriter } from '../xdr/index.js';

export { xdr_void } from '../xdr/index.js';

// const SM_MAXSTRLEN = 1024;
export const SM_MAXSTRLEN = 1024;

// struct sm_name {
//    string mon_name<SM_MAXSTRLEN>;
// };
export interface sm_name {
  mon_name: string;
}
function read_sm_name(r: XdrReader): sm_name {
  return {
    mon_name: r.readString(SM_MAXSTRLEN),
  };
}
function write_sm_name(w: XdrWriter, v: sm_name): void {
  w.writeString(v.mon_name, SM_MAXSTRLEN);
}
function size_sm_name(v: sm_name): number {
  return xdr.sizeString(v.mon_name);
}
export const xdr_sm_name: Codec<sm_name> = xdr.codec(read_sm_name, write_sm_name, size_sm_name);

// struct my_id {
//    string my_name<SM_MAXSTRLEN>;   /* name of the site requesting the monitoring */
//    int    my_prog;                 /* RPC program number of the requesting process */
//    int    my_vers;                 /* RPC version number of the requesting process */
//    int    my_proc;                 /* RPC procedure number to call back */
// };
export interface my_id {
  my_name: string;
  my_prog: number;
  my_vers: number;
  my_proc: number;
}
function read_my_id(r: XdrReader): my_id {
  return {
    my_name: r.readString(SM_MAXSTRLEN),
    my_prog: r.readInt(),
    my_vers: r.readInt(),
    my_proc: r.readInt(),
  };
}
function write_my_id(w: XdrWriter, v: my_id): void {
  w.writeString(v.my_name, SM_MAXSTRLEN);
  w.writeInt(v.my_prog);
  w.writeInt(v.my_vers);
  w.writeInt(v.my_proc);
}
function size_my_id(v: my_id): number {
  return 12 + xdr.sizeString(v.my_name);
}
export const xdr_my_id: Codec<my_id> = xdr.codec(read_my_id, write_my_id, size_my_id);

// struct mon_id {
//    string mon_name<SM_MAXSTRLEN>;  /* name of the site to be monitored */
//    struct my_id my_id;
// };
export interface mon_id {
  mon_name: string;
  my_id: my_id;
}
function read_mon_id(r: XdrReader): mon_id {
  return {
    mon_name: r.readString(SM_MAXSTRLEN),
    my_id: read_my_id(r),
  };
}
function write_mon_id(w: XdrWriter, v: mon_id): void {
  w.writeString(v.mon_name, SM_MAXSTRLEN);
  write_my_id(w, v.my_id);
}
function size_mon_id(v: mon_id): number {
  return xdr.sizeString(v.mon_name) + size_my_id(v.my_id);
}
export const xdr_mon_id: Codec<mon_id> = xdr.codec(read_mon_id, write_mon_id, size_mon_id);

// struct mon {
//    struct mon_id mon_id;
//    opaque priv[16];                /* private information to store at monitor for requesting process */
// };
export interface mon {
  mon_id: mon_id;
  priv: Buffer;
}
function read_mon(r: XdrReader): mon {
  return {
    mon_id: read_mon_id(r),
    priv: r.readFixedOpaque(16),
  };
}
function write_mon(w: XdrWriter, v: mon): void {
  write_mon_id(w, v.mon_id);
  w.writeFixedOpaque(v.priv, 16);
}
function size_mon(v: mon): number {
  return 16 + size_mon_id(v.mon_id);
}
export const xdr_mon: Codec<mon> = xdr.codec(read_mon, write_mon, size_mon);

// struct stat_chge {
//    string mon_name<SM_MAXSTRLEN>;  /* name of the site that had the state change */
//    int    state;
// };
export interface stat_chge {
  mon_name: string;
  state: number;
}
function read_stat_chge(r: XdrReader): stat_chge {
  return {
    mon_name: r.readString(SM_MAXSTRLEN),
    state: r.readInt(),
  };
}
function write_stat_chge(w: XdrWriter, v: stat_chge): void {
  w.writeString(v.mon_name, SM_MAXSTRLEN);
  w.writeInt(v.state);
}
function size_stat_chge(v: stat_chge): number {
  return 4 + xdr.sizeString(v.mon_name);
}
export const xdr_stat_chge: Codec<stat_chge> = xdr.codec(read_stat_chge, write_stat_chge, size_stat_chge);

// struct sm_stat {
//    int state;                      /* state number of status monitor */
// };
export interface sm_stat {
  state: number;
}
function read_sm_stat(r: XdrReader): sm_stat {
  return {
    state: r.readInt(),
  };
}
function write_sm_stat(w: XdrWriter, v: sm_stat): void {
  w.writeInt(v.state);
}
function size_sm_stat(_v: sm_stat): number {
  return 4;
}
export const xdr_sm_stat: Codec<sm_stat> = xdr.codec(read_sm_stat, write_sm_stat, size_sm_stat);

// enum res {
//    stat_succ = 0,                  /* status monitor agrees to monitor */
//    stat_fail = 1                   /* status monitor cannot monitor */
// };
export enum res {
  stat_succ = 0,
  stat_fail = 1,
}
function read_res(r: XdrReader): res {
  const v = r.readInt();
  if (v < 0 || v > 1) return xdr.badValue('res', v);
  return v as res;
}
function write_res(w: XdrWriter, v: res): void {
  w.writeInt(v);
}
function size_res(_v: res): number {
  return 4;
}
export const xdr_res: Codec<res> = xdr.codec(read_res, write_res, size_res);

// struct sm_stat_res {
//    res res_stat;
//    int state;
// };
export interface sm_stat_res {
  res_stat: res;
  state: number;
}
function read_sm_stat_res(r: XdrReader): sm_stat_res {
  return {
    res_stat: read_res(r),
    state: r.readInt(),
  };
}
function write_sm_stat_res(w: XdrWriter, v: sm_stat_res): void {
  write_res(w, v.res_stat);
  w.writeInt(v.state);
}
function size_sm_stat_res(_v: sm_stat_res): number {
  return 8;
}
export const xdr_sm_stat_res: Codec<sm_stat_res> = xdr.codec(read_sm_stat_res, write_sm_stat_res, size_sm_stat_res);

// struct sm_status {
//    string mon_name<SM_MAXSTRLEN>;
//    int    state;
//    opaque priv[16];                /* stored private information */
// };
export interface sm_status {
  mon_name: string;
  state: number;
  priv: Buffer;
}
function read_sm_status(r: XdrReader): sm_status {
  return {
    mon_name: r.readString(SM_MAXSTRLEN),
    state: r.readInt(),
    priv: r.readFixedOpaque(16),
  };
}
function write_sm_status(w: XdrWriter, v: sm_status): void {
  w.writeString(v.mon_name, SM_MAXSTRLEN);
  w.writeInt(v.state);
  w.writeFixedOpaque(v.priv, 16);
}
function size_sm_status(v: sm_status): number {
  return 20 + xdr.sizeString(v.mon_name);
}
export const xdr_sm_status: Codec<sm_status> = xdr.codec(read_sm_status, write_sm_status, size_sm_status);

// program SM_PROG {
//    version SM_VERS {
//       void         SM_NULL(void)              = 0;
//       /* res_stat = stat_succ if the status monitor agrees to monitor; state = state of sm_name */
//       sm_stat_res  SM_STAT(struct sm_name)    = 1;
//       /* res_stat = stat_succ if the status monitor agrees to monitor; state of the local site */
//       sm_stat_res  SM_MON(struct mon)         = 2;
//       /* state of the local site */
//       sm_stat      SM_UNMON(struct mon_id)    = 3;
//       /* state of the local site */
//       sm_stat      SM_UNMON_ALL(struct my_id) = 4;
//       void         SM_SIMU_CRASH(void)        = 5;
//       void         SM_NOTIFY(struct stat_chge) = 6;
//    } = 1;
// } = 100024;
export const SM_PROG = 100024;
export const SM_VERS = 1;
export const SM_NULL = 0;
export const SM_STAT = 1;
export const SM_MON = 2;
export const SM_UNMON = 3;
export const SM_UNMON_ALL = 4;
export const SM_SIMU_CRASH = 5;
export const SM_NOTIFY = 6;
export const SM_PROG_SM_VERS = {
  program: 100024,
  version: 1,
  procedures: {
    SM_NULL: { proc: 0, args: xdr.xdr_void, res: xdr.xdr_void },
    SM_STAT: { proc: 1, args: xdr_sm_name, res: xdr_sm_stat_res },
    SM_MON: { proc: 2, args: xdr_mon, res: xdr_sm_stat_res },
    SM_UNMON: { proc: 3, args: xdr_mon_id, res: xdr_sm_stat },
    SM_UNMON_ALL: { proc: 4, args: xdr_my_id, res: xdr_sm_stat },
    SM_SIMU_CRASH: { proc: 5, args: xdr.xdr_void, res: xdr.xdr_void },
    SM_NOTIFY: { proc: 6, args: xdr_stat_chge, res: xdr.xdr_void },
  },
} as const;
