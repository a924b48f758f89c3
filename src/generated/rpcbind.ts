// @generated from protocol/rpcbind.x — do not edit
// Regenerate with `npm run gen` (src/xdr/gen). Each type quotes the .x text it comes from.
import * as xdr from '../xdr/index.js';
import type { Codec, XdrReader, XdrWriter } from '../xdr/index.js';

export { xdr_void } from '../xdr/index.js';

// const RPCB_PORT = 111;
export const RPCB_PORT = 111;

// const rpcb_highproc_2 = RPCBPROC_CALLIT;
export const rpcb_highproc_2 = 5;

// const rpcb_highproc_3 = RPCBPROC_TADDR2UADDR;
export const rpcb_highproc_3 = 8;

// const rpcb_highproc_4 = RPCBPROC_GETSTAT;
export const rpcb_highproc_4 = 12;

// const RPCBSTAT_HIGHPROC = 13;
export const RPCBSTAT_HIGHPROC = 13;

// const RPCBVERS_STAT     = 3;
export const RPCBVERS_STAT = 3;

// const RPCBVERS_4_STAT   = 2;
export const RPCBVERS_4_STAT = 2;

// const RPCBVERS_3_STAT   = 1;
export const RPCBVERS_3_STAT = 1;

// const RPCBVERS_2_STAT   = 0;
export const RPCBVERS_2_STAT = 0;

// struct rpcb {
//    unsigned long r_prog;    /* program number */
//    unsigned long r_vers;    /* version number */
//    string r_netid<>;        /* network id */
//    string r_addr<>;         /* universal address */
//    string r_owner<>;        /* owner of this service */
// };
export interface rpcb {
  r_prog: number;
  r_vers: number;
  r_netid: string;
  r_addr: string;
  r_owner: string;
}
function read_rpcb(r: XdrReader): rpcb {
  return {
    r_prog: r.readUint(),
    r_vers: r.readUint(),
    r_netid: r.readString(xdr.XDR_UNBOUNDED),
    r_addr: r.readString(xdr.XDR_UNBOUNDED),
    r_owner: r.readString(xdr.XDR_UNBOUNDED),
  };
}
function write_rpcb(w: XdrWriter, v: rpcb): void {
  w.writeUint(v.r_prog);
  w.writeUint(v.r_vers);
  w.writeString(v.r_netid);
  w.writeString(v.r_addr);
  w.writeString(v.r_owner);
}
function size_rpcb(v: rpcb): number {
  return 8 + xdr.sizeString(v.r_netid) + xdr.sizeString(v.r_addr) + xdr.sizeString(v.r_owner);
}
export const xdr_rpcb: Codec<rpcb> = xdr.codec(read_rpcb, write_rpcb, size_rpcb);

// struct rp__list {
//    rpcb rpcb_map;
//    struct rp__list *rpcb_next;
// };
// rp__list is a linked-list element: its next pointer is carried by the list that holds it
// (rp__list[]), so xdr_rp__list encodes one element's fields.
export interface rp__list {
  rpcb_map: rpcb;
}
function read_rp__list(r: XdrReader): rp__list {
  return {
    rpcb_map: read_rpcb(r),
  };
}
function write_rp__list(w: XdrWriter, v: rp__list): void {
  write_rpcb(w, v.rpcb_map);
}
function size_rp__list(v: rp__list): number {
  return size_rpcb(v.rpcb_map);
}
export const xdr_rp__list: Codec<rp__list> = xdr.codec(read_rp__list, write_rp__list, size_rp__list);

// typedef rp__list *rpcblist_ptr;
export type rpcblist_ptr = rp__list[];
function read_rpcblist_ptr(r: XdrReader): rpcblist_ptr {
  return xdr.readList(r, read_rp__list);
}
function write_rpcblist_ptr(w: XdrWriter, v: rpcblist_ptr): void {
  xdr.writeList(w, v, write_rp__list);
}
function size_rpcblist_ptr(v: rpcblist_ptr): number {
  return xdr.sizeList(v, size_rp__list);
}
export const xdr_rpcblist_ptr: Codec<rpcblist_ptr> = xdr.codec(read_rpcblist_ptr, write_rpcblist_ptr, size_rpcblist_ptr);

