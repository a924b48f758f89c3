// @generated from protocol/mount3.x — do not edit
// Regenerate with `npm run gen` (src/xdr/gen). Each type quotes the .x text it comes from.
import * as xdr from '../xdr/index.js';
import type { Codec, XdrReader, XdrWriter } from '../xdr/index.js';

export { xdr_void } from '../xdr/index.js';

// const MNTPATHLEN = 1024;
export const MNTPATHLEN = 1024;

// const MNTNAMLEN  = 255;
export const MNTNAMLEN = 255;

// const FHSIZE3    = 64;
export const FHSIZE3 = 64;

// typedef opaque fhandle3<FHSIZE3>;
export type fhandle3 = Buffer;
function read_fhandle3(r: XdrReader): fhandle3 {
  return r.readOpaque(FHSIZE3);
}
function write_fhandle3(w: XdrWriter, v: fhandle3): void {
  w.writeOpaque(v, FHSIZE3);
}
function size_fhandle3(v: fhandle3): number {
  return xdr.sizeOpaque(v);
}
export const xdr_fhandle3: Codec<fhandle3> = xdr.codec(read_fhandle3, write_fhandle3, size_fhandle3);

// typedef string dirpath<MNTPATHLEN>;
export type dirpath = string;
function read_dirpath(r: XdrReader): dirpath {
  return r.readString(MNTPATHLEN);
}
function write_dirpath(w: XdrWriter, v: dirpath): void {
  w.writeString(v, MNTPATHLEN);
}
function size_dirpath(v: dirpath): number {
  return xdr.sizeString(v);
}
export const xdr_dirpath: Codec<dirpath> = xdr.codec(read_dirpath, write_dirpath, size_dirpath);

// typedef string name<MNTNAMLEN>;
export type name = string;
function read_name(r: XdrReader): name {
  return r.readString(MNTNAMLEN);
}
function write_name(w: XdrWriter, v: name): void {
  w.writeString(v, MNTNAMLEN);
}
function size_name(v: name): number {
  return xdr.sizeString(v);
}
export const xdr_name: Codec<name> = xdr.codec(read_name, write_name, size_name);

// enum mountstat3 {
//    MNT3_OK = 0,                 /* no error */
//    MNT3ERR_PERM = 1,            /* Not owner */
//    MNT3ERR_NOENT = 2,           /* No such file or directory */
//    MNT3ERR_IO = 5,              /* I/O error */
//    MNT3ERR_ACCES = 13,          /* Permission denied */
//    MNT3ERR_NOTDIR = 20,         /* Not a directory */
//    MNT3ERR_INVAL = 22,          /* Invalid argument */
//    MNT3ERR_NAMETOOLONG = 63,    /* Filename too long */
//    MNT3ERR_NOTSUPP = 10004,     /* Operation not supported */
//    MNT3ERR_SERVERFAULT = 10006  /* A failure on the server */
// };
export enum mountstat3 {
  MNT3_OK = 0,
  MNT3ERR_PERM = 1,
  MNT3ERR_NOENT = 2,
  MNT3ERR_IO = 5,
  MNT3ERR_ACCES = 13,
  MNT3ERR_NOTDIR = 20,
  MNT3ERR_INVAL = 22,
  MNT3ERR_NAMETOOLONG = 63,
  MNT3ERR_NOTSUPP = 10004,
  MNT3ERR_SERVERFAULT = 10006,
}
function read_mountstat3(r: XdrReader): mountstat3 {
  const v = r.readInt();
  switch (v) {
    case 0:
    case 1:
    case 2:
    case 5:
    case 13:
    case 20:
    case 22:
    case 63:
    case 10004:
    case 10006:
      return v as mountstat3;
    default:
      return xdr.badValue('mountstat3', v);
  }
}
function write_mountstat3(w: XdrWriter, v: mountstat3): void {
  w.writeInt(v);
}
function size_mountstat3(_v: mountstat3): number {
  return 4;
}
export const xdr_mountstat3: Codec<mountstat3> = xdr.codec(read_mountstat3, write_mountstat3, size_mountstat3);

