// @generated from protocol/pmap.x — do not edit
// Regenerate with `npm run gen` (src/xdr/gen). Each type quotes the .x text it comes from.
import * as xdr from '../xdr/index.js';
import type { Codec, XdrReader, XdrWriter } from '../xdr/index.js';

export { xdr_void } from '../xdr/index.js';

// const PMAP_PORT = 111;
export const PMAP_PORT = 111;

// const IPPROTO_TCP = 6;
export const IPPROTO_TCP = 6;

// const IPPROTO_UDP = 17;
export const IPPROTO_UDP = 17;

// struct mapping {
//    unsigned int prog;
//    unsigned int vers;
//    unsigned int prot;
//    unsigned int port;
// };
export interface mapping {
  prog: number;
  vers: number;
  prot: number;
  port: number;
}
function read_mapping(r: XdrReader): mapping {
  return {
    prog: r.readUint(),
    vers: r.readUint(),
    prot: r.readUint(),
    port: r.readUint(),
  };
}
function write_mapping(w: XdrWriter, v: mapping): void {
  w.writeUint(v.prog);
  w.writeUint(v.vers);
  w.writeUint(v.prot);
  w.writeUint(v.port);
}
function size_mapping(_v: mapping): number {
  return 16;
}
export const xdr_mapping: Codec<mapping> = xdr.codec(read_mapping, write_mapping, size_mapping);

// struct pmaplist {
//    mapping map;
//    pmaplist *next;
// };
// pmaplist is a linked-list element: its next pointer is carried by the list that holds it
// (pmaplist[]), so xdr_pmaplist encodes one element's fields.
export interface pmaplist {
  map: mapping;
}
function read_pmaplist(r: XdrReader): pmaplist {
  return {
    map: read_mapping(r),
  };
}
function write_pmaplist(w: XdrWriter, v: pmaplist): void {
  write_mapping(w, v.map);
}
function size_pmaplist(_v: pmaplist): number {
  return 16;
}
export const xdr_pmaplist: Codec<pmaplist> = xdr.codec(read_pmaplist, write_pmaplist, size_pmaplist);

// typedef pmaplist *pmaplist_ptr;
export type pmaplist_ptr = pmaplist[];
function read_pmaplist_ptr(r: XdrReader): pmaplist_ptr {
  return xdr.readList(r, read_pmaplist);
}
function write_pmaplist_ptr(w: XdrWriter, v: pmaplist_ptr): void {
  xdr.writeList(w, v, write_pmaplist);
}
function size_pmaplist_ptr(v: pmaplist_ptr): number {
  return xdr.sizeList(v, size_pmaplist);
}
export const xdr_pmaplist_ptr: Codec<pmaplist_ptr> = xdr.codec(read_pmaplist_ptr, write_pmaplist_ptr, size_pmaplist_ptr);

// struct call_args {
//    unsigned int prog;
//    unsigned int vers;
//    unsigned int proc;
//    opaque args<>;
// };
export interface call_args {
  prog: number;
  vers: number;
  proc: number;
  args: Buffer;
}
function read_call_args(r: XdrReader): call_args {
  return {
    prog: r.readUint(),
    vers: r.readUint(),
    proc: r.readUint(),
    args: r.readOpaque(xdr.XDR_UNBOUNDED),
  };
}
function write_call_args(w: XdrWriter, v: call_args): void {
  w.writeUint(v.prog);
  w.writeUint(v.vers);
  w.writeUint(v.proc);
  w.writeOpaque(v.args);
}
function size_call_args(v: call_args): number {
  return 12 + xdr.sizeOpaque(v.args);
}
export const xdr_call_args: Codec<call_args> = xdr.codec(read_call_args, write_call_args, size_call_args);

// struct call_result {
//    unsigned int port;
//    opaque res<>;
// };
export interface call_result {
  port: number;
  res: Buffer;
}
function read_call_result(r: XdrReader): call_result {
  return {
    port: r.readUint(),
    res: r.readOpaque(xdr.XDR_UNBOUNDED),
  };
}
function write_call_result(w: XdrWriter, v: call_result): void {
  w.writeUint(v.port);
  w.writeOpaque(v.res);
}
function size_call_result(v: call_result): number {
  return 4 + xdr.sizeOpaque(v.res);
}
export const xdr_call_result: Codec<call_result> = xdr.codec(read_call_result, write_call_result, size_call_result);

// program PMAP_PROG {
//    version PMAP_VERS {
//       void
//       PMAPPROC_NULL(void)         = 0;
//
//       bool
//       PMAPPROC_SET(mapping)       = 1;
//
//       bool
//       PMAPPROC_UNSET(mapping)     = 2;
//
//       unsigned int
//       PMAPPROC_GETPORT(mapping)   = 3;
//
//       pmaplist_ptr
//       PMAPPROC_DUMP(void)         = 4;
//
//       call_result
//       PMAPPROC_CALLIT(call_args)  = 5;
//    } = 2;
// } = 100000;
export const PMAP_PROG = 100000;
export const PMAP_VERS = 2;
export const PMAPPROC_NULL = 0;
export const PMAPPROC_SET = 1;
export const PMAPPROC_UNSET = 2;
export const PMAPPROC_GETPORT = 3;
export const PMAPPROC_DUMP = 4;
export const PMAPPROC_CALLIT = 5;
export const PMAP_PROG_PMAP_VERS = {
  program: 100000,
  version: 2,
  procedures: {
    PMAPPROC_NULL: { proc: 0, args: xdr.xdr_void, res: xdr.xdr_void },
    PMAPPROC_SET: { proc: 1, args: xdr_mapping, res: xdr.xdr_bool },
    PMAPPROC_UNSET: { proc: 2, args: xdr_mapping, res: xdr.xdr_bool },
    PMAPPROC_GETPORT: { proc: 3, args: xdr_mapping, res: xdr.xdr_u_int },
    PMAPPROC_DUMP: { proc: 4, args: xdr.xdr_void, res: xdr_pmaplist_ptr },
    PMAPPROC_CALLIT: { proc: 5, args: xdr_call_args, res: xdr_call_result },
  },
} as const;