// struct rpcb_rmtcallargs {
//    unsigned long prog;        /* program number */
//    unsigned long vers;        /* version number */
//    unsigned long proc;        /* procedure number */
//    opaque args<>;             /* argument */
// };
export interface rpcb_rmtcallargs {
  prog: number;
  vers: number;
  proc: number;
  args: Buffer;
}
function read_rpcb_rmtcallargs(r: XdrReader): rpcb_rmtcallargs {
  return {
    prog: r.readUint(),
    vers: r.readUint(),
    proc: r.readUint(),
    args: r.readOpaque(xdr.XDR_UNBOUNDED),
  };
}
function write_rpcb_rmtcallargs(w: XdrWriter, v: rpcb_rmtcallargs): void {
  w.writeUint(v.prog);
  w.writeUint(v.vers);
  w.writeUint(v.proc);
  w.writeOpaque(v.args);
}
function size_rpcb_rmtcallargs(v: rpcb_rmtcallargs): number {
  return 12 + xdr.sizeOpaque(v.args);
}
export const xdr_rpcb_rmtcallargs: Codec<rpcb_rmtcallargs> = xdr.codec(read_rpcb_rmtcallargs, write_rpcb_rmtcallargs, size_rpcb_rmtcallargs);

// struct rpcb_rmtcallres {
//    string addr<>;            /* remote universal address */
//    opaque results<>;         /* result */
// };
export interface rpcb_rmtcallres {
  addr: string;
  results: Buffer;
}
function read_rpcb_rmtcallres(r: XdrReader): rpcb_rmtcallres {
  return {
    addr: r.readString(xdr.XDR_UNBOUNDED),
    results: r.readOpaque(xdr.XDR_UNBOUNDED),
  };
}
function write_rpcb_rmtcallres(w: XdrWriter, v: rpcb_rmtcallres): void {
  w.writeString(v.addr);
  w.writeOpaque(v.results);
}
function size_rpcb_rmtcallres(v: rpcb_rmtcallres): number {
  return xdr.sizeString(v.addr) + xdr.sizeOpaque(v.results);
}
export const xdr_rpcb_rmtcallres: Codec<rpcb_rmtcallres> = xdr.codec(read_rpcb_rmtcallres, write_rpcb_rmtcallres, size_rpcb_rmtcallres);

// struct rpcb_entry {
//    string          r_maddr<>;            /* merged address of service */
//    string          r_nc_netid<>;         /* netid field */
//    unsigned long   r_nc_semantics;       /* semantics of transport */
//    string          r_nc_protofmly<>;     /* protocol family */
//    string          r_nc_proto<>;         /* protocol name */
// };
export interface rpcb_entry {
  r_maddr: string;
  r_nc_netid: string;
  r_nc_semantics: number;
  r_nc_protofmly: string;
  r_nc_proto: string;
}
function read_rpcb_entry(r: XdrReader): rpcb_entry {
  return {
    r_maddr: r.readString(xdr.XDR_UNBOUNDED),
    r_nc_netid: r.readString(xdr.XDR_UNBOUNDED),
    r_nc_semantics: r.readUint(),
    r_nc_protofmly: r.readString(xdr.XDR_UNBOUNDED),
    r_nc_proto: r.readString(xdr.XDR_UNBOUNDED),
  };
}
function write_rpcb_entry(w: XdrWriter, v: rpcb_entry): void {
  w.writeString(v.r_maddr);
  w.writeString(v.r_nc_netid);
  w.writeUint(v.r_nc_semantics);
  w.writeString(v.r_nc_protofmly);
  w.writeString(v.r_nc_proto);
}
function size_rpcb_entry(v: rpcb_entry): number {
  return 4 + xdr.sizeString(v.r_maddr) + xdr.sizeString(v.r_nc_netid) + xdr.sizeString(v.r_nc_protofmly) + xdr.sizeString(v.r_nc_proto);
}
export const xdr_rpcb_entry: Codec<rpcb_entry> = xdr.codec(read_rpcb_entry, write_rpcb_entry, size_rpcb_entry);