// struct mountres3_ok {
//    fhandle3   fhandle;
//    int        auth_flavors<>;
// };
export interface mountres3_ok {
  fhandle: fhandle3;
  auth_flavors: number[];
}
function read_mountres3_ok(r: XdrReader): mountres3_ok {
  return {
    fhandle: read_fhandle3(r),
    auth_flavors: xdr.readArray(r, xdr.XDR_UNBOUNDED, 4, xdr.readInt),
  };
}
function write_mountres3_ok(w: XdrWriter, v: mountres3_ok): void {
  write_fhandle3(w, v.fhandle);
  xdr.writeArray(w, v.auth_flavors, xdr.XDR_UNBOUNDED, xdr.writeInt);
}
function size_mountres3_ok(v: mountres3_ok): number {
  return size_fhandle3(v.fhandle) + 4 + v.auth_flavors.length * 4;
}
export const xdr_mountres3_ok: Codec<mountres3_ok> = xdr.codec(read_mountres3_ok, write_mountres3_ok, size_mountres3_ok);

// union mountres3 switch (mountstat3 fhs_status) {
// case MNT3_OK:
//    mountres3_ok  mountinfo;
// default:
//    void;
// };
export type mountres3 =
  | { fhs_status: mountstat3.MNT3_OK; mountinfo: mountres3_ok }
  | { fhs_status: Exclude<mountstat3, mountstat3.MNT3_OK> };
function read_mountres3(r: XdrReader): mountres3 {
  const d = read_mountstat3(r);
  switch (d) {
    case 0:
      return { fhs_status: d, mountinfo: read_mountres3_ok(r) } as mountres3;
    default:
      return { fhs_status: d } as mountres3;
  }
}
function write_mountres3(w: XdrWriter, v: mountres3): void {
  write_mountstat3(w, v.fhs_status);
  switch (v.fhs_status) {
    case 0:
      write_mountres3_ok(w, (v as { mountinfo: mountres3_ok }).mountinfo);
      break;
    default:
      break;
  }
}
function size_mountres3(v: mountres3): number {
  switch (v.fhs_status) {
    case 0:
      return 4 + size_mountres3_ok((v as { mountinfo: mountres3_ok }).mountinfo);
    default:
      return 4;
  }
}
export const xdr_mountres3: Codec<mountres3> = xdr.codec(read_mountres3, write_mountres3, size_mountres3);

// typedef struct mountbody *mountlist;
export type mountlist = mountbody[];
function read_mountlist(r: XdrReader): mountlist {
  return xdr.readList(r, read_mountbody);
}
function write_mountlist(w: XdrWriter, v: mountlist): void {
  xdr.writeList(w, v, write_mountbody);
}
function size_mountlist(v: mountlist): number {
  return xdr.sizeList(v, size_mountbody);
}
export const xdr_mountlist: Codec<mountlist> = xdr.codec(read_mountlist, write_mountlist, size_mountlist);

// struct mountbody {
//    name       ml_hostname;
//    dirpath    ml_directory;
//    mountlist  ml_next;
// };
// mountbody is a linked-list element: its next pointer is carried by the list that holds it
// (mountbody[]), so xdr_mountbody encodes one element's fields.
export interface mountbody {
  ml_hostname: name;
  ml_directory: dirpath;
}
function read_mountbody(r: XdrReader): mountbody {
  return {
    ml_hostname: read_name(r),
    ml_directory: read_dirpath(r),
  };
}
function write_mountbody(w: XdrWriter, v: mountbody): void {
  write_name(w, v.ml_hostname);
  write_dirpath(w, v.ml_directory);
}
function size_mountbody(v: mountbody): number {
  return size_name(v.ml_hostname) + size_dirpath(v.ml_directory);
}
export const xdr_mountbody: Codec<mountbody> = xdr.codec(read_mountbody, write_mountbody, size_mountbody);

// typedef struct groupnode *groups;
export type groups = groupnode[];
function read_groups(r: XdrReader): groups {
  return xdr.readList(r, read_groupnode);
}
function write_groups(w: XdrWriter, v: groups): void {
  xdr.writeList(w, v, write_groupnode);
}
function size_groups(v: groups): number {
  return xdr.sizeList(v, size_groupnode);
}
export const xdr_groups: Codec<groups> = xdr.codec(read_groups, write_groups, size_groups);