// struct rpcb_entry_list {
//    rpcb_entry rpcb_entry_map;
//    struct rpcb_entry_list *rpcb_entry_next;
// };
// rpcb_entry_list is a linked-list element: its next pointer is carried by the list that holds it
// (rpcb_entry_list[]), so xdr_rpcb_entry_list encodes one element's fields.
export interface rpcb_entry_list {
  rpcb_entry_map: rpcb_entry;
}
function read_rpcb_entry_list(r: XdrReader): rpcb_entry_list {
  return {
    rpcb_entry_map: read_rpcb_entry(r),
  };
}
function write_rpcb_entry_list(w: XdrWriter, v: rpcb_entry_list): void {
  write_rpcb_entry(w, v.rpcb_entry_map);
}
function size_rpcb_entry_list(v: rpcb_entry_list): number {
  return size_rpcb_entry(v.rpcb_entry_map);
}
export const xdr_rpcb_entry_list: Codec<rpcb_entry_list> = xdr.codec(read_rpcb_entry_list, write_rpcb_entry_list, size_rpcb_entry_list);

// typedef rpcb_entry_list *rpcb_entry_list_ptr;
export type rpcb_entry_list_ptr = rpcb_entry_list[];
function read_rpcb_entry_list_ptr(r: XdrReader): rpcb_entry_list_ptr {
  return xdr.readList(r, read_rpcb_entry_list);
}
function write_rpcb_entry_list_ptr(w: XdrWriter, v: rpcb_entry_list_ptr): void {
  xdr.writeList(w, v, write_rpcb_entry_list);
}
function size_rpcb_entry_list_ptr(v: rpcb_entry_list_ptr): number {
  return xdr.sizeList(v, size_rpcb_entry_list);
}
export const xdr_rpcb_entry_list_ptr: Codec<rpcb_entry_list_ptr> = xdr.codec(read_rpcb_entry_list_ptr, write_rpcb_entry_list_ptr, size_rpcb_entry_list_ptr);

// struct rpcbs_addrlist {
//    unsigned long prog;
//    unsigned long vers;
//    int success;
//    int failure;
//    string netid<>;
//    struct rpcbs_addrlist *next;
// };
// rpcbs_addrlist is a linked-list element: its next pointer is carried by the list that holds it
// (rpcbs_addrlist[]), so xdr_rpcbs_addrlist encodes one element's fields.
export interface rpcbs_addrlist {
  prog: number;
  vers: number;
  success: number;
  failure: number;
  netid: string;
}
function read_rpcbs_addrlist(r: XdrReader): rpcbs_addrlist {
  return {
    prog: r.readUint(),
    vers: r.readUint(),
    success: r.readInt(),
    failure: r.readInt(),
    netid: r.readString(xdr.XDR_UNBOUNDED),
  };
}
function write_rpcbs_addrlist(w: XdrWriter, v: rpcbs_addrlist): void {
  w.writeUint(v.prog);
  w.writeUint(v.vers);
  w.writeInt(v.success);
  w.writeInt(v.failure);
  w.writeString(v.netid);
}
function size_rpcbs_addrlist(v: rpcbs_addrlist): number {
  return 16 + xdr.sizeString(v.netid);
}
export const xdr_rpcbs_addrlist: Codec<rpcbs_addrlist> = xdr.codec(read_rpcbs_addrlist, write_rpcbs_addrlist, size_rpcbs_addrlist);

// struct rpcbs_rmtcalllist {
//    unsigned long prog;
//    unsigned long vers;
//    unsigned long proc;
//    int success;
//    int failure;
//    int indirect;    /* whether callit or indirect */
//    string netid<>;
//    struct rpcbs_rmtcalllist *next;
// };
// rpcbs_rmtcalllist is a linked-list element: its next pointer is carried by the list that holds it
// (rpcbs_rmtcalllist[]), so xdr_rpcbs_rmtcalllist encodes one element's fields.
export interface rpcbs_rmtcalllist {
  prog: number;
  vers: number;
  proc: number;
  success: number;
  failure: number;
  indirect: number;
  netid: string;
}
function read_rpcbs_rmtcalllist(r: XdrReader): rpcbs_rmtcalllist {
  return {
    prog: r.readUint(),
    vers: r.readUint(),
    proc: r.readUint(),
    success: r.readInt(),
    failure: r.readInt(),
    indirect: r.readInt(),
    netid: r.readString(xdr.XDR_UNBOUNDED),
  };
}
function write_rpcbs_rmtcalllist(w: XdrWriter, v: rpcbs_rmtcalllist): void {
  w.writeUint(v.prog);
  w.writeUint(v.vers);
  w.writeUint(v.proc);
  w.writeInt(v.success);
  w.writeInt(v.failure);
  w.writeInt(v.indirect);
  w.writeString(v.netid);
}
function size_rpcbs_rmtcalllist(v: rpcbs_rmtcalllist): number {
  return 24 + xdr.sizeString(v.netid);
}
export const xdr_rpcbs_rmtcalllist: Codec<rpcbs_rmtcalllist> = xdr.codec(read_rpcbs_rmtcalllist, write_rpcbs_rmtcalllist, size_rpcbs_rmtcalllist);

// typedef int rpcbs_proc[RPCBSTAT_HIGHPROC];
export type rpcbs_proc = number[];
function read_rpcbs_proc(r: XdrReader): rpcbs_proc {
  return xdr.readFixedArray(r, RPCBSTAT_HIGHPROC, 4, xdr.readInt);
}
function write_rpcbs_proc(w: XdrWriter, v: rpcbs_proc): void {
  xdr.writeFixedArray(w, v, RPCBSTAT_HIGHPROC, xdr.writeInt);
}
function size_rpcbs_proc(_v: rpcbs_proc): number {
  return 52;
}
export const xdr_rpcbs_proc: Codec<rpcbs_proc> = xdr.codec(read_rpcbs_proc, write_rpcbs_proc, size_rpcbs_proc);

// typedef rpcbs_addrlist *rpcbs_addrlist_ptr;
export type rpcbs_addrlist_ptr = rpcbs_addrlist[];
function read_rpcbs_addrlist_ptr(r: XdrReader): rpcbs_addrlist_ptr {
  return xdr.readList(r, read_rpcbs_addrlist);
}
function write_rpcbs_addrlist_ptr(w: XdrWriter, v: rpcbs_addrlist_ptr): void {
  xdr.writeList(w, v, write_rpcbs_addrlist);
}
function size_rpcbs_addrlist_ptr(v: rpcbs_addrlist_ptr): number {
  return xdr.sizeList(v, size_rpcbs_addrlist);
}
export const xdr_rpcbs_addrlist_ptr: Codec<rpcbs_addrlist_ptr> = xdr.codec(read_rpcbs_addrlist_ptr, write_rpcbs_addrlist_ptr, size_rpcbs_addrlist_ptr);

// typedef rpcbs_rmtcalllist *rpcbs_rmtcalllist_ptr;
export type rpcbs_rmtcalllist_ptr = rpcbs_rmtcalllist[];
function read_rpcbs_rmtcalllist_ptr(r: XdrReader): rpcbs_rmtcalllist_ptr {
  return xdr.readList(r, read_rpcbs_rmtcalllist);
}
function write_rpcbs_rmtcalllist_ptr(w: XdrWriter, v: rpcbs_rmtcalllist_ptr): void {
  xdr.writeList(w, v, write_rpcbs_rmtcalllist);
}
function size_rpcbs_rmtcalllist_ptr(v: rpcbs_rmtcalllist_ptr): number {
  return xdr.sizeList(v, size_rpcbs_rmtcalllist);
}
export const xdr_rpcbs_rmtcalllist_ptr: Codec<rpcbs_rmtcalllist_ptr> = xdr.codec(read_rpcbs_rmtcalllist_ptr, write_rpcbs_rmtcalllist_ptr, size_rpcbs_rmtcalllist_ptr);

// struct rpcb_stat {
//    rpcbs_proc              info;
//    int                     setinfo;
//    int                     unsetinfo;
//    rpcbs_addrlist_ptr      addrinfo;
//    rpcbs_rmtcalllist_ptr   rmtinfo;
// };
export interface rpcb_stat {
  info: rpcbs_proc;
  setinfo: number;
  unsetinfo: number;
  addrinfo: rpcbs_addrlist_ptr;
  rmtinfo: rpcbs_rmtcalllist_ptr;
}
function read_rpcb_stat(r: XdrReader): rpcb_stat {
  return {
    info: read_rpcbs_proc(r),
    setinfo: r.readInt(),
    unsetinfo: r.readInt(),
    addrinfo: read_rpcbs_addrlist_ptr(r),
    rmtinfo: read_rpcbs_rmtcalllist_ptr(r),
  };
}
function write_rpcb_stat(w: XdrWriter, v: rpcb_stat): void {
  write_rpcbs_proc(w, v.info);
  w.writeInt(v.setinfo);
  w.writeInt(v.unsetinfo);
  write_rpcbs_addrlist_ptr(w, v.addrinfo);
  write_rpcbs_rmtcalllist_ptr(w, v.rmtinfo);
}
function size_rpcb_stat(v: rpcb_stat): number {
  return 60 + size_rpcbs_addrlist_ptr(v.addrinfo) + size_rpcbs_rmtcalllist_ptr(v.rmtinfo);
}
export const xdr_rpcb_stat: Codec<rpcb_stat> = xdr.codec(read_rpcb_stat, write_rpcb_stat, size_rpcb_stat);