// struct groupnode {
//    name     gr_name;
//    groups   gr_next;
// };
// groupnode is a linked-list element: its next pointer is carried by the list that holds it
// (groupnode[]), so xdr_groupnode encodes one element's fields.
export interface groupnode {
  gr_name: name;
}
function read_groupnode(r: XdrReader): groupnode {
  return {
    gr_name: read_name(r),
  };
}
function write_groupnode(w: XdrWriter, v: groupnode): void {
  write_name(w, v.gr_name);
}
function size_groupnode(v: groupnode): number {
  return size_name(v.gr_name);
}
export const xdr_groupnode: Codec<groupnode> = xdr.codec(read_groupnode, write_groupnode, size_groupnode);

// typedef struct exportnode *exports;
export type exports = exportnode[];
function read_exports(r: XdrReader): exports {
  return xdr.readList(r, read_exportnode);
}
function write_exports(w: XdrWriter, v: exports): void {
  xdr.writeList(w, v, write_exportnode);
}
function size_exports(v: exports): number {
  return xdr.sizeList(v, size_exportnode);
}
export const xdr_exports: Codec<exports> = xdr.codec(read_exports, write_exports, size_exports);

// struct exportnode {
//    dirpath  ex_dir;
//    groups   ex_groups;
//    exports  ex_next;
// };
// exportnode is a linked-list element: its next pointer is carried by the list that holds it
// (exportnode[]), so xdr_exportnode encodes one element's fields.
export interface exportnode {
  ex_dir: dirpath;
  ex_groups: groups;
}
function read_exportnode(r: XdrReader): exportnode {
  return {
    ex_dir: read_dirpath(r),
    ex_groups: read_groups(r),
  };
}
function write_exportnode(w: XdrWriter, v: exportnode): void {
  write_dirpath(w, v.ex_dir);
  write_groups(w, v.ex_groups);
}
function size_exportnode(v: exportnode): number {
  return size_dirpath(v.ex_dir) + size_groups(v.ex_groups);
}
export const xdr_exportnode: Codec<exportnode> = xdr.codec(read_exportnode, write_exportnode, size_exportnode);

// program MOUNT_PROGRAM {
//    version MOUNT_V3 {
//       void      MOUNTPROC3_NULL(void)    = 0;
//       mountres3 MOUNTPROC3_MNT(dirpath)  = 1;
//       mountlist MOUNTPROC3_DUMP(void)    = 2;
//       void      MOUNTPROC3_UMNT(dirpath) = 3;
//       void      MOUNTPROC3_UMNTALL(void) = 4;
//       exports   MOUNTPROC3_EXPORT(void)  = 5;
//    } = 3;
// } = 100005;
export const MOUNT_PROGRAM = 100005;
export const MOUNT_V3 = 3;
export const MOUNTPROC3_NULL = 0;
export const MOUNTPROC3_MNT = 1;
export const MOUNTPROC3_DUMP = 2;
export const MOUNTPROC3_UMNT = 3;
export const MOUNTPROC3_UMNTALL = 4;
export const MOUNTPROC3_EXPORT = 5;
export const MOUNT_PROGRAM_MOUNT_V3 = {
  program: 100005,
  version: 3,
  procedures: {
    MOUNTPROC3_NULL: { proc: 0, args: xdr.xdr_void, res: xdr.xdr_void },
    MOUNTPROC3_MNT: { proc: 1, args: xdr_dirpath, res: xdr_mountres3 },
    MOUNTPROC3_DUMP: { proc: 2, args: xdr.xdr_void, res: xdr_mountlist },
    MOUNTPROC3_UMNT: { proc: 3, args: xdr_dirpath, res: xdr.xdr_void },
    MOUNTPROC3_UMNTALL: { proc: 4, args: xdr.xdr_void, res: xdr.xdr_void },
    MOUNTPROC3_EXPORT: { proc: 5, args: xdr.xdr_void, res: xdr_exports },
  },
} as const;