// typedef rpcb_stat rpcb_stat_byvers[RPCBVERS_STAT];
export type rpcb_stat_byvers = rpcb_stat[];
function read_rpcb_stat_byvers(r: XdrReader): rpcb_stat_byvers {
  return xdr.readFixedArray(r, RPCBVERS_STAT, 68, read_rpcb_stat);
}
function write_rpcb_stat_byvers(w: XdrWriter, v: rpcb_stat_byvers): void {
  xdr.writeFixedArray(w, v, RPCBVERS_STAT, write_rpcb_stat);
}
function size_rpcb_stat_byvers(v: rpcb_stat_byvers): number {
  return xdr.sizeElements(v, size_rpcb_stat);
}
export const xdr_rpcb_stat_byvers: Codec<rpcb_stat_byvers> = xdr.codec(read_rpcb_stat_byvers, write_rpcb_stat_byvers, size_rpcb_stat_byvers);

// struct netbuf {
//    unsigned int maxlen;
//    opaque buf<>;
// };
export interface netbuf {
  maxlen: number;
  buf: Buffer;
}
function read_netbuf(r: XdrReader): netbuf {
  return {
    maxlen: r.readUint(),
    buf: r.readOpaque(xdr.XDR_UNBOUNDED),
  };
}
function write_netbuf(w: XdrWriter, v: netbuf): void {
  w.writeUint(v.maxlen);
  w.writeOpaque(v.buf);
}
function size_netbuf(v: netbuf): number {
  return 4 + xdr.sizeOpaque(v.buf);
}
export const xdr_netbuf: Codec<netbuf> = xdr.codec(read_netbuf, write_netbuf, size_netbuf);

// program RPCBPROG {
//    version RPCBVERS {
//       void
//       RPCBPROC_NULL(void) = 0;
//
//       bool
//       RPCBPROC_SET(rpcb) = 1;
//
//       bool
//       RPCBPROC_UNSET(rpcb) = 2;
//
//       string
//       RPCBPROC_GETADDR(rpcb) = 3;
//
//       rpcblist_ptr
//       RPCBPROC_DUMP(void) = 4;
//
//       rpcb_rmtcallres
//       RPCBPROC_CALLIT(rpcb_rmtcallargs) = 5;
//
//       unsigned int
//       RPCBPROC_GETTIME(void) = 6;
//
//       netbuf
//       RPCBPROC_UADDR2TADDR(string) = 7;
//
//       string
//       RPCBPROC_TADDR2UADDR(struct netbuf) = 8;
//    } = 3;
//
//    version RPCBVERS4 {
//       void
//       RPCBPROC_NULL(void) = 0;
//
//       bool
//       RPCBPROC_SET(rpcb) = 1;
//
//       bool
//       RPCBPROC_UNSET(rpcb) = 2;
//
//       string
//       RPCBPROC_GETADDR(rpcb) = 3;
//
//       rpcblist_ptr
//       RPCBPROC_DUMP(void) = 4;
//
//       /*
//        * NOTE: RPCBPROC_BCAST has the same functionality as CALLIT;
//        * the new name is intended to indicate that this
//        * procedure should be used for broadcast RPC, and
//        * RPCBPROC_INDIRECT should be used for indirect calls.
//        */
//       rpcb_rmtcallres
//       RPCBPROC_BCAST(rpcb_rmtcallargs) = RPCBPROC_CALLIT;
//
//       unsigned int
//       RPCBPROC_GETTIME(void) = 6;
//
//       netbuf
//       RPCBPROC_UADDR2TADDR(string) = 7;
//
//       string
//       RPCBPROC_TADDR2UADDR(struct netbuf) = 8;
//
//       string
//       RPCBPROC_GETVERSADDR(rpcb) = 9;
//
//       rpcb_rmtcallres
//       RPCBPROC_INDIRECT(rpcb_rmtcallargs) = 10;
//
//       rpcb_entry_list_ptr
//       RPCBPROC_GETADDRLIST(rpcb) = 11;
//
//       rpcb_stat_byvers
//       RPCBPROC_GETSTAT(void) = 12;
//    } = 4;
// } = 100000;
export const RPCBPROG = 100000;
export const RPCBVERS = 3;
export const RPCBPROC_NULL = 0;
export const RPCBPROC_SET = 1;
export const RPCBPROC_UNSET = 2;
export const RPCBPROC_GETADDR = 3;
export const RPCBPROC_DUMP = 4;
export const RPCBPROC_CALLIT = 5;
export const RPCBPROC_GETTIME = 6;
export const RPCBPROC_UADDR2TADDR = 7;
export const RPCBPROC_TADDR2UADDR = 8;
export const RPCBVERS4 = 4;
export const RPCBPROC_BCAST = 5;
export const RPCBPROC_GETVERSADDR = 9;
export const RPCBPROC_INDIRECT = 10;
export const RPCBPROC_GETADDRLIST = 11;
export const RPCBPROC_GETSTAT = 12;
export const RPCBPROG_RPCBVERS = {
  program: 100000,
  version: 3,
  procedures: {
    RPCBPROC_NULL: { proc: 0, args: xdr.xdr_void, res: xdr.xdr_void },
    RPCBPROC_SET: { proc: 1, args: xdr_rpcb, res: xdr.xdr_bool },
    RPCBPROC_UNSET: { proc: 2, args: xdr_rpcb, res: xdr.xdr_bool },
    RPCBPROC_GETADDR: { proc: 3, args: xdr_rpcb, res: xdr.xdr_string },
    RPCBPROC_DUMP: { proc: 4, args: xdr.xdr_void, res: xdr_rpcblist_ptr },
    RPCBPROC_CALLIT: { proc: 5, args: xdr_rpcb_rmtcallargs, res: xdr_rpcb_rmtcallres },
    RPCBPROC_GETTIME: { proc: 6, args: xdr.xdr_void, res: xdr.xdr_u_int },
    RPCBPROC_UADDR2TADDR: { proc: 7, args: xdr.xdr_string, res: xdr_netbuf },
    RPCBPROC_TADDR2UADDR: { proc: 8, args: xdr_netbuf, res: xdr.xdr_string },
  },
} as const;
export const RPCBPROG_RPCBVERS4 = {
  program: 100000,
  version: 4,
  procedures: {
    RPCBPROC_NULL: { proc: 0, args: xdr.xdr_void, res: xdr.xdr_void },
    RPCBPROC_SET: { proc: 1, args: xdr_rpcb, res: xdr.xdr_bool },
    RPCBPROC_UNSET: { proc: 2, args: xdr_rpcb, res: xdr.xdr_bool },
    RPCBPROC_GETADDR: { proc: 3, args: xdr_rpcb, res: xdr.xdr_string },
    RPCBPROC_DUMP: { proc: 4, args: xdr.xdr_void, res: xdr_rpcblist_ptr },
    RPCBPROC_BCAST: { proc: 5, args: xdr_rpcb_rmtcallargs, res: xdr_rpcb_rmtcallres },
    RPCBPROC_GETTIME: { proc: 6, args: xdr.xdr_void, res: xdr.xdr_u_int },
    RPCBPROC_UADDR2TADDR: { proc: 7, args: xdr.xdr_string, res: xdr_netbuf },
    RPCBPROC_TADDR2UADDR: { proc: 8, args: xdr_netbuf, res: xdr.xdr_string },
    RPCBPROC_GETVERSADDR: { proc: 9, args: xdr_rpcb, res: xdr.xdr_string },
    RPCBPROC_INDIRECT: { proc: 10, args: xdr_rpcb_rmtcallargs, res: xdr_rpcb_rmtcallres },
    RPCBPROC_GETADDRLIST: { proc: 11, args: xdr_rpcb, res: xdr_rpcb_entry_list_ptr },
    RPCBPROC_GETSTAT: { proc: 12, args: xdr.xdr_void, res: xdr_rpcb_stat_byvers },
  },
} as const;
