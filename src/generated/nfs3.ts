// @generated from protocol/nfs3.x — do not edit
// Regenerate with `npm run gen` (src/xdr/gen). Each type quotes the .x text it comes from.
import * as xdr from '../xdr/index.js';
import type { Codec, XdrReader, XdrWriter } from '../xdr/index.js';

export { xdr_void } from '../xdr/index.js';

// const NFS3_FHSIZE         = 64;
export const NFS3_FHSIZE = 64;

// const NFS3_COOKIEVERFSIZE = 8;
export const NFS3_COOKIEVERFSIZE = 8;

// const NFS3_CREATEVERFSIZE = 8;
export const NFS3_CREATEVERFSIZE = 8;

// const NFS3_WRITEVERFSIZE  = 8;
export const NFS3_WRITEVERFSIZE = 8;

// const ACCESS3_READ    = 0x0001;
export const ACCESS3_READ = 1;

// const ACCESS3_LOOKUP  = 0x0002;
export const ACCESS3_LOOKUP = 2;

// const ACCESS3_MODIFY  = 0x0004;
export const ACCESS3_MODIFY = 4;

// const ACCESS3_EXTEND  = 0x0008;
export const ACCESS3_EXTEND = 8;

// const ACCESS3_DELETE  = 0x0010;
export const ACCESS3_DELETE = 16;

// const ACCESS3_EXECUTE = 0x0020;
export const ACCESS3_EXECUTE = 32;

// const FSF3_LINK        = 0x0001;
export const FSF3_LINK = 1;

// const FSF3_SYMLINK     = 0x0002;
export const FSF3_SYMLINK = 2;

// const FSF3_HOMOGENEOUS = 0x0008;
export const FSF3_HOMOGENEOUS = 8;

// const FSF3_CANSETTIME  = 0x0010;
export const FSF3_CANSETTIME = 16;

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

// typedef string filename3<>;
export type filename3 = string;
function read_filename3(r: XdrReader): filename3 {
  return r.readString(xdr.XDR_UNBOUNDED);
}
function write_filename3(w: XdrWriter, v: filename3): void {
  w.writeString(v);
}
function size_filename3(v: filename3): number {
  return xdr.sizeString(v);
}
export const xdr_filename3: Codec<filename3> = xdr.codec(read_filename3, write_filename3, size_filename3);

// typedef string nfspath3<>;
export type nfspath3 = string;
function read_nfspath3(r: XdrReader): nfspath3 {
  return r.readString(xdr.XDR_UNBOUNDED);
}
function write_nfspath3(w: XdrWriter, v: nfspath3): void {
  w.writeString(v);
}
function size_nfspath3(v: nfspath3): number {
  return xdr.sizeString(v);
}
export const xdr_nfspath3: Codec<nfspath3> = xdr.codec(read_nfspath3, write_nfspath3, size_nfspath3);

// typedef uint64 fileid3;
export type fileid3 = uint64;
function read_fileid3(r: XdrReader): fileid3 {
  return read_uint64(r);
}
function write_fileid3(w: XdrWriter, v: fileid3): void {
  write_uint64(w, v);
}
function size_fileid3(_v: fileid3): number {
  return 8;
}
export const xdr_fileid3: Codec<fileid3> = xdr.codec(read_fileid3, write_fileid3, size_fileid3);

// typedef uint64 cookie3;
export type cookie3 = uint64;
function read_cookie3(r: XdrReader): cookie3 {
  return read_uint64(r);
}
function write_cookie3(w: XdrWriter, v: cookie3): void {
  write_uint64(w, v);
}
function size_cookie3(_v: cookie3): number {
  return 8;
}
export const xdr_cookie3: Codec<cookie3> = xdr.codec(read_cookie3, write_cookie3, size_cookie3);

// typedef opaque cookieverf3[NFS3_COOKIEVERFSIZE];
export type cookieverf3 = Buffer;
function read_cookieverf3(r: XdrReader): cookieverf3 {
  return r.readFixedOpaque(NFS3_COOKIEVERFSIZE);
}
function write_cookieverf3(w: XdrWriter, v: cookieverf3): void {
  w.writeFixedOpaque(v, NFS3_COOKIEVERFSIZE);
}
function size_cookieverf3(_v: cookieverf3): number {
  return 8;
}
export const xdr_cookieverf3: Codec<cookieverf3> = xdr.codec(read_cookieverf3, write_cookieverf3, size_cookieverf3);

// typedef opaque createverf3[NFS3_CREATEVERFSIZE];
export type createverf3 = Buffer;
function read_createverf3(r: XdrReader): createverf3 {
  return r.readFixedOpaque(NFS3_CREATEVERFSIZE);
}
function write_createverf3(w: XdrWriter, v: createverf3): void {
  w.writeFixedOpaque(v, NFS3_CREATEVERFSIZE);
}
function size_createverf3(_v: createverf3): number {
  return 8;
}
export const xdr_createverf3: Codec<createverf3> = xdr.codec(read_createverf3, write_createverf3, size_createverf3);

// typedef opaque writeverf3[NFS3_WRITEVERFSIZE];
export type writeverf3 = Buffer;
function read_writeverf3(r: XdrReader): writeverf3 {
  return r.readFixedOpaque(NFS3_WRITEVERFSIZE);
}
function write_writeverf3(w: XdrWriter, v: writeverf3): void {
  w.writeFixedOpaque(v, NFS3_WRITEVERFSIZE);
}
function size_writeverf3(_v: writeverf3): number {
  return 8;
}
export const xdr_writeverf3: Codec<writeverf3> = xdr.codec(read_writeverf3, write_writeverf3, size_writeverf3);

// typedef uint32 uid3;
export type uid3 = uint32;
function read_uid3(r: XdrReader): uid3 {
  return read_uint32(r);
}
function write_uid3(w: XdrWriter, v: uid3): void {
  write_uint32(w, v);
}
function size_uid3(_v: uid3): number {
  return 4;
}
export const xdr_uid3: Codec<uid3> = xdr.codec(read_uid3, write_uid3, size_uid3);

// typedef uint32 gid3;
export type gid3 = uint32;
function read_gid3(r: XdrReader): gid3 {
  return read_uint32(r);
}
function write_gid3(w: XdrWriter, v: gid3): void {
  write_uint32(w, v);
}
function size_gid3(_v: gid3): number {
  return 4;
}
export const xdr_gid3: Codec<gid3> = xdr.codec(read_gid3, write_gid3, size_gid3);

// typedef uint64 size3;
export type size3 = uint64;
function read_size3(r: XdrReader): size3 {
  return read_uint64(r);
}
function write_size3(w: XdrWriter, v: size3): void {
  write_uint64(w, v);
}
function size_size3(_v: size3): number {
  return 8;
}
export const xdr_size3: Codec<size3> = xdr.codec(read_size3, write_size3, size_size3);

// typedef uint64 offset3;
export type offset3 = uint64;
function read_offset3(r: XdrReader): offset3 {
  return read_uint64(r);
}
function write_offset3(w: XdrWriter, v: offset3): void {
  write_uint64(w, v);
}
function size_offset3(_v: offset3): number {
  return 8;
}
export const xdr_offset3: Codec<offset3> = xdr.codec(read_offset3, write_offset3, size_offset3);

// typedef uint32 mode3;
export type mode3 = uint32;
function read_mode3(r: XdrReader): mode3 {
  return read_uint32(r);
}
function write_mode3(w: XdrWriter, v: mode3): void {
  write_uint32(w, v);
}
function size_mode3(_v: mode3): number {
  return 4;
}
export const xdr_mode3: Codec<mode3> = xdr.codec(read_mode3, write_mode3, size_mode3);

// typedef uint32 count3;
export type count3 = uint32;
function read_count3(r: XdrReader): count3 {
  return read_uint32(r);
}
function write_count3(w: XdrWriter, v: count3): void {
  write_uint32(w, v);
}
function size_count3(_v: count3): number {
  return 4;
}
export const xdr_count3: Codec<count3> = xdr.codec(read_count3, write_count3, size_count3);

// enum nfsstat3 {
//    NFS3_OK             = 0,
//    NFS3ERR_PERM        = 1,
//    NFS3ERR_NOENT       = 2,
//    NFS3ERR_IO          = 5,
//    NFS3ERR_NXIO        = 6,
//    NFS3ERR_ACCES       = 13,
//    NFS3ERR_EXIST       = 17,
//    NFS3ERR_XDEV        = 18,
//    NFS3ERR_NODEV       = 19,
//    NFS3ERR_NOTDIR      = 20,
//    NFS3ERR_ISDIR       = 21,
//    NFS3ERR_INVAL       = 22,
//    NFS3ERR_FBIG        = 27,
//    NFS3ERR_NOSPC       = 28,
//    NFS3ERR_ROFS        = 30,
//    NFS3ERR_MLINK       = 31,
//    NFS3ERR_NAMETOOLONG = 63,
//    NFS3ERR_NOTEMPTY    = 66,
//    NFS3ERR_DQUOT       = 69,
//    NFS3ERR_STALE       = 70,
//    NFS3ERR_REMOTE      = 71,
//    NFS3ERR_BADHANDLE   = 10001,
//    NFS3ERR_NOT_SYNC    = 10002,
//    NFS3ERR_BAD_COOKIE  = 10003,
//    NFS3ERR_NOTSUPP     = 10004,
//    NFS3ERR_TOOSMALL    = 10005,
//    NFS3ERR_SERVERFAULT = 10006,
//    NFS3ERR_BADTYPE     = 10007,
//    NFS3ERR_JUKEBOX     = 10008
// };
export enum nfsstat3 {
  NFS3_OK = 0,
  NFS3ERR_PERM = 1,
  NFS3ERR_NOENT = 2,
  NFS3ERR_IO = 5,
  NFS3ERR_NXIO = 6,
  NFS3ERR_ACCES = 13,
  NFS3ERR_EXIST = 17,
  NFS3ERR_XDEV = 18,
  NFS3ERR_NODEV = 19,
  NFS3ERR_NOTDIR = 20,
  NFS3ERR_ISDIR = 21,
  NFS3ERR_INVAL = 22,
  NFS3ERR_FBIG = 27,
  NFS3ERR_NOSPC = 28,
  NFS3ERR_ROFS = 30,
  NFS3ERR_MLINK = 31,
  NFS3ERR_NAMETOOLONG = 63,
  NFS3ERR_NOTEMPTY = 66,
  NFS3ERR_DQUOT = 69,
  NFS3ERR_STALE = 70,
  NFS3ERR_REMOTE = 71,
  NFS3ERR_BADHANDLE = 10001,
  NFS3ERR_NOT_SYNC = 10002,
  NFS3ERR_BAD_COOKIE = 10003,
  NFS3ERR_NOTSUPP = 10004,
  NFS3ERR_TOOSMALL = 10005,
  NFS3ERR_SERVERFAULT = 10006,
  NFS3ERR_BADTYPE = 10007,
  NFS3ERR_JUKEBOX = 10008,
}
function read_nfsstat3(r: XdrReader): nfsstat3 {
  const v = r.readInt();
  switch (v) {
    case 0:
    case 1:
    case 2:
    case 5:
    case 6:
    case 13:
    case 17:
    case 18:
    case 19:
    case 20:
    case 21:
    case 22:
    case 27:
    case 28:
    case 30:
    case 31:
    case 63:
    case 66:
    case 69:
    case 70:
    case 71:
    case 10001:
    case 10002:
    case 10003:
    case 10004:
    case 10005:
    case 10006:
    case 10007:
    case 10008:
      return v as nfsstat3;
    default:
      return xdr.badValue('nfsstat3', v);
  }
}
function write_nfsstat3(w: XdrWriter, v: nfsstat3): void {
  w.writeInt(v);
}
function size_nfsstat3(_v: nfsstat3): number {
  return 4;
}
export const xdr_nfsstat3: Codec<nfsstat3> = xdr.codec(read_nfsstat3, write_nfsstat3, size_nfsstat3);

// enum ftype3 {
//    NF3REG    = 1,
//    NF3DIR    = 2,
//    NF3BLK    = 3,
//    NF3CHR    = 4,
//    NF3LNK    = 5,
//    NF3SOCK   = 6,
//    NF3FIFO   = 7
// };
export enum ftype3 {
  NF3REG = 1,
  NF3DIR = 2,
  NF3BLK = 3,
  NF3CHR = 4,
  NF3LNK = 5,
  NF3SOCK = 6,
  NF3FIFO = 7,
}
function read_ftype3(r: XdrReader): ftype3 {
  const v = r.readInt();
  if (v < 1 || v > 7) return xdr.badValue('ftype3', v);
  return v as ftype3;
}
function write_ftype3(w: XdrWriter, v: ftype3): void {
  w.writeInt(v);
}
function size_ftype3(_v: ftype3): number {
  return 4;
}
export const xdr_ftype3: Codec<ftype3> = xdr.codec(read_ftype3, write_ftype3, size_ftype3);

// struct specdata3 {
//    uint32     specdata1;
//    uint32     specdata2;
// };
export interface specdata3 {
  specdata1: uint32;
  specdata2: uint32;
}
function read_specdata3(r: XdrReader): specdata3 {
  return {
    specdata1: read_uint32(r),
    specdata2: read_uint32(r),
  };
}
function write_specdata3(w: XdrWriter, v: specdata3): void {
  write_uint32(w, v.specdata1);
  write_uint32(w, v.specdata2);
}
function size_specdata3(_v: specdata3): number {
  return 8;
}
export const xdr_specdata3: Codec<specdata3> = xdr.codec(read_specdata3, write_specdata3, size_specdata3);

// struct nfs_fh3 {
//    opaque       data<NFS3_FHSIZE>;
// };
export interface nfs_fh3 {
  data: Buffer;
}
function read_nfs_fh3(r: XdrReader): nfs_fh3 {
  return {
    data: r.readOpaque(NFS3_FHSIZE),
  };
}
function write_nfs_fh3(w: XdrWriter, v: nfs_fh3): void {
  w.writeOpaque(v.data, NFS3_FHSIZE);
}
function size_nfs_fh3(v: nfs_fh3): number {
  return xdr.sizeOpaque(v.data);
}
export const xdr_nfs_fh3: Codec<nfs_fh3> = xdr.codec(read_nfs_fh3, write_nfs_fh3, size_nfs_fh3);

// struct nfstime3 {
//    uint32   seconds;
//    uint32   nseconds;
// };
export interface nfstime3 {
  seconds: uint32;
  nseconds: uint32;
}
function read_nfstime3(r: XdrReader): nfstime3 {
  return {
    seconds: read_uint32(r),
    nseconds: read_uint32(r),
  };
}
function write_nfstime3(w: XdrWriter, v: nfstime3): void {
  write_uint32(w, v.seconds);
  write_uint32(w, v.nseconds);
}
function size_nfstime3(_v: nfstime3): number {
  return 8;
}
export const xdr_nfstime3: Codec<nfstime3> = xdr.codec(read_nfstime3, write_nfstime3, size_nfstime3);

// struct fattr3 {
//    ftype3     type;
//    mode3      mode;
//    uint32     nlink;
//    uid3       uid;
//    gid3       gid;
//    size3      size;
//    size3      used;
//    specdata3  rdev;
//    uint64     fsid;
//    fileid3    fileid;
//    nfstime3   atime;
//    nfstime3   mtime;
//    nfstime3   ctime;
// };
export interface fattr3 {
  type: ftype3;
  mode: mode3;
  nlink: uint32;
  uid: uid3;
  gid: gid3;
  size: size3;
  used: size3;
  rdev: specdata3;
  fsid: uint64;
  fileid: fileid3;
  atime: nfstime3;
  mtime: nfstime3;
  ctime: nfstime3;
}
function read_fattr3(r: XdrReader): fattr3 {
  return {
    type: read_ftype3(r),
    mode: read_mode3(r),
    nlink: read_uint32(r),
    uid: read_uid3(r),
    gid: read_gid3(r),
    size: read_size3(r),
    used: read_size3(r),
    rdev: read_specdata3(r),
    fsid: read_uint64(r),
    fileid: read_fileid3(r),
    atime: read_nfstime3(r),
    mtime: read_nfstime3(r),
    ctime: read_nfstime3(r),
  };
}
function write_fattr3(w: XdrWriter, v: fattr3): void {
  write_ftype3(w, v.type);
  write_mode3(w, v.mode);
  write_uint32(w, v.nlink);
  write_uid3(w, v.uid);
  write_gid3(w, v.gid);
  write_size3(w, v.size);
  write_size3(w, v.used);
  write_specdata3(w, v.rdev);
  write_uint64(w, v.fsid);
  write_fileid3(w, v.fileid);
  write_nfstime3(w, v.atime);
  write_nfstime3(w, v.mtime);
  write_nfstime3(w, v.ctime);
}
function size_fattr3(_v: fattr3): number {
  return 84;
}
export const xdr_fattr3: Codec<fattr3> = xdr.codec(read_fattr3, write_fattr3, size_fattr3);

// union post_op_attr switch (bool attributes_follow) {
// case TRUE:
//    fattr3   attributes;
// case FALSE:
//    void;
// };
export type post_op_attr =
  | { attributes_follow: true; attributes: fattr3 }
  | { attributes_follow: false };
function read_post_op_attr(r: XdrReader): post_op_attr {
  const d = r.readBool();
  switch (d) {
    case true:
      return { attributes_follow: d, attributes: read_fattr3(r) } as post_op_attr;
    case false:
      return { attributes_follow: d } as post_op_attr;
    default:
      return xdr.badValue('post_op_attr', d);
  }
}
function write_post_op_attr(w: XdrWriter, v: post_op_attr): void {
  w.writeBool(v.attributes_follow);
  switch (v.attributes_follow) {
    case true:
      write_fattr3(w, (v as { attributes: fattr3 }).attributes);
      break;
    case false:
      break;
    default:
      xdr.badValue('post_op_attr', (v as { attributes_follow: number | boolean }).attributes_follow);
  }
}
function size_post_op_attr(v: post_op_attr): number {
  switch (v.attributes_follow) {
    case true:
      return 88;
    case false:
      return 4;
    default:
      return xdr.badValue('post_op_attr', (v as { attributes_follow: number | boolean }).attributes_follow);
  }
}
export const xdr_post_op_attr: Codec<post_op_attr> = xdr.codec(read_post_op_attr, write_post_op_attr, size_post_op_attr);

// struct wcc_attr {
//    size3       size;
//    nfstime3    mtime;
//    nfstime3    ctime;
// };
export interface wcc_attr {
  size: size3;
  mtime: nfstime3;
  ctime: nfstime3;
}
function read_wcc_attr(r: XdrReader): wcc_attr {
  return {
    size: read_size3(r),
    mtime: read_nfstime3(r),
    ctime: read_nfstime3(r),
  };
}
function write_wcc_attr(w: XdrWriter, v: wcc_attr): void {
  write_size3(w, v.size);
  write_nfstime3(w, v.mtime);
  write_nfstime3(w, v.ctime);
}
function size_wcc_attr(_v: wcc_attr): number {
  return 24;
}
export const xdr_wcc_attr: Codec<wcc_attr> = xdr.codec(read_wcc_attr, write_wcc_attr, size_wcc_attr);

// union pre_op_attr switch (bool attributes_follow) {
// case TRUE:
//    wcc_attr  attributes;
// case FALSE:
//    void;
// };
export type pre_op_attr =
  | { attributes_follow: true; attributes: wcc_attr }
  | { attributes_follow: false };
function read_pre_op_attr(r: XdrReader): pre_op_attr {
  const d = r.readBool();
  switch (d) {
    case true:
      return { attributes_follow: d, attributes: read_wcc_attr(r) } as pre_op_attr;
    case false:
      return { attributes_follow: d } as pre_op_attr;
    default:
      return xdr.badValue('pre_op_attr', d);
  }
}
function write_pre_op_attr(w: XdrWriter, v: pre_op_attr): void {
  w.writeBool(v.attributes_follow);
  switch (v.attributes_follow) {
    case true:
      write_wcc_attr(w, (v as { attributes: wcc_attr }).attributes);
      break;
    case false:
      break;
    default:
      xdr.badValue('pre_op_attr', (v as { attributes_follow: number | boolean }).attributes_follow);
  }
}
function size_pre_op_attr(v: pre_op_attr): number {
  switch (v.attributes_follow) {
    case true:
      return 28;
    case false:
      return 4;
    default:
      return xdr.badValue('pre_op_attr', (v as { attributes_follow: number | boolean }).attributes_follow);
  }
}
export const xdr_pre_op_attr: Codec<pre_op_attr> = xdr.codec(read_pre_op_attr, write_pre_op_attr, size_pre_op_attr);

// struct wcc_data {
//    pre_op_attr    before;
//    post_op_attr   after;
// };
export interface wcc_data {
  before: pre_op_attr;
  after: post_op_attr;
}
function read_wcc_data(r: XdrReader): wcc_data {
  return {
    before: read_pre_op_attr(r),
    after: read_post_op_attr(r),
  };
}
function write_wcc_data(w: XdrWriter, v: wcc_data): void {
  write_pre_op_attr(w, v.before);
  write_post_op_attr(w, v.after);
}
function size_wcc_data(v: wcc_data): number {
  return size_pre_op_attr(v.before) + size_post_op_attr(v.after);
}
export const xdr_wcc_data: Codec<wcc_data> = xdr.codec(read_wcc_data, write_wcc_data, size_wcc_data);

// union post_op_fh3 switch (bool handle_follows) {
// case TRUE:
//    nfs_fh3  handle;
// case FALSE:
//    void;
// };
export type post_op_fh3 =
  | { handle_follows: true; handle: nfs_fh3 }
  | { handle_follows: false };
function read_post_op_fh3(r: XdrReader): post_op_fh3 {
  const d = r.readBool();
  switch (d) {
    case true:
      return { handle_follows: d, handle: read_nfs_fh3(r) } as post_op_fh3;
    case false:
      return { handle_follows: d } as post_op_fh3;
    default:
      return xdr.badValue('post_op_fh3', d);
  }
}
function write_post_op_fh3(w: XdrWriter, v: post_op_fh3): void {
  w.writeBool(v.handle_follows);
  switch (v.handle_follows) {
    case true:
      write_nfs_fh3(w, (v as { handle: nfs_fh3 }).handle);
      break;
    case false:
      break;
    default:
      xdr.badValue('post_op_fh3', (v as { handle_follows: number | boolean }).handle_follows);
  }
}
function size_post_op_fh3(v: post_op_fh3): number {
  switch (v.handle_follows) {
    case true:
      return 4 + size_nfs_fh3((v as { handle: nfs_fh3 }).handle);
    case false:
      return 4;
    default:
      return xdr.badValue('post_op_fh3', (v as { handle_follows: number | boolean }).handle_follows);
  }
}
export const xdr_post_op_fh3: Codec<post_op_fh3> = xdr.codec(read_post_op_fh3, write_post_op_fh3, size_post_op_fh3);

// enum time_how {
//    DONT_CHANGE        = 0,
//    SET_TO_SERVER_TIME = 1,
//    SET_TO_CLIENT_TIME = 2
// };
export enum time_how {
  DONT_CHANGE = 0,
  SET_TO_SERVER_TIME = 1,
  SET_TO_CLIENT_TIME = 2,
}
function read_time_how(r: XdrReader): time_how {
  const v = r.readInt();
  if (v < 0 || v > 2) return xdr.badValue('time_how', v);
  return v as time_how;
}
function write_time_how(w: XdrWriter, v: time_how): void {
  w.writeInt(v);
}
function size_time_how(_v: time_how): number {
  return 4;
}
export const xdr_time_how: Codec<time_how> = xdr.codec(read_time_how, write_time_how, size_time_how);

// union set_mode3 switch (bool set_it) {
// case TRUE:
//    mode3    mode;
// default:
//    void;
// };
export type set_mode3 =
  | { set_it: true; mode: mode3 }
  | { set_it: false };
function read_set_mode3(r: XdrReader): set_mode3 {
  const d = r.readBool();
  switch (d) {
    case true:
      return { set_it: d, mode: read_mode3(r) } as set_mode3;
    default:
      return { set_it: d } as set_mode3;
  }
}
function write_set_mode3(w: XdrWriter, v: set_mode3): void {
  w.writeBool(v.set_it);
  switch (v.set_it) {
    case true:
      write_mode3(w, (v as { mode: mode3 }).mode);
      break;
    default:
      break;
  }
}
function size_set_mode3(v: set_mode3): number {
  switch (v.set_it) {
    case true:
      return 8;
    default:
      return 4;
  }
}
export const xdr_set_mode3: Codec<set_mode3> = xdr.codec(read_set_mode3, write_set_mode3, size_set_mode3);

// union set_uid3 switch (bool set_it) {
// case TRUE:
//    uid3     uid;
// default:
//    void;
// };
export type set_uid3 =
  | { set_it: true; uid: uid3 }
  | { set_it: false };
function read_set_uid3(r: XdrReader): set_uid3 {
  const d = r.readBool();
  switch (d) {
    case true:
      return { set_it: d, uid: read_uid3(r) } as set_uid3;
    default:
      return { set_it: d } as set_uid3;
  }
}
function write_set_uid3(w: XdrWriter, v: set_uid3): void {
  w.writeBool(v.set_it);
  switch (v.set_it) {
    case true:
      write_uid3(w, (v as { uid: uid3 }).uid);
      break;
    default:
      break;
  }
}
function size_set_uid3(v: set_uid3): number {
  switch (v.set_it) {
    case true:
      return 8;
    default:
      return 4;
  }
}
export const xdr_set_uid3: Codec<set_uid3> = xdr.codec(read_set_uid3, write_set_uid3, size_set_uid3);

// union set_gid3 switch (bool set_it) {
// case TRUE:
//    gid3     gid;
// default:
//    void;
// };
export type set_gid3 =
  | { set_it: true; gid: gid3 }
  | { set_it: false };
function read_set_gid3(r: XdrReader): set_gid3 {
  const d = r.readBool();
  switch (d) {
    case true:
      return { set_it: d, gid: read_gid3(r) } as set_gid3;
    default:
      return { set_it: d } as set_gid3;
  }
}
function write_set_gid3(w: XdrWriter, v: set_gid3): void {
  w.writeBool(v.set_it);
  switch (v.set_it) {
    case true:
      write_gid3(w, (v as { gid: gid3 }).gid);
      break;
    default:
      break;
  }
}
function size_set_gid3(v: set_gid3): number {
  switch (v.set_it) {
    case true:
      return 8;
    default:
      return 4;
  }
}
export const xdr_set_gid3: Codec<set_gid3> = xdr.codec(read_set_gid3, write_set_gid3, size_set_gid3);

// union set_size3 switch (bool set_it) {
// case TRUE:
//    size3    size;
// default:
//    void;
// };
export type set_size3 =
  | { set_it: true; size: size3 }
  | { set_it: false };
function read_set_size3(r: XdrReader): set_size3 {
  const d = r.readBool();
  switch (d) {
    case true:
      return { set_it: d, size: read_size3(r) } as set_size3;
    default:
      return { set_it: d } as set_size3;
  }
}
function write_set_size3(w: XdrWriter, v: set_size3): void {
  w.writeBool(v.set_it);
  switch (v.set_it) {
    case true:
      write_size3(w, (v as { size: size3 }).size);
      break;
    default:
      break;
  }
}
function size_set_size3(v: set_size3): number {
  switch (v.set_it) {
    case true:
      return 12;
    default:
      return 4;
  }
}
export const xdr_set_size3: Codec<set_size3> = xdr.codec(read_set_size3, write_set_size3, size_set_size3);

// union set_atime switch (time_how set_it) {
// case SET_TO_CLIENT_TIME:
//    nfstime3  atime;
// default:
//    void;
// };
export type set_atime =
  | { set_it: time_how.SET_TO_CLIENT_TIME; atime: nfstime3 }
  | { set_it: Exclude<time_how, time_how.SET_TO_CLIENT_TIME> };
function read_set_atime(r: XdrReader): set_atime {
  const d = read_time_how(r);
  switch (d) {
    case 2:
      return { set_it: d, atime: read_nfstime3(r) } as set_atime;
    default:
      return { set_it: d } as set_atime;
  }
}
function write_set_atime(w: XdrWriter, v: set_atime): void {
  write_time_how(w, v.set_it);
  switch (v.set_it) {
    case 2:
      write_nfstime3(w, (v as { atime: nfstime3 }).atime);
      break;
    default:
      break;
  }
}
function size_set_atime(v: set_atime): number {
  switch (v.set_it) {
    case 2:
      return 12;
    default:
      return 4;
  }
}
export const xdr_set_atime: Codec<set_atime> = xdr.codec(read_set_atime, write_set_atime, size_set_atime);

// union set_mtime switch (time_how set_it) {
// case SET_TO_CLIENT_TIME:
//    nfstime3  mtime;
// default:
//    void;
// };
export type set_mtime =
  | { set_it: time_how.SET_TO_CLIENT_TIME; mtime: nfstime3 }
  | { set_it: Exclude<time_how, time_how.SET_TO_CLIENT_TIME> };
function read_set_mtime(r: XdrReader): set_mtime {
  const d = read_time_how(r);
  switch (d) {
    case 2:
      return { set_it: d, mtime: read_nfstime3(r) } as set_mtime;
    default:
      return { set_it: d } as set_mtime;
  }
}
function write_set_mtime(w: XdrWriter, v: set_mtime): void {
  write_time_how(w, v.set_it);
  switch (v.set_it) {
    case 2:
      write_nfstime3(w, (v as { mtime: nfstime3 }).mtime);
      break;
    default:
      break;
  }
}
function size_set_mtime(v: set_mtime): number {
  switch (v.set_it) {
    case 2:
      return 12;
    default:
      return 4;
  }
}
export const xdr_set_mtime: Codec<set_mtime> = xdr.codec(read_set_mtime, write_set_mtime, size_set_mtime);

// struct sattr3 {
//    set_mode3   mode;
//    set_uid3    uid;
//    set_gid3    gid;
//    set_size3   size;
//    set_atime   atime;
//    set_mtime   mtime;
// };
export interface sattr3 {
  mode: set_mode3;
  uid: set_uid3;
  gid: set_gid3;
  size: set_size3;
  atime: set_atime;
  mtime: set_mtime;
}
function read_sattr3(r: XdrReader): sattr3 {
  return {
    mode: read_set_mode3(r),
    uid: read_set_uid3(r),
    gid: read_set_gid3(r),
    size: read_set_size3(r),
    atime: read_set_atime(r),
    mtime: read_set_mtime(r),
  };
}
function write_sattr3(w: XdrWriter, v: sattr3): void {
  write_set_mode3(w, v.mode);
  write_set_uid3(w, v.uid);
  write_set_gid3(w, v.gid);
  write_set_size3(w, v.size);
  write_set_atime(w, v.atime);
  write_set_mtime(w, v.mtime);
}
function size_sattr3(v: sattr3): number {
  return size_set_mode3(v.mode) + size_set_uid3(v.uid) + size_set_gid3(v.gid) + size_set_size3(v.size) + size_set_atime(v.atime) + size_set_mtime(v.mtime);
}
export const xdr_sattr3: Codec<sattr3> = xdr.codec(read_sattr3, write_sattr3, size_sattr3);

// struct diropargs3 {
//    nfs_fh3     dir;
//    filename3   name;
// };
export interface diropargs3 {
  dir: nfs_fh3;
  name: filename3;
}
function read_diropargs3(r: XdrReader): diropargs3 {
  return {
    dir: read_nfs_fh3(r),
    name: read_filename3(r),
  };
}
function write_diropargs3(w: XdrWriter, v: diropargs3): void {
  write_nfs_fh3(w, v.dir);
  write_filename3(w, v.name);
}
function size_diropargs3(v: diropargs3): number {
  return size_nfs_fh3(v.dir) + size_filename3(v.name);
}
export const xdr_diropargs3: Codec<diropargs3> = xdr.codec(read_diropargs3, write_diropargs3, size_diropargs3);

// struct GETATTR3args {
//    nfs_fh3  object;
// };
export interface GETATTR3args {
  object: nfs_fh3;
}
function read_GETATTR3args(r: XdrReader): GETATTR3args {
  return {
    object: read_nfs_fh3(r),
  };
}
function write_GETATTR3args(w: XdrWriter, v: GETATTR3args): void {
  write_nfs_fh3(w, v.object);
}
function size_GETATTR3args(v: GETATTR3args): number {
  return size_nfs_fh3(v.object);
}
export const xdr_GETATTR3args: Codec<GETATTR3args> = xdr.codec(read_GETATTR3args, write_GETATTR3args, size_GETATTR3args);

// struct GETATTR3resok {
//    fattr3   obj_attributes;
// };
export interface GETATTR3resok {
  obj_attributes: fattr3;
}
function read_GETATTR3resok(r: XdrReader): GETATTR3resok {
  return {
    obj_attributes: read_fattr3(r),
  };
}
function write_GETATTR3resok(w: XdrWriter, v: GETATTR3resok): void {
  write_fattr3(w, v.obj_attributes);
}
function size_GETATTR3resok(_v: GETATTR3resok): number {
  return 84;
}
export const xdr_GETATTR3resok: Codec<GETATTR3resok> = xdr.codec(read_GETATTR3resok, write_GETATTR3resok, size_GETATTR3resok);

// union GETATTR3res switch (nfsstat3 status) {
// case NFS3_OK:
//    GETATTR3resok  resok;
// default:
//    void;
// };
export type GETATTR3res =
  | { status: nfsstat3.NFS3_OK; resok: GETATTR3resok }
  | { status: Exclude<nfsstat3, nfsstat3.NFS3_OK> };
function read_GETATTR3res(r: XdrReader): GETATTR3res {
  const d = read_nfsstat3(r);
  switch (d) {
    case 0:
      return { status: d, resok: read_GETATTR3resok(r) } as GETATTR3res;
    default:
      return { status: d } as GETATTR3res;
  }
}
function write_GETATTR3res(w: XdrWriter, v: GETATTR3res): void {
  write_nfsstat3(w, v.status);
  switch (v.status) {
    case 0:
      write_GETATTR3resok(w, (v as { resok: GETATTR3resok }).resok);
      break;
    default:
      break;
  }
}
function size_GETATTR3res(v: GETATTR3res): number {
  switch (v.status) {
    case 0:
      return 88;
    default:
      return 4;
  }
}
export const xdr_GETATTR3res: Codec<GETATTR3res> = xdr.codec(read_GETATTR3res, write_GETATTR3res, size_GETATTR3res);

// union sattrguard3 switch (bool check) {
// case TRUE:
//    nfstime3  obj_ctime;
// case FALSE:
//    void;
// };
export type sattrguard3 =
  | { check: true; obj_ctime: nfstime3 }
  | { check: false };
function read_sattrguard3(r: XdrReader): sattrguard3 {
  const d = r.readBool();
  switch (d) {
    case true:
      return { check: d, obj_ctime: read_nfstime3(r) } as sattrguard3;
    case false:
      return { check: d } as sattrguard3;
    default:
      return xdr.badValue('sattrguard3', d);
  }
}
function write_sattrguard3(w: XdrWriter, v: sattrguard3): void {
  w.writeBool(v.check);
  switch (v.check) {
    case true:
      write_nfstime3(w, (v as { obj_ctime: nfstime3 }).obj_ctime);
      break;
    case false:
      break;
    default:
      xdr.badValue('sattrguard3', (v as { check: number | boolean }).check);
  }
}
function size_sattrguard3(v: sattrguard3): number {
  switch (v.check) {
    case true:
      return 12;
    case false:
      return 4;
    default:
      return xdr.badValue('sattrguard3', (v as { check: number | boolean }).check);
  }
}
export const xdr_sattrguard3: Codec<sattrguard3> = xdr.codec(read_sattrguard3, write_sattrguard3, size_sattrguard3);

// struct SETATTR3args {
//    nfs_fh3      object;
//    sattr3       new_attributes;
//    sattrguard3  guard;
// };
export interface SETATTR3args {
  object: nfs_fh3;
  new_attributes: sattr3;
  guard: sattrguard3;
}
function read_SETATTR3args(r: XdrReader): SETATTR3args {
  return {
    object: read_nfs_fh3(r),
    new_attributes: read_sattr3(r),
    guard: read_sattrguard3(r),
  };
}
function write_SETATTR3args(w: XdrWriter, v: SETATTR3args): void {
  write_nfs_fh3(w, v.object);
  write_sattr3(w, v.new_attributes);
  write_sattrguard3(w, v.guard);
}
function size_SETATTR3args(v: SETATTR3args): number {
  return size_nfs_fh3(v.object) + size_sattr3(v.new_attributes) + size_sattrguard3(v.guard);
}
export const xdr_SETATTR3args: Codec<SETATTR3args> = xdr.codec(read_SETATTR3args, write_SETATTR3args, size_SETATTR3args);

// struct SETATTR3resok {
//    wcc_data  obj_wcc;
// };
export interface SETATTR3resok {
  obj_wcc: wcc_data;
}
function read_SETATTR3resok(r: XdrReader): SETATTR3resok {
  return {
    obj_wcc: read_wcc_data(r),
  };
}
function write_SETATTR3resok(w: XdrWriter, v: SETATTR3resok): void {
  write_wcc_data(w, v.obj_wcc);
}
function size_SETATTR3resok(v: SETATTR3resok): number {
  return size_wcc_data(v.obj_wcc);
}
export const xdr_SETATTR3resok: Codec<SETATTR3resok> = xdr.codec(read_SETATTR3resok, write_SETATTR3resok, size_SETATTR3resok);

// struct SETATTR3resfail {
//    wcc_data  obj_wcc;
// };
export interface SETATTR3resfail {
  obj_wcc: wcc_data;
}
function read_SETATTR3resfail(r: XdrReader): SETATTR3resfail {
  return {
    obj_wcc: read_wcc_data(r),
  };
}
function write_SETATTR3resfail(w: XdrWriter, v: SETATTR3resfail): void {
  write_wcc_data(w, v.obj_wcc);
}
function size_SETATTR3resfail(v: SETATTR3resfail): number {
  return size_wcc_data(v.obj_wcc);
}
export const xdr_SETATTR3resfail: Codec<SETATTR3resfail> = xdr.codec(read_SETATTR3resfail, write_SETATTR3resfail, size_SETATTR3resfail);

// union SETATTR3res switch (nfsstat3 status) {
// case NFS3_OK:
//    SETATTR3resok   resok;
// default:
//    SETATTR3resfail resfail;
// };
export type SETATTR3res =
  | { status: nfsstat3.NFS3_OK; resok: SETATTR3resok }
  | { status: Exclude<nfsstat3, nfsstat3.NFS3_OK>; resfail: SETATTR3resfail };
function read_SETATTR3res(r: XdrReader): SETATTR3res {
  const d = read_nfsstat3(r);
  switch (d) {
    case 0:
      return { status: d, resok: read_SETATTR3resok(r) } as SETATTR3res;
    default:
      return { status: d, resfail: read_SETATTR3resfail(r) } as SETATTR3res;
  }
}
function write_SETATTR3res(w: XdrWriter, v: SETATTR3res): void {
  write_nfsstat3(w, v.status);
  switch (v.status) {
    case 0:
      write_SETATTR3resok(w, (v as { resok: SETATTR3resok }).resok);
      break;
    default:
      write_SETATTR3resfail(w, (v as { resfail: SETATTR3resfail }).resfail);
      break;
  }
}
function size_SETATTR3res(v: SETATTR3res): number {
  switch (v.status) {
    case 0:
      return 4 + size_SETATTR3resok((v as { resok: SETATTR3resok }).resok);
    default:
      return 4 + size_SETATTR3resfail((v as { resfail: SETATTR3resfail }).resfail);
  }
}
export const xdr_SETATTR3res: Codec<SETATTR3res> = xdr.codec(read_SETATTR3res, write_SETATTR3res, size_SETATTR3res);

// struct LOOKUP3args {
//    diropargs3  what;
// };
export interface LOOKUP3args {
  what: diropargs3;
}
function read_LOOKUP3args(r: XdrReader): LOOKUP3args {
  return {
    what: read_diropargs3(r),
  };
}
function write_LOOKUP3args(w: XdrWriter, v: LOOKUP3args): void {
  write_diropargs3(w, v.what);
}
function size_LOOKUP3args(v: LOOKUP3args): number {
  return size_diropargs3(v.what);
}
export const xdr_LOOKUP3args: Codec<LOOKUP3args> = xdr.codec(read_LOOKUP3args, write_LOOKUP3args, size_LOOKUP3args);

// struct LOOKUP3resok {
//    nfs_fh3      object;
//    post_op_attr obj_attributes;
//    post_op_attr dir_attributes;
// };
export interface LOOKUP3resok {
  object: nfs_fh3;
  obj_attributes: post_op_attr;
  dir_attributes: post_op_attr;
}
function read_LOOKUP3resok(r: XdrReader): LOOKUP3resok {
  return {
    object: read_nfs_fh3(r),
    obj_attributes: read_post_op_attr(r),
    dir_attributes: read_post_op_attr(r),
  };
}
function write_LOOKUP3resok(w: XdrWriter, v: LOOKUP3resok): void {
  write_nfs_fh3(w, v.object);
  write_post_op_attr(w, v.obj_attributes);
  write_post_op_attr(w, v.dir_attributes);
}
function size_LOOKUP3resok(v: LOOKUP3resok): number {
  return size_nfs_fh3(v.object) + size_post_op_attr(v.obj_attributes) + size_post_op_attr(v.dir_attributes);
}
export const xdr_LOOKUP3resok: Codec<LOOKUP3resok> = xdr.codec(read_LOOKUP3resok, write_LOOKUP3resok, size_LOOKUP3resok);

// struct LOOKUP3resfail {
//    post_op_attr dir_attributes;
// };
export interface LOOKUP3resfail {
  dir_attributes: post_op_attr;
}
function read_LOOKUP3resfail(r: XdrReader): LOOKUP3resfail {
  return {
    dir_attributes: read_post_op_attr(r),
  };
}
function write_LOOKUP3resfail(w: XdrWriter, v: LOOKUP3resfail): void {
  write_post_op_attr(w, v.dir_attributes);
}
function size_LOOKUP3resfail(v: LOOKUP3resfail): number {
  return size_post_op_attr(v.dir_attributes);
}
export const xdr_LOOKUP3resfail: Codec<LOOKUP3resfail> = xdr.codec(read_LOOKUP3resfail, write_LOOKUP3resfail, size_LOOKUP3resfail);

// union LOOKUP3res switch (nfsstat3 status) {
// case NFS3_OK:
//    LOOKUP3resok    resok;
// default:
//    LOOKUP3resfail  resfail;
// };
export type LOOKUP3res =
  | { status: nfsstat3.NFS3_OK; resok: LOOKUP3resok }
  | { status: Exclude<nfsstat3, nfsstat3.NFS3_OK>; resfail: LOOKUP3resfail };
function read_LOOKUP3res(r: XdrReader): LOOKUP3res {
  const d = read_nfsstat3(r);
  switch (d) {
    case 0:
      return { status: d, resok: read_LOOKUP3resok(r) } as LOOKUP3res;
    default:
      return { status: d, resfail: read_LOOKUP3resfail(r) } as LOOKUP3res;
  }
}
function write_LOOKUP3res(w: XdrWriter, v: LOOKUP3res): void {
  write_nfsstat3(w, v.status);
  switch (v.status) {
    case 0:
      write_LOOKUP3resok(w, (v as { resok: LOOKUP3resok }).resok);
      break;
    default:
      write_LOOKUP3resfail(w, (v as { resfail: LOOKUP3resfail }).resfail);
      break;
  }
}
function size_LOOKUP3res(v: LOOKUP3res): number {
  switch (v.status) {
    case 0:
      return 4 + size_LOOKUP3resok((v as { resok: LOOKUP3resok }).resok);
    default:
      return 4 + size_LOOKUP3resfail((v as { resfail: LOOKUP3resfail }).resfail);
  }
}
export const xdr_LOOKUP3res: Codec<LOOKUP3res> = xdr.codec(read_LOOKUP3res, write_LOOKUP3res, size_LOOKUP3res);

// struct ACCESS3args {
//    nfs_fh3  object;
//    uint32   access;
// };
export interface ACCESS3args {
  object: nfs_fh3;
  access: uint32;
}
function read_ACCESS3args(r: XdrReader): ACCESS3args {
  return {
    object: read_nfs_fh3(r),
    access: read_uint32(r),
  };
}
function write_ACCESS3args(w: XdrWriter, v: ACCESS3args): void {
  write_nfs_fh3(w, v.object);
  write_uint32(w, v.access);
}
function size_ACCESS3args(v: ACCESS3args): number {
  return 4 + size_nfs_fh3(v.object);
}
export const xdr_ACCESS3args: Codec<ACCESS3args> = xdr.codec(read_ACCESS3args, write_ACCESS3args, size_ACCESS3args);

// struct ACCESS3resok {
//    post_op_attr   obj_attributes;
//    uint32         access;
// };
export interface ACCESS3resok {
  obj_attributes: post_op_attr;
  access: uint32;
}
function read_ACCESS3resok(r: XdrReader): ACCESS3resok {
  return {
    obj_attributes: read_post_op_attr(r),
    access: read_uint32(r),
  };
}
function write_ACCESS3resok(w: XdrWriter, v: ACCESS3resok): void {
  write_post_op_attr(w, v.obj_attributes);
  write_uint32(w, v.access);
}
function size_ACCESS3resok(v: ACCESS3resok): number {
  return 4 + size_post_op_attr(v.obj_attributes);
}
export const xdr_ACCESS3resok: Codec<ACCESS3resok> = xdr.codec(read_ACCESS3resok, write_ACCESS3resok, size_ACCESS3resok);

// struct ACCESS3resfail {
//    post_op_attr   obj_attributes;
// };
export interface ACCESS3resfail {
  obj_attributes: post_op_attr;
}
function read_ACCESS3resfail(r: XdrReader): ACCESS3resfail {
  return {
    obj_attributes: read_post_op_attr(r),
  };
}
function write_ACCESS3resfail(w: XdrWriter, v: ACCESS3resfail): void {
  write_post_op_attr(w, v.obj_attributes);
}
function size_ACCESS3resfail(v: ACCESS3resfail): number {
  return size_post_op_attr(v.obj_attributes);
}
export const xdr_ACCESS3resfail: Codec<ACCESS3resfail> = xdr.codec(read_ACCESS3resfail, write_ACCESS3resfail, size_ACCESS3resfail);

// union ACCESS3res switch (nfsstat3 status) {
// case NFS3_OK:
//    ACCESS3resok   resok;
// default:
//    ACCESS3resfail resfail;
// };
export type ACCESS3res =
  | { status: nfsstat3.NFS3_OK; resok: ACCESS3resok }
  | { status: Exclude<nfsstat3, nfsstat3.NFS3_OK>; resfail: ACCESS3resfail };
function read_ACCESS3res(r: XdrReader): ACCESS3res {
  const d = read_nfsstat3(r);
  switch (d) {
    case 0:
      return { status: d, resok: read_ACCESS3resok(r) } as ACCESS3res;
    default:
      return { status: d, resfail: read_ACCESS3resfail(r) } as ACCESS3res;
  }
}
function write_ACCESS3res(w: XdrWriter, v: ACCESS3res): void {
  write_nfsstat3(w, v.status);
  switch (v.status) {
    case 0:
      write_ACCESS3resok(w, (v as { resok: ACCESS3resok }).resok);
      break;
    default:
      write_ACCESS3resfail(w, (v as { resfail: ACCESS3resfail }).resfail);
      break;
  }
}
function size_ACCESS3res(v: ACCESS3res): number {
  switch (v.status) {
    case 0:
      return 4 + size_ACCESS3resok((v as { resok: ACCESS3resok }).resok);
    default:
      return 4 + size_ACCESS3resfail((v as { resfail: ACCESS3resfail }).resfail);
  }
}
export const xdr_ACCESS3res: Codec<ACCESS3res> = xdr.codec(read_ACCESS3res, write_ACCESS3res, size_ACCESS3res);

// struct READLINK3args {
//    nfs_fh3  symlink;
// };
export interface READLINK3args {
  symlink: nfs_fh3;
}
function read_READLINK3args(r: XdrReader): READLINK3args {
  return {
    symlink: read_nfs_fh3(r),
  };
}
function write_READLINK3args(w: XdrWriter, v: READLINK3args): void {
  write_nfs_fh3(w, v.symlink);
}
function size_READLINK3args(v: READLINK3args): number {
  return size_nfs_fh3(v.symlink);
}
export const xdr_READLINK3args: Codec<READLINK3args> = xdr.codec(read_READLINK3args, write_READLINK3args, size_READLINK3args);

// struct READLINK3resok {
//    post_op_attr   symlink_attributes;
//    nfspath3       data;
// };
export interface READLINK3resok {
  symlink_attributes: post_op_attr;
  data: nfspath3;
}
function read_READLINK3resok(r: XdrReader): READLINK3resok {
  return {
    symlink_attributes: read_post_op_attr(r),
    data: read_nfspath3(r),
  };
}
function write_READLINK3resok(w: XdrWriter, v: READLINK3resok): void {
  write_post_op_attr(w, v.symlink_attributes);
  write_nfspath3(w, v.data);
}
function size_READLINK3resok(v: READLINK3resok): number {
  return size_post_op_attr(v.symlink_attributes) + size_nfspath3(v.data);
}
export const xdr_READLINK3resok: Codec<READLINK3resok> = xdr.codec(read_READLINK3resok, write_READLINK3resok, size_READLINK3resok);

// struct READLINK3resfail {
//    post_op_attr   symlink_attributes;
// };
export interface READLINK3resfail {
  symlink_attributes: post_op_attr;
}
function read_READLINK3resfail(r: XdrReader): READLINK3resfail {
  return {
    symlink_attributes: read_post_op_attr(r),
  };
}
function write_READLINK3resfail(w: XdrWriter, v: READLINK3resfail): void {
  write_post_op_attr(w, v.symlink_attributes);
}
function size_READLINK3resfail(v: READLINK3resfail): number {
  return size_post_op_attr(v.symlink_attributes);
}
export const xdr_READLINK3resfail: Codec<READLINK3resfail> = xdr.codec(read_READLINK3resfail, write_READLINK3resfail, size_READLINK3resfail);

// union READLINK3res switch (nfsstat3 status) {
// case NFS3_OK:
//    READLINK3resok   resok;
// default:
//    READLINK3resfail resfail;
// };
export type READLINK3res =
  | { status: nfsstat3.NFS3_OK; resok: READLINK3resok }
  | { status: Exclude<nfsstat3, nfsstat3.NFS3_OK>; resfail: READLINK3resfail };
function read_READLINK3res(r: XdrReader): READLINK3res {
  const d = read_nfsstat3(r);
  switch (d) {
    case 0:
      return { status: d, resok: read_READLINK3resok(r) } as READLINK3res;
    default:
      return { status: d, resfail: read_READLINK3resfail(r) } as READLINK3res;
  }
}
function write_READLINK3res(w: XdrWriter, v: READLINK3res): void {
  write_nfsstat3(w, v.status);
  switch (v.status) {
    case 0:
      write_READLINK3resok(w, (v as { resok: READLINK3resok }).resok);
      break;
    default:
      write_READLINK3resfail(w, (v as { resfail: READLINK3resfail }).resfail);
      break;
  }
}
function size_READLINK3res(v: READLINK3res): number {
  switch (v.status) {
    case 0:
      return 4 + size_READLINK3resok((v as { resok: READLINK3resok }).resok);
    default:
      return 4 + size_READLINK3resfail((v as { resfail: READLINK3resfail }).resfail);
  }
}
export const xdr_READLINK3res: Codec<READLINK3res> = xdr.codec(read_READLINK3res, write_READLINK3res, size_READLINK3res);

// struct READ3args {
//    nfs_fh3  file;
//    offset3  offset;
//    count3   count;
// };
export interface READ3args {
  file: nfs_fh3;
  offset: offset3;
  count: count3;
}
function read_READ3args(r: XdrReader): READ3args {
  return {
    file: read_nfs_fh3(r),
    offset: read_offset3(r),
    count: read_count3(r),
  };
}
function write_READ3args(w: XdrWriter, v: READ3args): void {
  write_nfs_fh3(w, v.file);
  write_offset3(w, v.offset);
  write_count3(w, v.count);
}
function size_READ3args(v: READ3args): number {
  return 12 + size_nfs_fh3(v.file);
}
export const xdr_READ3args: Codec<READ3args> = xdr.codec(read_READ3args, write_READ3args, size_READ3args);

// struct READ3resok {
//    post_op_attr   file_attributes;
//    count3         count;
//    bool           eof;
//    opaque         data<>;
// };
export interface READ3resok {
  file_attributes: post_op_attr;
  count: count3;
  eof: boolean;
  data: Buffer;
}
function read_READ3resok(r: XdrReader): READ3resok {
  return {
    file_attributes: read_post_op_attr(r),
    count: read_count3(r),
    eof: r.readBool(),
    data: r.readOpaque(xdr.XDR_UNBOUNDED),
  };
}
function write_READ3resok(w: XdrWriter, v: READ3resok): void {
  write_post_op_attr(w, v.file_attributes);
  write_count3(w, v.count);
  w.writeBool(v.eof);
  w.writeOpaque(v.data);
}
function size_READ3resok(v: READ3resok): number {
  return 8 + size_post_op_attr(v.file_attributes) + xdr.sizeOpaque(v.data);
}
export const xdr_READ3resok: Codec<READ3resok> = xdr.codec(read_READ3resok, write_READ3resok, size_READ3resok);

// struct READ3resfail {
//    post_op_attr   file_attributes;
// };
export interface READ3resfail {
  file_attributes: post_op_attr;
}
function read_READ3resfail(r: XdrReader): READ3resfail {
  return {
    file_attributes: read_post_op_attr(r),
  };
}
function write_READ3resfail(w: XdrWriter, v: READ3resfail): void {
  write_post_op_attr(w, v.file_attributes);
}
function size_READ3resfail(v: READ3resfail): number {
  return size_post_op_attr(v.file_attributes);
}
export const xdr_READ3resfail: Codec<READ3resfail> = xdr.codec(read_READ3resfail, write_READ3resfail, size_READ3resfail);

// union READ3res switch (nfsstat3 status) {
// case NFS3_OK:
//    READ3resok   resok;
// default:
//    READ3resfail resfail;
// };
export type READ3res =
  | { status: nfsstat3.NFS3_OK; resok: READ3resok }
  | { status: Exclude<nfsstat3, nfsstat3.NFS3_OK>; resfail: READ3resfail };
function read_READ3res(r: XdrReader): READ3res {
  const d = read_nfsstat3(r);
  switch (d) {
    case 0:
      return { status: d, resok: read_READ3resok(r) } as READ3res;
    default:
      return { status: d, resfail: read_READ3resfail(r) } as READ3res;
  }
}
function write_READ3res(w: XdrWriter, v: READ3res): void {
  write_nfsstat3(w, v.status);
  switch (v.status) {
    case 0:
      write_READ3resok(w, (v as { resok: READ3resok }).resok);
      break;
    default:
      write_READ3resfail(w, (v as { resfail: READ3resfail }).resfail);
      break;
  }
}
function size_READ3res(v: READ3res): number {
  switch (v.status) {
    case 0:
      return 4 + size_READ3resok((v as { resok: READ3resok }).resok);
    default:
      return 4 + size_READ3resfail((v as { resfail: READ3resfail }).resfail);
  }
}
export const xdr_READ3res: Codec<READ3res> = xdr.codec(read_READ3res, write_READ3res, size_READ3res);

// enum stable_how {
//    UNSTABLE  = 0,
//    DATA_SYNC = 1,
//    FILE_SYNC = 2
// };
export enum stable_how {
  UNSTABLE = 0,
  DATA_SYNC = 1,
  FILE_SYNC = 2,
}
function read_stable_how(r: XdrReader): stable_how {
  const v = r.readInt();
  if (v < 0 || v > 2) return xdr.badValue('stable_how', v);
  return v as stable_how;
}
function write_stable_how(w: XdrWriter, v: stable_how): void {
  w.writeInt(v);
}
function size_stable_how(_v: stable_how): number {
  return 4;
}
export const xdr_stable_how: Codec<stable_how> = xdr.codec(read_stable_how, write_stable_how, size_stable_how);

// struct WRITE3args {
//    nfs_fh3     file;
//    offset3     offset;
//    count3      count;
//    stable_how  stable;
//    opaque      data<>;
// };
export interface WRITE3args {
  file: nfs_fh3;
  offset: offset3;
  count: count3;
  stable: stable_how;
  data: Buffer;
}
function read_WRITE3args(r: XdrReader): WRITE3args {
  return {
    file: read_nfs_fh3(r),
    offset: read_offset3(r),
    count: read_count3(r),
    stable: read_stable_how(r),
    data: r.readOpaque(xdr.XDR_UNBOUNDED),
  };
}
function write_WRITE3args(w: XdrWriter, v: WRITE3args): void {
  write_nfs_fh3(w, v.file);
  write_offset3(w, v.offset);
  write_count3(w, v.count);
  write_stable_how(w, v.stable);
  w.writeOpaque(v.data);
}
function size_WRITE3args(v: WRITE3args): number {
  return 16 + size_nfs_fh3(v.file) + xdr.sizeOpaque(v.data);
}
export const xdr_WRITE3args: Codec<WRITE3args> = xdr.codec(read_WRITE3args, write_WRITE3args, size_WRITE3args);

// struct WRITE3resok {
//    wcc_data    file_wcc;
//    count3      count;
//    stable_how  committed;
//    writeverf3  verf;
// };
export interface WRITE3resok {
  file_wcc: wcc_data;
  count: count3;
  committed: stable_how;
  verf: writeverf3;
}
function read_WRITE3resok(r: XdrReader): WRITE3resok {
  return {
    file_wcc: read_wcc_data(r),
    count: read_count3(r),
    committed: read_stable_how(r),
    verf: read_writeverf3(r),
  };
}
function write_WRITE3resok(w: XdrWriter, v: WRITE3resok): void {
  write_wcc_data(w, v.file_wcc);
  write_count3(w, v.count);
  write_stable_how(w, v.committed);
  write_writeverf3(w, v.verf);
}
function size_WRITE3resok(v: WRITE3resok): number {
  return 16 + size_wcc_data(v.file_wcc);
}
export const xdr_WRITE3resok: Codec<WRITE3resok> = xdr.codec(read_WRITE3resok, write_WRITE3resok, size_WRITE3resok);

// struct WRITE3resfail {
//    wcc_data    file_wcc;
// };
export interface WRITE3resfail {
  file_wcc: wcc_data;
}
function read_WRITE3resfail(r: XdrReader): WRITE3resfail {
  return {
    file_wcc: read_wcc_data(r),
  };
}
function write_WRITE3resfail(w: XdrWriter, v: WRITE3resfail): void {
  write_wcc_data(w, v.file_wcc);
}
function size_WRITE3resfail(v: WRITE3resfail): number {
  return size_wcc_data(v.file_wcc);
}
export const xdr_WRITE3resfail: Codec<WRITE3resfail> = xdr.codec(read_WRITE3resfail, write_WRITE3resfail, size_WRITE3resfail);

// union WRITE3res switch (nfsstat3 status) {
// case NFS3_OK:
//    WRITE3resok    resok;
// default:
//    WRITE3resfail  resfail;
// };
export type WRITE3res =
  | { status: nfsstat3.NFS3_OK; resok: WRITE3resok }
  | { status: Exclude<nfsstat3, nfsstat3.NFS3_OK>; resfail: WRITE3resfail };
function read_WRITE3res(r: XdrReader): WRITE3res {
  const d = read_nfsstat3(r);
  switch (d) {
    case 0:
      return { status: d, resok: read_WRITE3resok(r) } as WRITE3res;
    default:
      return { status: d, resfail: read_WRITE3resfail(r) } as WRITE3res;
  }
}
function write_WRITE3res(w: XdrWriter, v: WRITE3res): void {
  write_nfsstat3(w, v.status);
  switch (v.status) {
    case 0:
      write_WRITE3resok(w, (v as { resok: WRITE3resok }).resok);
      break;
    default:
      write_WRITE3resfail(w, (v as { resfail: WRITE3resfail }).resfail);
      break;
  }
}
function size_WRITE3res(v: WRITE3res): number {
  switch (v.status) {
    case 0:
      return 4 + size_WRITE3resok((v as { resok: WRITE3resok }).resok);
    default:
      return 4 + size_WRITE3resfail((v as { resfail: WRITE3resfail }).resfail);
  }
}
export const xdr_WRITE3res: Codec<WRITE3res> = xdr.codec(read_WRITE3res, write_WRITE3res, size_WRITE3res);

// enum createmode3 {
//    UNCHECKED = 0,
//    GUARDED   = 1,
//    EXCLUSIVE = 2
// };
export enum createmode3 {
  UNCHECKED = 0,
  GUARDED = 1,
  EXCLUSIVE = 2,
}
function read_createmode3(r: XdrReader): createmode3 {
  const v = r.readInt();
  if (v < 0 || v > 2) return xdr.badValue('createmode3', v);
  return v as createmode3;
}
function write_createmode3(w: XdrWriter, v: createmode3): void {
  w.writeInt(v);
}
function size_createmode3(_v: createmode3): number {
  return 4;
}
export const xdr_createmode3: Codec<createmode3> = xdr.codec(read_createmode3, write_createmode3, size_createmode3);

// union createhow3 switch (createmode3 mode) {
// case UNCHECKED:
// case GUARDED:
//    sattr3       obj_attributes;
// case EXCLUSIVE:
//    createverf3  verf;
// };
export type createhow3 =
  | { mode: createmode3.UNCHECKED | createmode3.GUARDED; obj_attributes: sattr3 }
  | { mode: createmode3.EXCLUSIVE; verf: createverf3 };
function read_createhow3(r: XdrReader): createhow3 {
  const d = read_createmode3(r);
  switch (d) {
    case 0:
    case 1:
      return { mode: d, obj_attributes: read_sattr3(r) } as createhow3;
    case 2:
      return { mode: d, verf: read_createverf3(r) } as createhow3;
    default:
      return xdr.badValue('createhow3', d);
  }
}
function write_createhow3(w: XdrWriter, v: createhow3): void {
  write_createmode3(w, v.mode);
  switch (v.mode) {
    case 0:
    case 1:
      write_sattr3(w, (v as { obj_attributes: sattr3 }).obj_attributes);
      break;
    case 2:
      write_createverf3(w, (v as { verf: createverf3 }).verf);
      break;
    default:
      xdr.badValue('createhow3', (v as { mode: number | boolean }).mode);
  }
}
function size_createhow3(v: createhow3): number {
  switch (v.mode) {
    case 0:
    case 1:
      return 4 + size_sattr3((v as { obj_attributes: sattr3 }).obj_attributes);
    case 2:
      return 12;
    default:
      return xdr.badValue('createhow3', (v as { mode: number | boolean }).mode);
  }
}
export const xdr_createhow3: Codec<createhow3> = xdr.codec(read_createhow3, write_createhow3, size_createhow3);

// struct CREATE3args {
//    diropargs3   where;
//    createhow3   how;
// };
export interface CREATE3args {
  where: diropargs3;
  how: createhow3;
}
function read_CREATE3args(r: XdrReader): CREATE3args {
  return {
    where: read_diropargs3(r),
    how: read_createhow3(r),
  };
}
function write_CREATE3args(w: XdrWriter, v: CREATE3args): void {
  write_diropargs3(w, v.where);
  write_createhow3(w, v.how);
}
function size_CREATE3args(v: CREATE3args): number {
  return size_diropargs3(v.where) + size_createhow3(v.how);
}
export const xdr_CREATE3args: Codec<CREATE3args> = xdr.codec(read_CREATE3args, write_CREATE3args, size_CREATE3args);

// struct CREATE3resok {
//    post_op_fh3   obj;
//    post_op_attr  obj_attributes;
//    wcc_data      dir_wcc;
// };
export interface CREATE3resok {
  obj: post_op_fh3;
  obj_attributes: post_op_attr;
  dir_wcc: wcc_data;
}
function read_CREATE3resok(r: XdrReader): CREATE3resok {
  return {
    obj: read_post_op_fh3(r),
    obj_attributes: read_post_op_attr(r),
    dir_wcc: read_wcc_data(r),
  };
}
function write_CREATE3resok(w: XdrWriter, v: CREATE3resok): void {
  write_post_op_fh3(w, v.obj);
  write_post_op_attr(w, v.obj_attributes);
  write_wcc_data(w, v.dir_wcc);
}
function size_CREATE3resok(v: CREATE3resok): number {
  return size_post_op_fh3(v.obj) + size_post_op_attr(v.obj_attributes) + size_wcc_data(v.dir_wcc);
}
export const xdr_CREATE3resok: Codec<CREATE3resok> = xdr.codec(read_CREATE3resok, write_CREATE3resok, size_CREATE3resok);

// struct CREATE3resfail {
//    wcc_data      dir_wcc;
// };
export interface CREATE3resfail {
  dir_wcc: wcc_data;
}
function read_CREATE3resfail(r: XdrReader): CREATE3resfail {
  return {
    dir_wcc: read_wcc_data(r),
  };
}
function write_CREATE3resfail(w: XdrWriter, v: CREATE3resfail): void {
  write_wcc_data(w, v.dir_wcc);
}
function size_CREATE3resfail(v: CREATE3resfail): number {
  return size_wcc_data(v.dir_wcc);
}
export const xdr_CREATE3resfail: Codec<CREATE3resfail> = xdr.codec(read_CREATE3resfail, write_CREATE3resfail, size_CREATE3resfail);

// union CREATE3res switch (nfsstat3 status) {
// case NFS3_OK:
//    CREATE3resok    resok;
// default:
//    CREATE3resfail  resfail;
// };
export type CREATE3res =
  | { status: nfsstat3.NFS3_OK; resok: CREATE3resok }
  | { status: Exclude<nfsstat3, nfsstat3.NFS3_OK>; resfail: CREATE3resfail };
function read_CREATE3res(r: XdrReader): CREATE3res {
  const d = read_nfsstat3(r);
  switch (d) {
    case 0:
      return { status: d, resok: read_CREATE3resok(r) } as CREATE3res;
    default:
      return { status: d, resfail: read_CREATE3resfail(r) } as CREATE3res;
  }
}
function write_CREATE3res(w: XdrWriter, v: CREATE3res): void {
  write_nfsstat3(w, v.status);
  switch (v.status) {
    case 0:
      write_CREATE3resok(w, (v as { resok: CREATE3resok }).resok);
      break;
    default:
      write_CREATE3resfail(w, (v as { resfail: CREATE3resfail }).resfail);
      break;
  }
}
function size_CREATE3res(v: CREATE3res): number {
  switch (v.status) {
    case 0:
      return 4 + size_CREATE3resok((v as { resok: CREATE3resok }).resok);
    default:
      return 4 + size_CREATE3resfail((v as { resfail: CREATE3resfail }).resfail);
  }
}
export const xdr_CREATE3res: Codec<CREATE3res> = xdr.codec(read_CREATE3res, write_CREATE3res, size_CREATE3res);

// struct MKDIR3args {
//    diropargs3   where;
//    sattr3       attributes;
// };
export interface MKDIR3args {
  where: diropargs3;
  attributes: sattr3;
}
function read_MKDIR3args(r: XdrReader): MKDIR3args {
  return {
    where: read_diropargs3(r),
    attributes: read_sattr3(r),
  };
}
function write_MKDIR3args(w: XdrWriter, v: MKDIR3args): void {
  write_diropargs3(w, v.where);
  write_sattr3(w, v.attributes);
}
function size_MKDIR3args(v: MKDIR3args): number {
  return size_diropargs3(v.where) + size_sattr3(v.attributes);
}
export const xdr_MKDIR3args: Codec<MKDIR3args> = xdr.codec(read_MKDIR3args, write_MKDIR3args, size_MKDIR3args);

// struct MKDIR3resok {
//    post_op_fh3   obj;
//    post_op_attr  obj_attributes;
//    wcc_data      dir_wcc;
// };
export interface MKDIR3resok {
  obj: post_op_fh3;
  obj_attributes: post_op_attr;
  dir_wcc: wcc_data;
}
function read_MKDIR3resok(r: XdrReader): MKDIR3resok {
  return {
    obj: read_post_op_fh3(r),
    obj_attributes: read_post_op_attr(r),
    dir_wcc: read_wcc_data(r),
  };
}
function write_MKDIR3resok(w: XdrWriter, v: MKDIR3resok): void {
  write_post_op_fh3(w, v.obj);
  write_post_op_attr(w, v.obj_attributes);
  write_wcc_data(w, v.dir_wcc);
}
function size_MKDIR3resok(v: MKDIR3resok): number {
  return size_post_op_fh3(v.obj) + size_post_op_attr(v.obj_attributes) + size_wcc_data(v.dir_wcc);
}
export const xdr_MKDIR3resok: Codec<MKDIR3resok> = xdr.codec(read_MKDIR3resok, write_MKDIR3resok, size_MKDIR3resok);

// struct MKDIR3resfail {
//    wcc_data      dir_wcc;
// };
export interface MKDIR3resfail {
  dir_wcc: wcc_data;
}
function read_MKDIR3resfail(r: XdrReader): MKDIR3resfail {
  return {
    dir_wcc: read_wcc_data(r),
  };
}
function write_MKDIR3resfail(w: XdrWriter, v: MKDIR3resfail): void {
  write_wcc_data(w, v.dir_wcc);
}
function size_MKDIR3resfail(v: MKDIR3resfail): number {
  return size_wcc_data(v.dir_wcc);
}
export const xdr_MKDIR3resfail: Codec<MKDIR3resfail> = xdr.codec(read_MKDIR3resfail, write_MKDIR3resfail, size_MKDIR3resfail);

// union MKDIR3res switch (nfsstat3 status) {
// case NFS3_OK:
//    MKDIR3resok   resok;
// default:
//    MKDIR3resfail resfail;
// };
export type MKDIR3res =
  | { status: nfsstat3.NFS3_OK; resok: MKDIR3resok }
  | { status: Exclude<nfsstat3, nfsstat3.NFS3_OK>; resfail: MKDIR3resfail };
function read_MKDIR3res(r: XdrReader): MKDIR3res {
  const d = read_nfsstat3(r);
  switch (d) {
    case 0:
      return { status: d, resok: read_MKDIR3resok(r) } as MKDIR3res;
    default:
      return { status: d, resfail: read_MKDIR3resfail(r) } as MKDIR3res;
  }
}
function write_MKDIR3res(w: XdrWriter, v: MKDIR3res): void {
  write_nfsstat3(w, v.status);
  switch (v.status) {
    case 0:
      write_MKDIR3resok(w, (v as { resok: MKDIR3resok }).resok);
      break;
    default:
      write_MKDIR3resfail(w, (v as { resfail: MKDIR3resfail }).resfail);
      break;
  }
}
function size_MKDIR3res(v: MKDIR3res): number {
  switch (v.status) {
    case 0:
      return 4 + size_MKDIR3resok((v as { resok: MKDIR3resok }).resok);
    default:
      return 4 + size_MKDIR3resfail((v as { resfail: MKDIR3resfail }).resfail);
  }
}
export const xdr_MKDIR3res: Codec<MKDIR3res> = xdr.codec(read_MKDIR3res, write_MKDIR3res, size_MKDIR3res);

// struct symlinkdata3 {
//    sattr3    symlink_attributes;
//    nfspath3  symlink_data;
// };
export interface symlinkdata3 {
  symlink_attributes: sattr3;
  symlink_data: nfspath3;
}
function read_symlinkdata3(r: XdrReader): symlinkdata3 {
  return {
    symlink_attributes: read_sattr3(r),
    symlink_data: read_nfspath3(r),
  };
}
function write_symlinkdata3(w: XdrWriter, v: symlinkdata3): void {
  write_sattr3(w, v.symlink_attributes);
  write_nfspath3(w, v.symlink_data);
}
function size_symlinkdata3(v: symlinkdata3): number {
  return size_sattr3(v.symlink_attributes) + size_nfspath3(v.symlink_data);
}
export const xdr_symlinkdata3: Codec<symlinkdata3> = xdr.codec(read_symlinkdata3, write_symlinkdata3, size_symlinkdata3);

// struct SYMLINK3args {
//    diropargs3    where;
//    symlinkdata3  symlink;
// };
export interface SYMLINK3args {
  where: diropargs3;
  symlink: symlinkdata3;
}
function read_SYMLINK3args(r: XdrReader): SYMLINK3args {
  return {
    where: read_diropargs3(r),
    symlink: read_symlinkdata3(r),
  };
}
function write_SYMLINK3args(w: XdrWriter, v: SYMLINK3args): void {
  write_diropargs3(w, v.where);
  write_symlinkdata3(w, v.symlink);
}
function size_SYMLINK3args(v: SYMLINK3args): number {
  return size_diropargs3(v.where) + size_symlinkdata3(v.symlink);
}
export const xdr_SYMLINK3args: Codec<SYMLINK3args> = xdr.codec(read_SYMLINK3args, write_SYMLINK3args, size_SYMLINK3args);

// struct SYMLINK3resok {
//    post_op_fh3   obj;
//    post_op_attr  obj_attributes;
//    wcc_data      dir_wcc;
// };
export interface SYMLINK3resok {
  obj: post_op_fh3;
  obj_attributes: post_op_attr;
  dir_wcc: wcc_data;
}
function read_SYMLINK3resok(r: XdrReader): SYMLINK3resok {
  return {
    obj: read_post_op_fh3(r),
    obj_attributes: read_post_op_attr(r),
    dir_wcc: read_wcc_data(r),
  };
}
function write_SYMLINK3resok(w: XdrWriter, v: SYMLINK3resok): void {
  write_post_op_fh3(w, v.obj);
  write_post_op_attr(w, v.obj_attributes);
  write_wcc_data(w, v.dir_wcc);
}
function size_SYMLINK3resok(v: SYMLINK3resok): number {
  return size_post_op_fh3(v.obj) + size_post_op_attr(v.obj_attributes) + size_wcc_data(v.dir_wcc);
}
export const xdr_SYMLINK3resok: Codec<SYMLINK3resok> = xdr.codec(read_SYMLINK3resok, write_SYMLINK3resok, size_SYMLINK3resok);

// struct SYMLINK3resfail {
//    wcc_data      dir_wcc;
// };
export interface SYMLINK3resfail {
  dir_wcc: wcc_data;
}
function read_SYMLINK3resfail(r: XdrReader): SYMLINK3resfail {
  return {
    dir_wcc: read_wcc_data(r),
  };
}
function write_SYMLINK3resfail(w: XdrWriter, v: SYMLINK3resfail): void {
  write_wcc_data(w, v.dir_wcc);
}
function size_SYMLINK3resfail(v: SYMLINK3resfail): number {
  return size_wcc_data(v.dir_wcc);
}
export const xdr_SYMLINK3resfail: Codec<SYMLINK3resfail> = xdr.codec(read_SYMLINK3resfail, write_SYMLINK3resfail, size_SYMLINK3resfail);

// union SYMLINK3res switch (nfsstat3 status) {
// case NFS3_OK:
//    SYMLINK3resok   resok;
// default:
//    SYMLINK3resfail resfail;
// };
export type SYMLINK3res =
  | { status: nfsstat3.NFS3_OK; resok: SYMLINK3resok }
  | { status: Exclude<nfsstat3, nfsstat3.NFS3_OK>; resfail: SYMLINK3resfail };
function read_SYMLINK3res(r: XdrReader): SYMLINK3res {
  const d = read_nfsstat3(r);
  switch (d) {
    case 0:
      return { status: d, resok: read_SYMLINK3resok(r) } as SYMLINK3res;
    default:
      return { status: d, resfail: read_SYMLINK3resfail(r) } as SYMLINK3res;
  }
}
function write_SYMLINK3res(w: XdrWriter, v: SYMLINK3res): void {
  write_nfsstat3(w, v.status);
  switch (v.status) {
    case 0:
      write_SYMLINK3resok(w, (v as { resok: SYMLINK3resok }).resok);
      break;
    default:
      write_SYMLINK3resfail(w, (v as { resfail: SYMLINK3resfail }).resfail);
      break;
  }
}
function size_SYMLINK3res(v: SYMLINK3res): number {
  switch (v.status) {
    case 0:
      return 4 + size_SYMLINK3resok((v as { resok: SYMLINK3resok }).resok);
    default:
      return 4 + size_SYMLINK3resfail((v as { resfail: SYMLINK3resfail }).resfail);
  }
}
export const xdr_SYMLINK3res: Codec<SYMLINK3res> = xdr.codec(read_SYMLINK3res, write_SYMLINK3res, size_SYMLINK3res);

// struct devicedata3 {
//    sattr3     dev_attributes;
//    specdata3  spec;
// };
export interface devicedata3 {
  dev_attributes: sattr3;
  spec: specdata3;
}
function read_devicedata3(r: XdrReader): devicedata3 {
  return {
    dev_attributes: read_sattr3(r),
    spec: read_specdata3(r),
  };
}
function write_devicedata3(w: XdrWriter, v: devicedata3): void {
  write_sattr3(w, v.dev_attributes);
  write_specdata3(w, v.spec);
}
function size_devicedata3(v: devicedata3): number {
  return 8 + size_sattr3(v.dev_attributes);
}
export const xdr_devicedata3: Codec<devicedata3> = xdr.codec(read_devicedata3, write_devicedata3, size_devicedata3);

// union mknoddata3 switch (ftype3 type) {
// case NF3CHR:
// case NF3BLK:
//    devicedata3  device;
// case NF3SOCK:
// case NF3FIFO:
//    sattr3       pipe_attributes;
// default:
//    void;
// };
export type mknoddata3 =
  | { type: ftype3.NF3CHR | ftype3.NF3BLK; device: devicedata3 }
  | { type: ftype3.NF3SOCK | ftype3.NF3FIFO; pipe_attributes: sattr3 }
  | { type: Exclude<ftype3, ftype3.NF3CHR | ftype3.NF3BLK | ftype3.NF3SOCK | ftype3.NF3FIFO> };
function read_mknoddata3(r: XdrReader): mknoddata3 {
  const d = read_ftype3(r);
  switch (d) {
    case 4:
    case 3:
      return { type: d, device: read_devicedata3(r) } as mknoddata3;
    case 6:
    case 7:
      return { type: d, pipe_attributes: read_sattr3(r) } as mknoddata3;
    default:
      return { type: d } as mknoddata3;
  }
}
function write_mknoddata3(w: XdrWriter, v: mknoddata3): void {
  write_ftype3(w, v.type);
  switch (v.type) {
    case 4:
    case 3:
      write_devicedata3(w, (v as { device: devicedata3 }).device);
      break;
    case 6:
    case 7:
      write_sattr3(w, (v as { pipe_attributes: sattr3 }).pipe_attributes);
      break;
    default:
      break;
  }
}
function size_mknoddata3(v: mknoddata3): number {
  switch (v.type) {
    case 4:
    case 3:
      return 4 + size_devicedata3((v as { device: devicedata3 }).device);
    case 6:
    case 7:
      return 4 + size_sattr3((v as { pipe_attributes: sattr3 }).pipe_attributes);
    default:
      return 4;
  }
}
export const xdr_mknoddata3: Codec<mknoddata3> = xdr.codec(read_mknoddata3, write_mknoddata3, size_mknoddata3);

// struct MKNOD3args {
//    diropargs3   where;
//    mknoddata3   what;
// };
export interface MKNOD3args {
  where: diropargs3;
  what: mknoddata3;
}
function read_MKNOD3args(r: XdrReader): MKNOD3args {
  return {
    where: read_diropargs3(r),
    what: read_mknoddata3(r),
  };
}
function write_MKNOD3args(w: XdrWriter, v: MKNOD3args): void {
  write_diropargs3(w, v.where);
  write_mknoddata3(w, v.what);
}
function size_MKNOD3args(v: MKNOD3args): number {
  return size_diropargs3(v.where) + size_mknoddata3(v.what);
}
export const xdr_MKNOD3args: Codec<MKNOD3args> = xdr.codec(read_MKNOD3args, write_MKNOD3args, size_MKNOD3args);

// struct MKNOD3resok {
//    post_op_fh3   obj;
//    post_op_attr  obj_attributes;
//    wcc_data      dir_wcc;
// };
export interface MKNOD3resok {
  obj: post_op_fh3;
  obj_attributes: post_op_attr;
  dir_wcc: wcc_data;
}
function read_MKNOD3resok(r: XdrReader): MKNOD3resok {
  return {
    obj: read_post_op_fh3(r),
    obj_attributes: read_post_op_attr(r),
    dir_wcc: read_wcc_data(r),
  };
}
function write_MKNOD3resok(w: XdrWriter, v: MKNOD3resok): void {
  write_post_op_fh3(w, v.obj);
  write_post_op_attr(w, v.obj_attributes);
  write_wcc_data(w, v.dir_wcc);
}
function size_MKNOD3resok(v: MKNOD3resok): number {
  return size_post_op_fh3(v.obj) + size_post_op_attr(v.obj_attributes) + size_wcc_data(v.dir_wcc);
}
export const xdr_MKNOD3resok: Codec<MKNOD3resok> = xdr.codec(read_MKNOD3resok, write_MKNOD3resok, size_MKNOD3resok);

// struct MKNOD3resfail {
//    wcc_data      dir_wcc;
// };
export interface MKNOD3resfail {
  dir_wcc: wcc_data;
}
function read_MKNOD3resfail(r: XdrReader): MKNOD3resfail {
  return {
    dir_wcc: read_wcc_data(r),
  };
}
function write_MKNOD3resfail(w: XdrWriter, v: MKNOD3resfail): void {
  write_wcc_data(w, v.dir_wcc);
}
function size_MKNOD3resfail(v: MKNOD3resfail): number {
  return size_wcc_data(v.dir_wcc);
}
export const xdr_MKNOD3resfail: Codec<MKNOD3resfail> = xdr.codec(read_MKNOD3resfail, write_MKNOD3resfail, size_MKNOD3resfail);

// union MKNOD3res switch (nfsstat3 status) {
// case NFS3_OK:
//    MKNOD3resok   resok;
// default:
//    MKNOD3resfail resfail;
// };
export type MKNOD3res =
  | { status: nfsstat3.NFS3_OK; resok: MKNOD3resok }
  | { status: Exclude<nfsstat3, nfsstat3.NFS3_OK>; resfail: MKNOD3resfail };
function read_MKNOD3res(r: XdrReader): MKNOD3res {
  const d = read_nfsstat3(r);
  switch (d) {
    case 0:
      return { status: d, resok: read_MKNOD3resok(r) } as MKNOD3res;
    default:
      return { status: d, resfail: read_MKNOD3resfail(r) } as MKNOD3res;
  }
}
function write_MKNOD3res(w: XdrWriter, v: MKNOD3res): void {
  write_nfsstat3(w, v.status);
  switch (v.status) {
    case 0:
      write_MKNOD3resok(w, (v as { resok: MKNOD3resok }).resok);
      break;
    default:
      write_MKNOD3resfail(w, (v as { resfail: MKNOD3resfail }).resfail);
      break;
  }
}
function size_MKNOD3res(v: MKNOD3res): number {
  switch (v.status) {
    case 0:
      return 4 + size_MKNOD3resok((v as { resok: MKNOD3resok }).resok);
    default:
      return 4 + size_MKNOD3resfail((v as { resfail: MKNOD3resfail }).resfail);
  }
}
export const xdr_MKNOD3res: Codec<MKNOD3res> = xdr.codec(read_MKNOD3res, write_MKNOD3res, size_MKNOD3res);

// struct REMOVE3args {
//    diropargs3  object;
// };
export interface REMOVE3args {
  object: diropargs3;
}
function read_REMOVE3args(r: XdrReader): REMOVE3args {
  return {
    object: read_diropargs3(r),
  };
}
function write_REMOVE3args(w: XdrWriter, v: REMOVE3args): void {
  write_diropargs3(w, v.object);
}
function size_REMOVE3args(v: REMOVE3args): number {
  return size_diropargs3(v.object);
}
export const xdr_REMOVE3args: Codec<REMOVE3args> = xdr.codec(read_REMOVE3args, write_REMOVE3args, size_REMOVE3args);

// struct REMOVE3resok {
//    wcc_data    dir_wcc;
// };
export interface REMOVE3resok {
  dir_wcc: wcc_data;
}
function read_REMOVE3resok(r: XdrReader): REMOVE3resok {
  return {
    dir_wcc: read_wcc_data(r),
  };
}
function write_REMOVE3resok(w: XdrWriter, v: REMOVE3resok): void {
  write_wcc_data(w, v.dir_wcc);
}
function size_REMOVE3resok(v: REMOVE3resok): number {
  return size_wcc_data(v.dir_wcc);
}
export const xdr_REMOVE3resok: Codec<REMOVE3resok> = xdr.codec(read_REMOVE3resok, write_REMOVE3resok, size_REMOVE3resok);

// struct REMOVE3resfail {
//    wcc_data    dir_wcc;
// };
export interface REMOVE3resfail {
  dir_wcc: wcc_data;
}
function read_REMOVE3resfail(r: XdrReader): REMOVE3resfail {
  return {
    dir_wcc: read_wcc_data(r),
  };
}
function write_REMOVE3resfail(w: XdrWriter, v: REMOVE3resfail): void {
  write_wcc_data(w, v.dir_wcc);
}
function size_REMOVE3resfail(v: REMOVE3resfail): number {
  return size_wcc_data(v.dir_wcc);
}
export const xdr_REMOVE3resfail: Codec<REMOVE3resfail> = xdr.codec(read_REMOVE3resfail, write_REMOVE3resfail, size_REMOVE3resfail);

// union REMOVE3res switch (nfsstat3 status) {
// case NFS3_OK:
//    REMOVE3resok   resok;
// default:
//    REMOVE3resfail resfail;
// };
export type REMOVE3res =
  | { status: nfsstat3.NFS3_OK; resok: REMOVE3resok }
  | { status: Exclude<nfsstat3, nfsstat3.NFS3_OK>; resfail: REMOVE3resfail };
function read_REMOVE3res(r: XdrReader): REMOVE3res {
  const d = read_nfsstat3(r);
  switch (d) {
    case 0:
      return { status: d, resok: read_REMOVE3resok(r) } as REMOVE3res;
    default:
      return { status: d, resfail: read_REMOVE3resfail(r) } as REMOVE3res;
  }
}
function write_REMOVE3res(w: XdrWriter, v: REMOVE3res): void {
  write_nfsstat3(w, v.status);
  switch (v.status) {
    case 0:
      write_REMOVE3resok(w, (v as { resok: REMOVE3resok }).resok);
      break;
    default:
      write_REMOVE3resfail(w, (v as { resfail: REMOVE3resfail }).resfail);
      break;
  }
}
function size_REMOVE3res(v: REMOVE3res): number {
  switch (v.status) {
    case 0:
      return 4 + size_REMOVE3resok((v as { resok: REMOVE3resok }).resok);
    default:
      return 4 + size_REMOVE3resfail((v as { resfail: REMOVE3resfail }).resfail);
  }
}
export const xdr_REMOVE3res: Codec<REMOVE3res> = xdr.codec(read_REMOVE3res, write_REMOVE3res, size_REMOVE3res);

// struct RMDIR3args {
//    diropargs3  object;
// };
export interface RMDIR3args {
  object: diropargs3;
}
function read_RMDIR3args(r: XdrReader): RMDIR3args {
  return {
    object: read_diropargs3(r),
  };
}
function write_RMDIR3args(w: XdrWriter, v: RMDIR3args): void {
  write_diropargs3(w, v.object);
}
function size_RMDIR3args(v: RMDIR3args): number {
  return size_diropargs3(v.object);
}
export const xdr_RMDIR3args: Codec<RMDIR3args> = xdr.codec(read_RMDIR3args, write_RMDIR3args, size_RMDIR3args);

// struct RMDIR3resok {
//    wcc_data    dir_wcc;
// };
export interface RMDIR3resok {
  dir_wcc: wcc_data;
}
function read_RMDIR3resok(r: XdrReader): RMDIR3resok {
  return {
    dir_wcc: read_wcc_data(r),
  };
}
function write_RMDIR3resok(w: XdrWriter, v: RMDIR3resok): void {
  write_wcc_data(w, v.dir_wcc);
}
function size_RMDIR3resok(v: RMDIR3resok): number {
  return size_wcc_data(v.dir_wcc);
}
export const xdr_RMDIR3resok: Codec<RMDIR3resok> = xdr.codec(read_RMDIR3resok, write_RMDIR3resok, size_RMDIR3resok);

// struct RMDIR3resfail {
//    wcc_data    dir_wcc;
// };
export interface RMDIR3resfail {
  dir_wcc: wcc_data;
}
function read_RMDIR3resfail(r: XdrReader): RMDIR3resfail {
  return {
    dir_wcc: read_wcc_data(r),
  };
}
function write_RMDIR3resfail(w: XdrWriter, v: RMDIR3resfail): void {
  write_wcc_data(w, v.dir_wcc);
}
function size_RMDIR3resfail(v: RMDIR3resfail): number {
  return size_wcc_data(v.dir_wcc);
}
export const xdr_RMDIR3resfail: Codec<RMDIR3resfail> = xdr.codec(read_RMDIR3resfail, write_RMDIR3resfail, size_RMDIR3resfail);

// union RMDIR3res switch (nfsstat3 status) {
// case NFS3_OK:
//    RMDIR3resok   resok;
// default:
//    RMDIR3resfail resfail;
// };
export type RMDIR3res =
  | { status: nfsstat3.NFS3_OK; resok: RMDIR3resok }
  | { status: Exclude<nfsstat3, nfsstat3.NFS3_OK>; resfail: RMDIR3resfail };
function read_RMDIR3res(r: XdrReader): RMDIR3res {
  const d = read_nfsstat3(r);
  switch (d) {
    case 0:
      return { status: d, resok: read_RMDIR3resok(r) } as RMDIR3res;
    default:
      return { status: d, resfail: read_RMDIR3resfail(r) } as RMDIR3res;
  }
}
function write_RMDIR3res(w: XdrWriter, v: RMDIR3res): void {
  write_nfsstat3(w, v.status);
  switch (v.status) {
    case 0:
      write_RMDIR3resok(w, (v as { resok: RMDIR3resok }).resok);
      break;
    default:
      write_RMDIR3resfail(w, (v as { resfail: RMDIR3resfail }).resfail);
      break;
  }
}
function size_RMDIR3res(v: RMDIR3res): number {
  switch (v.status) {
    case 0:
      return 4 + size_RMDIR3resok((v as { resok: RMDIR3resok }).resok);
    default:
      return 4 + size_RMDIR3resfail((v as { resfail: RMDIR3resfail }).resfail);
  }
}
export const xdr_RMDIR3res: Codec<RMDIR3res> = xdr.codec(read_RMDIR3res, write_RMDIR3res, size_RMDIR3res);

// struct RENAME3args {
//    diropargs3   from;
//    diropargs3   to;
// };
export interface RENAME3args {
  from: diropargs3;
  to: diropargs3;
}
function read_RENAME3args(r: XdrReader): RENAME3args {
  return {
    from: read_diropargs3(r),
    to: read_diropargs3(r),
  };
}
function write_RENAME3args(w: XdrWriter, v: RENAME3args): void {
  write_diropargs3(w, v.from);
  write_diropargs3(w, v.to);
}
function size_RENAME3args(v: RENAME3args): number {
  return size_diropargs3(v.from) + size_diropargs3(v.to);
}
export const xdr_RENAME3args: Codec<RENAME3args> = xdr.codec(read_RENAME3args, write_RENAME3args, size_RENAME3args);

// struct RENAME3resok {
//    wcc_data     fromdir_wcc;
//    wcc_data     todir_wcc;
// };
export interface RENAME3resok {
  fromdir_wcc: wcc_data;
  todir_wcc: wcc_data;
}
function read_RENAME3resok(r: XdrReader): RENAME3resok {
  return {
    fromdir_wcc: read_wcc_data(r),
    todir_wcc: read_wcc_data(r),
  };
}
function write_RENAME3resok(w: XdrWriter, v: RENAME3resok): void {
  write_wcc_data(w, v.fromdir_wcc);
  write_wcc_data(w, v.todir_wcc);
}
function size_RENAME3resok(v: RENAME3resok): number {
  return size_wcc_data(v.fromdir_wcc) + size_wcc_data(v.todir_wcc);
}
export const xdr_RENAME3resok: Codec<RENAME3resok> = xdr.codec(read_RENAME3resok, write_RENAME3resok, size_RENAME3resok);

// struct RENAME3resfail {
//    wcc_data     fromdir_wcc;
//    wcc_data     todir_wcc;
// };
export interface RENAME3resfail {
  fromdir_wcc: wcc_data;
  todir_wcc: wcc_data;
}
function read_RENAME3resfail(r: XdrReader): RENAME3resfail {
  return {
    fromdir_wcc: read_wcc_data(r),
    todir_wcc: read_wcc_data(r),
  };
}
function write_RENAME3resfail(w: XdrWriter, v: RENAME3resfail): void {
  write_wcc_data(w, v.fromdir_wcc);
  write_wcc_data(w, v.todir_wcc);
}
function size_RENAME3resfail(v: RENAME3resfail): number {
  return size_wcc_data(v.fromdir_wcc) + size_wcc_data(v.todir_wcc);
}
export const xdr_RENAME3resfail: Codec<RENAME3resfail> = xdr.codec(read_RENAME3resfail, write_RENAME3resfail, size_RENAME3resfail);

// union RENAME3res switch (nfsstat3 status) {
// case NFS3_OK:
//    RENAME3resok   resok;
// default:
//    RENAME3resfail resfail;
// };
export type RENAME3res =
  | { status: nfsstat3.NFS3_OK; resok: RENAME3resok }
  | { status: Exclude<nfsstat3, nfsstat3.NFS3_OK>; resfail: RENAME3resfail };
function read_RENAME3res(r: XdrReader): RENAME3res {
  const d = read_nfsstat3(r);
  switch (d) {
    case 0:
      return { status: d, resok: read_RENAME3resok(r) } as RENAME3res;
    default:
      return { status: d, resfail: read_RENAME3resfail(r) } as RENAME3res;
  }
}
function write_RENAME3res(w: XdrWriter, v: RENAME3res): void {
  write_nfsstat3(w, v.status);
  switch (v.status) {
    case 0:
      write_RENAME3resok(w, (v as { resok: RENAME3resok }).resok);
      break;
    default:
      write_RENAME3resfail(w, (v as { resfail: RENAME3resfail }).resfail);
      break;
  }
}
function size_RENAME3res(v: RENAME3res): number {
  switch (v.status) {
    case 0:
      return 4 + size_RENAME3resok((v as { resok: RENAME3resok }).resok);
    default:
      return 4 + size_RENAME3resfail((v as { resfail: RENAME3resfail }).resfail);
  }
}
export const xdr_RENAME3res: Codec<RENAME3res> = xdr.codec(read_RENAME3res, write_RENAME3res, size_RENAME3res);

// struct LINK3args {
//    nfs_fh3     file;
//    diropargs3  link;
// };
export interface LINK3args {
  file: nfs_fh3;
  link: diropargs3;
}
function read_LINK3args(r: XdrReader): LINK3args {
  return {
    file: read_nfs_fh3(r),
    link: read_diropargs3(r),
  };
}
function write_LINK3args(w: XdrWriter, v: LINK3args): void {
  write_nfs_fh3(w, v.file);
  write_diropargs3(w, v.link);
}
function size_LINK3args(v: LINK3args): number {
  return size_nfs_fh3(v.file) + size_diropargs3(v.link);
}
export const xdr_LINK3args: Codec<LINK3args> = xdr.codec(read_LINK3args, write_LINK3args, size_LINK3args);

// struct LINK3resok {
//    post_op_attr   file_attributes;
//    wcc_data       linkdir_wcc;
// };
export interface LINK3resok {
  file_attributes: post_op_attr;
  linkdir_wcc: wcc_data;
}
function read_LINK3resok(r: XdrReader): LINK3resok {
  return {
    file_attributes: read_post_op_attr(r),
    linkdir_wcc: read_wcc_data(r),
  };
}
function write_LINK3resok(w: XdrWriter, v: LINK3resok): void {
  write_post_op_attr(w, v.file_attributes);
  write_wcc_data(w, v.linkdir_wcc);
}
function size_LINK3resok(v: LINK3resok): number {
  return size_post_op_attr(v.file_attributes) + size_wcc_data(v.linkdir_wcc);
}
export const xdr_LINK3resok: Codec<LINK3resok> = xdr.codec(read_LINK3resok, write_LINK3resok, size_LINK3resok);

// struct LINK3resfail {
//    post_op_attr   file_attributes;
//    wcc_data       linkdir_wcc;
// };
export interface LINK3resfail {
  file_attributes: post_op_attr;
  linkdir_wcc: wcc_data;
}
function read_LINK3resfail(r: XdrReader): LINK3resfail {
  return {
    file_attributes: read_post_op_attr(r),
    linkdir_wcc: read_wcc_data(r),
  };
}
function write_LINK3resfail(w: XdrWriter, v: LINK3resfail): void {
  write_post_op_attr(w, v.file_attributes);
  write_wcc_data(w, v.linkdir_wcc);
}
function size_LINK3resfail(v: LINK3resfail): number {
  return size_post_op_attr(v.file_attributes) + size_wcc_data(v.linkdir_wcc);
}
export const xdr_LINK3resfail: Codec<LINK3resfail> = xdr.codec(read_LINK3resfail, write_LINK3resfail, size_LINK3resfail);

// union LINK3res switch (nfsstat3 status) {
// case NFS3_OK:
//    LINK3resok    resok;
// default:
//    LINK3resfail  resfail;
// };
export type LINK3res =
  | { status: nfsstat3.NFS3_OK; resok: LINK3resok }
  | { status: Exclude<nfsstat3, nfsstat3.NFS3_OK>; resfail: LINK3resfail };
function read_LINK3res(r: XdrReader): LINK3res {
  const d = read_nfsstat3(r);
  switch (d) {
    case 0:
      return { status: d, resok: read_LINK3resok(r) } as LINK3res;
    default:
      return { status: d, resfail: read_LINK3resfail(r) } as LINK3res;
  }
}
function write_LINK3res(w: XdrWriter, v: LINK3res): void {
  write_nfsstat3(w, v.status);
  switch (v.status) {
    case 0:
      write_LINK3resok(w, (v as { resok: LINK3resok }).resok);
      break;
    default:
      write_LINK3resfail(w, (v as { resfail: LINK3resfail }).resfail);
      break;
  }
}
function size_LINK3res(v: LINK3res): number {
  switch (v.status) {
    case 0:
      return 4 + size_LINK3resok((v as { resok: LINK3resok }).resok);
    default:
      return 4 + size_LINK3resfail((v as { resfail: LINK3resfail }).resfail);
  }
}
export const xdr_LINK3res: Codec<LINK3res> = xdr.codec(read_LINK3res, write_LINK3res, size_LINK3res);

// struct READDIR3args {
//    nfs_fh3      dir;
//    cookie3      cookie;
//    cookieverf3  cookieverf;
//    count3       count;
// };
export interface READDIR3args {
  dir: nfs_fh3;
  cookie: cookie3;
  cookieverf: cookieverf3;
  count: count3;
}
function read_READDIR3args(r: XdrReader): READDIR3args {
  return {
    dir: read_nfs_fh3(r),
    cookie: read_cookie3(r),
    cookieverf: read_cookieverf3(r),
    count: read_count3(r),
  };
}
function write_READDIR3args(w: XdrWriter, v: READDIR3args): void {
  write_nfs_fh3(w, v.dir);
  write_cookie3(w, v.cookie);
  write_cookieverf3(w, v.cookieverf);
  write_count3(w, v.count);
}
function size_READDIR3args(v: READDIR3args): number {
  return 20 + size_nfs_fh3(v.dir);
}
export const xdr_READDIR3args: Codec<READDIR3args> = xdr.codec(read_READDIR3args, write_READDIR3args, size_READDIR3args);

// struct entry3 {
//    fileid3      fileid;
//    filename3    name;
//    cookie3      cookie;
//    entry3       *nextentry;
// };
// entry3 is a linked-list element: its next pointer is carried by the list that holds it
// (entry3[]), so xdr_entry3 encodes one element's fields.
export interface entry3 {
  fileid: fileid3;
  name: filename3;
  cookie: cookie3;
}
function read_entry3(r: XdrReader): entry3 {
  return {
    fileid: read_fileid3(r),
    name: read_filename3(r),
    cookie: read_cookie3(r),
  };
}
function write_entry3(w: XdrWriter, v: entry3): void {
  write_fileid3(w, v.fileid);
  write_filename3(w, v.name);
  write_cookie3(w, v.cookie);
}
function size_entry3(v: entry3): number {
  return 16 + size_filename3(v.name);
}
export const xdr_entry3: Codec<entry3> = xdr.codec(read_entry3, write_entry3, size_entry3);

// struct dirlist3 {
//    entry3       *entries;
//    bool         eof;
// };
export interface dirlist3 {
  entries: entry3[];
  eof: boolean;
}
function read_dirlist3(r: XdrReader): dirlist3 {
  return {
    entries: xdr.readList(r, read_entry3),
    eof: r.readBool(),
  };
}
function write_dirlist3(w: XdrWriter, v: dirlist3): void {
  xdr.writeList(w, v.entries, write_entry3);
  w.writeBool(v.eof);
}
function size_dirlist3(v: dirlist3): number {
  return 4 + xdr.sizeList(v.entries, size_entry3);
}
export const xdr_dirlist3: Codec<dirlist3> = xdr.codec(read_dirlist3, write_dirlist3, size_dirlist3);

// struct READDIR3resok {
//    post_op_attr dir_attributes;
//    cookieverf3  cookieverf;
//    dirlist3     reply;
// };
export interface READDIR3resok {
  dir_attributes: post_op_attr;
  cookieverf: cookieverf3;
  reply: dirlist3;
}
function read_READDIR3resok(r: XdrReader): READDIR3resok {
  return {
    dir_attributes: read_post_op_attr(r),
    cookieverf: read_cookieverf3(r),
    reply: read_dirlist3(r),
  };
}
function write_READDIR3resok(w: XdrWriter, v: READDIR3resok): void {
  write_post_op_attr(w, v.dir_attributes);
  write_cookieverf3(w, v.cookieverf);
  write_dirlist3(w, v.reply);
}
function size_READDIR3resok(v: READDIR3resok): number {
  return 8 + size_post_op_attr(v.dir_attributes) + size_dirlist3(v.reply);
}
export const xdr_READDIR3resok: Codec<READDIR3resok> = xdr.codec(read_READDIR3resok, write_READDIR3resok, size_READDIR3resok);

// struct READDIR3resfail {
//    post_op_attr dir_attributes;
// };
export interface READDIR3resfail {
  dir_attributes: post_op_attr;
}
function read_READDIR3resfail(r: XdrReader): READDIR3resfail {
  return {
    dir_attributes: read_post_op_attr(r),
  };
}
function write_READDIR3resfail(w: XdrWriter, v: READDIR3resfail): void {
  write_post_op_attr(w, v.dir_attributes);
}
function size_READDIR3resfail(v: READDIR3resfail): number {
  return size_post_op_attr(v.dir_attributes);
}
export const xdr_READDIR3resfail: Codec<READDIR3resfail> = xdr.codec(read_READDIR3resfail, write_READDIR3resfail, size_READDIR3resfail);

// union READDIR3res switch (nfsstat3 status) {
// case NFS3_OK:
//    READDIR3resok   resok;
// default:
//    READDIR3resfail resfail;
// };
export type READDIR3res =
  | { status: nfsstat3.NFS3_OK; resok: READDIR3resok }
  | { status: Exclude<nfsstat3, nfsstat3.NFS3_OK>; resfail: READDIR3resfail };
function read_READDIR3res(r: XdrReader): READDIR3res {
  const d = read_nfsstat3(r);
  switch (d) {
    case 0:
      return { status: d, resok: read_READDIR3resok(r) } as READDIR3res;
    default:
      return { status: d, resfail: read_READDIR3resfail(r) } as READDIR3res;
  }
}
function write_READDIR3res(w: XdrWriter, v: READDIR3res): void {
  write_nfsstat3(w, v.status);
  switch (v.status) {
    case 0:
      write_READDIR3resok(w, (v as { resok: READDIR3resok }).resok);
      break;
    default:
      write_READDIR3resfail(w, (v as { resfail: READDIR3resfail }).resfail);
      break;
  }
}
function size_READDIR3res(v: READDIR3res): number {
  switch (v.status) {
    case 0:
      return 4 + size_READDIR3resok((v as { resok: READDIR3resok }).resok);
    default:
      return 4 + size_READDIR3resfail((v as { resfail: READDIR3resfail }).resfail);
  }
}
export const xdr_READDIR3res: Codec<READDIR3res> = xdr.codec(read_READDIR3res, write_READDIR3res, size_READDIR3res);

// struct READDIRPLUS3args {
//    nfs_fh3      dir;
//    cookie3      cookie;
//    cookieverf3  cookieverf;
//    count3       dircount;
//    count3       maxcount;
// };
export interface READDIRPLUS3args {
  dir: nfs_fh3;
  cookie: cookie3;
  cookieverf: cookieverf3;
  dircount: count3;
  maxcount: count3;
}
function read_READDIRPLUS3args(r: XdrReader): READDIRPLUS3args {
  return {
    dir: read_nfs_fh3(r),
    cookie: read_cookie3(r),
    cookieverf: read_cookieverf3(r),
    dircount: read_count3(r),
    maxcount: read_count3(r),
  };
}
function write_READDIRPLUS3args(w: XdrWriter, v: READDIRPLUS3args): void {
  write_nfs_fh3(w, v.dir);
  write_cookie3(w, v.cookie);
  write_cookieverf3(w, v.cookieverf);
  write_count3(w, v.dircount);
  write_count3(w, v.maxcount);
}
function size_READDIRPLUS3args(v: READDIRPLUS3args): number {
  return 24 + size_nfs_fh3(v.dir);
}
export const xdr_READDIRPLUS3args: Codec<READDIRPLUS3args> = xdr.codec(read_READDIRPLUS3args, write_READDIRPLUS3args, size_READDIRPLUS3args);

// struct entryplus3 {
//    fileid3      fileid;
//    filename3    name;
//    cookie3      cookie;
//    post_op_attr name_attributes;
//    post_op_fh3  name_handle;
//    entryplus3   *nextentry;
// };
// entryplus3 is a linked-list element: its next pointer is carried by the list that holds it
// (entryplus3[]), so xdr_entryplus3 encodes one element's fields.
export interface entryplus3 {
  fileid: fileid3;
  name: filename3;
  cookie: cookie3;
  name_attributes: post_op_attr;
  name_handle: post_op_fh3;
}
function read_entryplus3(r: XdrReader): entryplus3 {
  return {
    fileid: read_fileid3(r),
    name: read_filename3(r),
    cookie: read_cookie3(r),
    name_attributes: read_post_op_attr(r),
    name_handle: read_post_op_fh3(r),
  };
}
function write_entryplus3(w: XdrWriter, v: entryplus3): void {
  write_fileid3(w, v.fileid);
  write_filename3(w, v.name);
  write_cookie3(w, v.cookie);
  write_post_op_attr(w, v.name_attributes);
  write_post_op_fh3(w, v.name_handle);
}
function size_entryplus3(v: entryplus3): number {
  return 16 + size_filename3(v.name) + size_post_op_attr(v.name_attributes) + size_post_op_fh3(v.name_handle);
}
export const xdr_entryplus3: Codec<entryplus3> = xdr.codec(read_entryplus3, write_entryplus3, size_entryplus3);

// struct dirlistplus3 {
//    entryplus3   *entries;
//    bool         eof;
// };
export interface dirlistplus3 {
  entries: entryplus3[];
  eof: boolean;
}
function read_dirlistplus3(r: XdrReader): dirlistplus3 {
  return {
    entries: xdr.readList(r, read_entryplus3),
    eof: r.readBool(),
  };
}
function write_dirlistplus3(w: XdrWriter, v: dirlistplus3): void {
  xdr.writeList(w, v.entries, write_entryplus3);
  w.writeBool(v.eof);
}
function size_dirlistplus3(v: dirlistplus3): number {
  return 4 + xdr.sizeList(v.entries, size_entryplus3);
}
export const xdr_dirlistplus3: Codec<dirlistplus3> = xdr.codec(read_dirlistplus3, write_dirlistplus3, size_dirlistplus3);

// struct READDIRPLUS3resok {
//    post_op_attr dir_attributes;
//    cookieverf3  cookieverf;
//    dirlistplus3 reply;
// };
export interface READDIRPLUS3resok {
  dir_attributes: post_op_attr;
  cookieverf: cookieverf3;
  reply: dirlistplus3;
}
function read_READDIRPLUS3resok(r: XdrReader): READDIRPLUS3resok {
  return {
    dir_attributes: read_post_op_attr(r),
    cookieverf: read_cookieverf3(r),
    reply: read_dirlistplus3(r),
  };
}
function write_READDIRPLUS3resok(w: XdrWriter, v: READDIRPLUS3resok): void {
  write_post_op_attr(w, v.dir_attributes);
  write_cookieverf3(w, v.cookieverf);
  write_dirlistplus3(w, v.reply);
}
function size_READDIRPLUS3resok(v: READDIRPLUS3resok): number {
  return 8 + size_post_op_attr(v.dir_attributes) + size_dirlistplus3(v.reply);
}
export const xdr_READDIRPLUS3resok: Codec<READDIRPLUS3resok> = xdr.codec(read_READDIRPLUS3resok, write_READDIRPLUS3resok, size_READDIRPLUS3resok);

// struct READDIRPLUS3resfail {
//    post_op_attr dir_attributes;
// };
export interface READDIRPLUS3resfail {
  dir_attributes: post_op_attr;
}
function read_READDIRPLUS3resfail(r: XdrReader): READDIRPLUS3resfail {
  return {
    dir_attributes: read_post_op_attr(r),
  };
}
function write_READDIRPLUS3resfail(w: XdrWriter, v: READDIRPLUS3resfail): void {
  write_post_op_attr(w, v.dir_attributes);
}
function size_READDIRPLUS3resfail(v: READDIRPLUS3resfail): number {
  return size_post_op_attr(v.dir_attributes);
}
export const xdr_READDIRPLUS3resfail: Codec<READDIRPLUS3resfail> = xdr.codec(read_READDIRPLUS3resfail, write_READDIRPLUS3resfail, size_READDIRPLUS3resfail);

// union READDIRPLUS3res switch (nfsstat3 status) {
// case NFS3_OK:
//    READDIRPLUS3resok   resok;
// default:
//    READDIRPLUS3resfail resfail;
// };
export type READDIRPLUS3res =
  | { status: nfsstat3.NFS3_OK; resok: READDIRPLUS3resok }
  | { status: Exclude<nfsstat3, nfsstat3.NFS3_OK>; resfail: READDIRPLUS3resfail };
function read_READDIRPLUS3res(r: XdrReader): READDIRPLUS3res {
  const d = read_nfsstat3(r);
  switch (d) {
    case 0:
      return { status: d, resok: read_READDIRPLUS3resok(r) } as READDIRPLUS3res;
    default:
      return { status: d, resfail: read_READDIRPLUS3resfail(r) } as READDIRPLUS3res;
  }
}
function write_READDIRPLUS3res(w: XdrWriter, v: READDIRPLUS3res): void {
  write_nfsstat3(w, v.status);
  switch (v.status) {
    case 0:
      write_READDIRPLUS3resok(w, (v as { resok: READDIRPLUS3resok }).resok);
      break;
    default:
      write_READDIRPLUS3resfail(w, (v as { resfail: READDIRPLUS3resfail }).resfail);
      break;
  }
}
function size_READDIRPLUS3res(v: READDIRPLUS3res): number {
  switch (v.status) {
    case 0:
      return 4 + size_READDIRPLUS3resok((v as { resok: READDIRPLUS3resok }).resok);
    default:
      return 4 + size_READDIRPLUS3resfail((v as { resfail: READDIRPLUS3resfail }).resfail);
  }
}
export const xdr_READDIRPLUS3res: Codec<READDIRPLUS3res> = xdr.codec(read_READDIRPLUS3res, write_READDIRPLUS3res, size_READDIRPLUS3res);

// struct FSSTAT3args {
//    nfs_fh3   fsroot;
// };
export interface FSSTAT3args {
  fsroot: nfs_fh3;
}
function read_FSSTAT3args(r: XdrReader): FSSTAT3args {
  return {
    fsroot: read_nfs_fh3(r),
  };
}
function write_FSSTAT3args(w: XdrWriter, v: FSSTAT3args): void {
  write_nfs_fh3(w, v.fsroot);
}
function size_FSSTAT3args(v: FSSTAT3args): number {
  return size_nfs_fh3(v.fsroot);
}
export const xdr_FSSTAT3args: Codec<FSSTAT3args> = xdr.codec(read_FSSTAT3args, write_FSSTAT3args, size_FSSTAT3args);

// struct FSSTAT3resok {
//    post_op_attr obj_attributes;
//    size3        tbytes;
//    size3        fbytes;
//    size3        abytes;
//    size3        tfiles;
//    size3        ffiles;
//    size3        afiles;
//    uint32       invarsec;
// };
export interface FSSTAT3resok {
  obj_attributes: post_op_attr;
  tbytes: size3;
  fbytes: size3;
  abytes: size3;
  tfiles: size3;
  ffiles: size3;
  afiles: size3;
  invarsec: uint32;
}
function read_FSSTAT3resok(r: XdrReader): FSSTAT3resok {
  return {
    obj_attributes: read_post_op_attr(r),
    tbytes: read_size3(r),
    fbytes: read_size3(r),
    abytes: read_size3(r),
    tfiles: read_size3(r),
    ffiles: read_size3(r),
    afiles: read_size3(r),
    invarsec: read_uint32(r),
  };
}
function write_FSSTAT3resok(w: XdrWriter, v: FSSTAT3resok): void {
  write_post_op_attr(w, v.obj_attributes);
  write_size3(w, v.tbytes);
  write_size3(w, v.fbytes);
  write_size3(w, v.abytes);
  write_size3(w, v.tfiles);
  write_size3(w, v.ffiles);
  write_size3(w, v.afiles);
  write_uint32(w, v.invarsec);
}
function size_FSSTAT3resok(v: FSSTAT3resok): number {
  return 52 + size_post_op_attr(v.obj_attributes);
}
export const xdr_FSSTAT3resok: Codec<FSSTAT3resok> = xdr.codec(read_FSSTAT3resok, write_FSSTAT3resok, size_FSSTAT3resok);

// struct FSSTAT3resfail {
//    post_op_attr obj_attributes;
// };
export interface FSSTAT3resfail {
  obj_attributes: post_op_attr;
}
function read_FSSTAT3resfail(r: XdrReader): FSSTAT3resfail {
  return {
    obj_attributes: read_post_op_attr(r),
  };
}
function write_FSSTAT3resfail(w: XdrWriter, v: FSSTAT3resfail): void {
  write_post_op_attr(w, v.obj_attributes);
}
function size_FSSTAT3resfail(v: FSSTAT3resfail): number {
  return size_post_op_attr(v.obj_attributes);
}
export const xdr_FSSTAT3resfail: Codec<FSSTAT3resfail> = xdr.codec(read_FSSTAT3resfail, write_FSSTAT3resfail, size_FSSTAT3resfail);

// union FSSTAT3res switch (nfsstat3 status) {
// case NFS3_OK:
//    FSSTAT3resok   resok;
// default:
//    FSSTAT3resfail resfail;
// };
export type FSSTAT3res =
  | { status: nfsstat3.NFS3_OK; resok: FSSTAT3resok }
  | { status: Exclude<nfsstat3, nfsstat3.NFS3_OK>; resfail: FSSTAT3resfail };
function read_FSSTAT3res(r: XdrReader): FSSTAT3res {
  const d = read_nfsstat3(r);
  switch (d) {
    case 0:
      return { status: d, resok: read_FSSTAT3resok(r) } as FSSTAT3res;
    default:
      return { status: d, resfail: read_FSSTAT3resfail(r) } as FSSTAT3res;
  }
}
function write_FSSTAT3res(w: XdrWriter, v: FSSTAT3res): void {
  write_nfsstat3(w, v.status);
  switch (v.status) {
    case 0:
      write_FSSTAT3resok(w, (v as { resok: FSSTAT3resok }).resok);
      break;
    default:
      write_FSSTAT3resfail(w, (v as { resfail: FSSTAT3resfail }).resfail);
      break;
  }
}
function size_FSSTAT3res(v: FSSTAT3res): number {
  switch (v.status) {
    case 0:
      return 4 + size_FSSTAT3resok((v as { resok: FSSTAT3resok }).resok);
    default:
      return 4 + size_FSSTAT3resfail((v as { resfail: FSSTAT3resfail }).resfail);
  }
}
export const xdr_FSSTAT3res: Codec<FSSTAT3res> = xdr.codec(read_FSSTAT3res, write_FSSTAT3res, size_FSSTAT3res);

// struct FSINFO3args {
//    nfs_fh3   fsroot;
// };
export interface FSINFO3args {
  fsroot: nfs_fh3;
}
function read_FSINFO3args(r: XdrReader): FSINFO3args {
  return {
    fsroot: read_nfs_fh3(r),
  };
}
function write_FSINFO3args(w: XdrWriter, v: FSINFO3args): void {
  write_nfs_fh3(w, v.fsroot);
}
function size_FSINFO3args(v: FSINFO3args): number {
  return size_nfs_fh3(v.fsroot);
}
export const xdr_FSINFO3args: Codec<FSINFO3args> = xdr.codec(read_FSINFO3args, write_FSINFO3args, size_FSINFO3args);

// struct FSINFO3resok {
//    post_op_attr obj_attributes;
//    uint32       rtmax;
//    uint32       rtpref;
//    uint32       rtmult;
//    uint32       wtmax;
//    uint32       wtpref;
//    uint32       wtmult;
//    uint32       dtpref;
//    size3        maxfilesize;
//    nfstime3     time_delta;
//    uint32       properties;
// };
export interface FSINFO3resok {
  obj_attributes: post_op_attr;
  rtmax: uint32;
  rtpref: uint32;
  rtmult: uint32;
  wtmax: uint32;
  wtpref: uint32;
  wtmult: uint32;
  dtpref: uint32;
  maxfilesize: size3;
  time_delta: nfstime3;
  properties: uint32;
}
function read_FSINFO3resok(r: XdrReader): FSINFO3resok {
  return {
    obj_attributes: read_post_op_attr(r),
    rtmax: read_uint32(r),
    rtpref: read_uint32(r),
    rtmult: read_uint32(r),
    wtmax: read_uint32(r),
    wtpref: read_uint32(r),
    wtmult: read_uint32(r),
    dtpref: read_uint32(r),
    maxfilesize: read_size3(r),
    time_delta: read_nfstime3(r),
    properties: read_uint32(r),
  };
}
function write_FSINFO3resok(w: XdrWriter, v: FSINFO3resok): void {
  write_post_op_attr(w, v.obj_attributes);
  write_uint32(w, v.rtmax);
  write_uint32(w, v.rtpref);
  write_uint32(w, v.rtmult);
  write_uint32(w, v.wtmax);
  write_uint32(w, v.wtpref);
  write_uint32(w, v.wtmult);
  write_uint32(w, v.dtpref);
  write_size3(w, v.maxfilesize);
  write_nfstime3(w, v.time_delta);
  write_uint32(w, v.properties);
}
function size_FSINFO3resok(v: FSINFO3resok): number {
  return 48 + size_post_op_attr(v.obj_attributes);
}
export const xdr_FSINFO3resok: Codec<FSINFO3resok> = xdr.codec(read_FSINFO3resok, write_FSINFO3resok, size_FSINFO3resok);

// struct FSINFO3resfail {
//    post_op_attr obj_attributes;
// };
export interface FSINFO3resfail {
  obj_attributes: post_op_attr;
}
function read_FSINFO3resfail(r: XdrReader): FSINFO3resfail {
  return {
    obj_attributes: read_post_op_attr(r),
  };
}
function write_FSINFO3resfail(w: XdrWriter, v: FSINFO3resfail): void {
  write_post_op_attr(w, v.obj_attributes);
}
function size_FSINFO3resfail(v: FSINFO3resfail): number {
  return size_post_op_attr(v.obj_attributes);
}
export const xdr_FSINFO3resfail: Codec<FSINFO3resfail> = xdr.codec(read_FSINFO3resfail, write_FSINFO3resfail, size_FSINFO3resfail);

// union FSINFO3res switch (nfsstat3 status) {
// case NFS3_OK:
//    FSINFO3resok   resok;
// default:
//    FSINFO3resfail resfail;
// };
export type FSINFO3res =
  | { status: nfsstat3.NFS3_OK; resok: FSINFO3resok }
  | { status: Exclude<nfsstat3, nfsstat3.NFS3_OK>; resfail: FSINFO3resfail };
function read_FSINFO3res(r: XdrReader): FSINFO3res {
  const d = read_nfsstat3(r);
  switch (d) {
    case 0:
      return { status: d, resok: read_FSINFO3resok(r) } as FSINFO3res;
    default:
      return { status: d, resfail: read_FSINFO3resfail(r) } as FSINFO3res;
  }
}
function write_FSINFO3res(w: XdrWriter, v: FSINFO3res): void {
  write_nfsstat3(w, v.status);
  switch (v.status) {
    case 0:
      write_FSINFO3resok(w, (v as { resok: FSINFO3resok }).resok);
      break;
    default:
      write_FSINFO3resfail(w, (v as { resfail: FSINFO3resfail }).resfail);
      break;
  }
}
function size_FSINFO3res(v: FSINFO3res): number {
  switch (v.status) {
    case 0:
      return 4 + size_FSINFO3resok((v as { resok: FSINFO3resok }).resok);
    default:
      return 4 + size_FSINFO3resfail((v as { resfail: FSINFO3resfail }).resfail);
  }
}
export const xdr_FSINFO3res: Codec<FSINFO3res> = xdr.codec(read_FSINFO3res, write_FSINFO3res, size_FSINFO3res);

// struct PATHCONF3args {
//    nfs_fh3   object;
// };
export interface PATHCONF3args {
  object: nfs_fh3;
}
function read_PATHCONF3args(r: XdrReader): PATHCONF3args {
  return {
    object: read_nfs_fh3(r),
  };
}
function write_PATHCONF3args(w: XdrWriter, v: PATHCONF3args): void {
  write_nfs_fh3(w, v.object);
}
function size_PATHCONF3args(v: PATHCONF3args): number {
  return size_nfs_fh3(v.object);
}
export const xdr_PATHCONF3args: Codec<PATHCONF3args> = xdr.codec(read_PATHCONF3args, write_PATHCONF3args, size_PATHCONF3args);

// struct PATHCONF3resok {
//    post_op_attr obj_attributes;
//    uint32       linkmax;
//    uint32       name_max;
//    bool         no_trunc;
//    bool         chown_restricted;
//    bool         case_insensitive;
//    bool         case_preserving;
// };
export interface PATHCONF3resok {
  obj_attributes: post_op_attr;
  linkmax: uint32;
  name_max: uint32;
  no_trunc: boolean;
  chown_restricted: boolean;
  case_insensitive: boolean;
  case_preserving: boolean;
}
function read_PATHCONF3resok(r: XdrReader): PATHCONF3resok {
  return {
    obj_attributes: read_post_op_attr(r),
    linkmax: read_uint32(r),
    name_max: read_uint32(r),
    no_trunc: r.readBool(),
    chown_restricted: r.readBool(),
    case_insensitive: r.readBool(),
    case_preserving: r.readBool(),
  };
}
function write_PATHCONF3resok(w: XdrWriter, v: PATHCONF3resok): void {
  write_post_op_attr(w, v.obj_attributes);
  write_uint32(w, v.linkmax);
  write_uint32(w, v.name_max);
  w.writeBool(v.no_trunc);
  w.writeBool(v.chown_restricted);
  w.writeBool(v.case_insensitive);
  w.writeBool(v.case_preserving);
}
function size_PATHCONF3resok(v: PATHCONF3resok): number {
  return 24 + size_post_op_attr(v.obj_attributes);
}
export const xdr_PATHCONF3resok: Codec<PATHCONF3resok> = xdr.codec(read_PATHCONF3resok, write_PATHCONF3resok, size_PATHCONF3resok);

// struct PATHCONF3resfail {
//    post_op_attr obj_attributes;
// };
export interface PATHCONF3resfail {
  obj_attributes: post_op_attr;
}
function read_PATHCONF3resfail(r: XdrReader): PATHCONF3resfail {
  return {
    obj_attributes: read_post_op_attr(r),
  };
}
function write_PATHCONF3resfail(w: XdrWriter, v: PATHCONF3resfail): void {
  write_post_op_attr(w, v.obj_attributes);
}
function size_PATHCONF3resfail(v: PATHCONF3resfail): number {
  return size_post_op_attr(v.obj_attributes);
}
export const xdr_PATHCONF3resfail: Codec<PATHCONF3resfail> = xdr.codec(read_PATHCONF3resfail, write_PATHCONF3resfail, size_PATHCONF3resfail);

// union PATHCONF3res switch (nfsstat3 status) {
// case NFS3_OK:
//    PATHCONF3resok   resok;
// default:
//    PATHCONF3resfail resfail;
// };
export type PATHCONF3res =
  | { status: nfsstat3.NFS3_OK; resok: PATHCONF3resok }
  | { status: Exclude<nfsstat3, nfsstat3.NFS3_OK>; resfail: PATHCONF3resfail };
function read_PATHCONF3res(r: XdrReader): PATHCONF3res {
  const d = read_nfsstat3(r);
  switch (d) {
    case 0:
      return { status: d, resok: read_PATHCONF3resok(r) } as PATHCONF3res;
    default:
      return { status: d, resfail: read_PATHCONF3resfail(r) } as PATHCONF3res;
  }
}
function write_PATHCONF3res(w: XdrWriter, v: PATHCONF3res): void {
  write_nfsstat3(w, v.status);
  switch (v.status) {
    case 0:
      write_PATHCONF3resok(w, (v as { resok: PATHCONF3resok }).resok);
      break;
    default:
      write_PATHCONF3resfail(w, (v as { resfail: PATHCONF3resfail }).resfail);
      break;
  }
}
function size_PATHCONF3res(v: PATHCONF3res): number {
  switch (v.status) {
    case 0:
      return 4 + size_PATHCONF3resok((v as { resok: PATHCONF3resok }).resok);
    default:
      return 4 + size_PATHCONF3resfail((v as { resfail: PATHCONF3resfail }).resfail);
  }
}
export const xdr_PATHCONF3res: Codec<PATHCONF3res> = xdr.codec(read_PATHCONF3res, write_PATHCONF3res, size_PATHCONF3res);

// struct COMMIT3args {
//    nfs_fh3    file;
//    offset3    offset;
//    count3     count;
// };
export interface COMMIT3args {
  file: nfs_fh3;
  offset: offset3;
  count: count3;
}
function read_COMMIT3args(r: XdrReader): COMMIT3args {
  return {
    file: read_nfs_fh3(r),
    offset: read_offset3(r),
    count: read_count3(r),
  };
}
function write_COMMIT3args(w: XdrWriter, v: COMMIT3args): void {
  write_nfs_fh3(w, v.file);
  write_offset3(w, v.offset);
  write_count3(w, v.count);
}
function size_COMMIT3args(v: COMMIT3args): number {
  return 12 + size_nfs_fh3(v.file);
}
export const xdr_COMMIT3args: Codec<COMMIT3args> = xdr.codec(read_COMMIT3args, write_COMMIT3args, size_COMMIT3args);

// struct COMMIT3resok {
//    wcc_data   file_wcc;
//    writeverf3 verf;
// };
export interface COMMIT3resok {
  file_wcc: wcc_data;
  verf: writeverf3;
}
function read_COMMIT3resok(r: XdrReader): COMMIT3resok {
  return {
    file_wcc: read_wcc_data(r),
    verf: read_writeverf3(r),
  };
}
function write_COMMIT3resok(w: XdrWriter, v: COMMIT3resok): void {
  write_wcc_data(w, v.file_wcc);
  write_writeverf3(w, v.verf);
}
function size_COMMIT3resok(v: COMMIT3resok): number {
  return 8 + size_wcc_data(v.file_wcc);
}
export const xdr_COMMIT3resok: Codec<COMMIT3resok> = xdr.codec(read_COMMIT3resok, write_COMMIT3resok, size_COMMIT3resok);

// struct COMMIT3resfail {
//    wcc_data   file_wcc;
// };
export interface COMMIT3resfail {
  file_wcc: wcc_data;
}
function read_COMMIT3resfail(r: XdrReader): COMMIT3resfail {
  return {
    file_wcc: read_wcc_data(r),
  };
}
function write_COMMIT3resfail(w: XdrWriter, v: COMMIT3resfail): void {
  write_wcc_data(w, v.file_wcc);
}
function size_COMMIT3resfail(v: COMMIT3resfail): number {
  return size_wcc_data(v.file_wcc);
}
export const xdr_COMMIT3resfail: Codec<COMMIT3resfail> = xdr.codec(read_COMMIT3resfail, write_COMMIT3resfail, size_COMMIT3resfail);

// union COMMIT3res switch (nfsstat3 status) {
// case NFS3_OK:
//    COMMIT3resok   resok;
// default:
//    COMMIT3resfail resfail;
// };
export type COMMIT3res =
  | { status: nfsstat3.NFS3_OK; resok: COMMIT3resok }
  | { status: Exclude<nfsstat3, nfsstat3.NFS3_OK>; resfail: COMMIT3resfail };
function read_COMMIT3res(r: XdrReader): COMMIT3res {
  const d = read_nfsstat3(r);
  switch (d) {
    case 0:
      return { status: d, resok: read_COMMIT3resok(r) } as COMMIT3res;
    default:
      return { status: d, resfail: read_COMMIT3resfail(r) } as COMMIT3res;
  }
}
function write_COMMIT3res(w: XdrWriter, v: COMMIT3res): void {
  write_nfsstat3(w, v.status);
  switch (v.status) {
    case 0:
      write_COMMIT3resok(w, (v as { resok: COMMIT3resok }).resok);
      break;
    default:
      write_COMMIT3resfail(w, (v as { resfail: COMMIT3resfail }).resfail);
      break;
  }
}
function size_COMMIT3res(v: COMMIT3res): number {
  switch (v.status) {
    case 0:
      return 4 + size_COMMIT3resok((v as { resok: COMMIT3resok }).resok);
    default:
      return 4 + size_COMMIT3resfail((v as { resfail: COMMIT3resfail }).resfail);
  }
}
export const xdr_COMMIT3res: Codec<COMMIT3res> = xdr.codec(read_COMMIT3res, write_COMMIT3res, size_COMMIT3res);

// program NFS_PROGRAM {
//    version NFS_V3 {
//       void
//        NFSPROC3_NULL(void)                    = 0;
//       GETATTR3res
//        NFSPROC3_GETATTR(GETATTR3args)         = 1;
//       SETATTR3res
//        NFSPROC3_SETATTR(SETATTR3args)         = 2;
//       LOOKUP3res
//        NFSPROC3_LOOKUP(LOOKUP3args)           = 3;
//       ACCESS3res
//        NFSPROC3_ACCESS(ACCESS3args)           = 4;
//       READLINK3res
//        NFSPROC3_READLINK(READLINK3args)       = 5;
//       READ3res
//        NFSPROC3_READ(READ3args)               = 6;
//       WRITE3res
//        NFSPROC3_WRITE(WRITE3args)             = 7;
//       CREATE3res
//        NFSPROC3_CREATE(CREATE3args)           = 8;
//       MKDIR3res
//        NFSPROC3_MKDIR(MKDIR3args)             = 9;
//       SYMLINK3res
//        NFSPROC3_SYMLINK(SYMLINK3args)         = 10;
//       MKNOD3res
//        NFSPROC3_MKNOD(MKNOD3args)             = 11;
//       REMOVE3res
//        NFSPROC3_REMOVE(REMOVE3args)           = 12;
//       RMDIR3res
//        NFSPROC3_RMDIR(RMDIR3args)             = 13;
//       RENAME3res
//        NFSPROC3_RENAME(RENAME3args)           = 14;
//       LINK3res
//        NFSPROC3_LINK(LINK3args)               = 15;
//       READDIR3res
//        NFSPROC3_READDIR(READDIR3args)         = 16;
//       READDIRPLUS3res
//        NFSPROC3_READDIRPLUS(READDIRPLUS3args) = 17;
//       FSSTAT3res
//        NFSPROC3_FSSTAT(FSSTAT3args)           = 18;
//       FSINFO3res
//        NFSPROC3_FSINFO(FSINFO3args)           = 19;
//       PATHCONF3res
//        NFSPROC3_PATHCONF(PATHCONF3args)       = 20;
//       COMMIT3res
//        NFSPROC3_COMMIT(COMMIT3args)           = 21;
//    } = 3;
// } = 100003;
export const NFS_PROGRAM = 100003;
export const NFS_V3 = 3;
export const NFSPROC3_NULL = 0;
export const NFSPROC3_GETATTR = 1;
export const NFSPROC3_SETATTR = 2;
export const NFSPROC3_LOOKUP = 3;
export const NFSPROC3_ACCESS = 4;
export const NFSPROC3_READLINK = 5;
export const NFSPROC3_READ = 6;
export const NFSPROC3_WRITE = 7;
export const NFSPROC3_CREATE = 8;
export const NFSPROC3_MKDIR = 9;
export const NFSPROC3_SYMLINK = 10;
export const NFSPROC3_MKNOD = 11;
export const NFSPROC3_REMOVE = 12;
export const NFSPROC3_RMDIR = 13;
export const NFSPROC3_RENAME = 14;
export const NFSPROC3_LINK = 15;
export const NFSPROC3_READDIR = 16;
export const NFSPROC3_READDIRPLUS = 17;
export const NFSPROC3_FSSTAT = 18;
export const NFSPROC3_FSINFO = 19;
export const NFSPROC3_PATHCONF = 20;
export const NFSPROC3_COMMIT = 21;
export const NFS_PROGRAM_NFS_V3 = {
  program: 100003,
  version: 3,
  procedures: {
    NFSPROC3_NULL: { proc: 0, args: xdr.xdr_void, res: xdr.xdr_void },
    NFSPROC3_GETATTR: { proc: 1, args: xdr_GETATTR3args, res: xdr_GETATTR3res },
    NFSPROC3_SETATTR: { proc: 2, args: xdr_SETATTR3args, res: xdr_SETATTR3res },
    NFSPROC3_LOOKUP: { proc: 3, args: xdr_LOOKUP3args, res: xdr_LOOKUP3res },
    NFSPROC3_ACCESS: { proc: 4, args: xdr_ACCESS3args, res: xdr_ACCESS3res },
    NFSPROC3_READLINK: { proc: 5, args: xdr_READLINK3args, res: xdr_READLINK3res },
    NFSPROC3_READ: { proc: 6, args: xdr_READ3args, res: xdr_READ3res },
    NFSPROC3_WRITE: { proc: 7, args: xdr_WRITE3args, res: xdr_WRITE3res },
    NFSPROC3_CREATE: { proc: 8, args: xdr_CREATE3args, res: xdr_CREATE3res },
    NFSPROC3_MKDIR: { proc: 9, args: xdr_MKDIR3args, res: xdr_MKDIR3res },
    NFSPROC3_SYMLINK: { proc: 10, args: xdr_SYMLINK3args, res: xdr_SYMLINK3res },
    NFSPROC3_MKNOD: { proc: 11, args: xdr_MKNOD3args, res: xdr_MKNOD3res },
    NFSPROC3_REMOVE: { proc: 12, args: xdr_REMOVE3args, res: xdr_REMOVE3res },
    NFSPROC3_RMDIR: { proc: 13, args: xdr_RMDIR3args, res: xdr_RMDIR3res },
    NFSPROC3_RENAME: { proc: 14, args: xdr_RENAME3args, res: xdr_RENAME3res },
    NFSPROC3_LINK: { proc: 15, args: xdr_LINK3args, res: xdr_LINK3res },
    NFSPROC3_READDIR: { proc: 16, args: xdr_READDIR3args, res: xdr_READDIR3res },
    NFSPROC3_READDIRPLUS: { proc: 17, args: xdr_READDIRPLUS3args, res: xdr_READDIRPLUS3res },
    NFSPROC3_FSSTAT: { proc: 18, args: xdr_FSSTAT3args, res: xdr_FSSTAT3res },
    NFSPROC3_FSINFO: { proc: 19, args: xdr_FSINFO3args, res: xdr_FSINFO3res },
    NFSPROC3_PATHCONF: { proc: 20, args: xdr_PATHCONF3args, res: xdr_PATHCONF3res },
    NFSPROC3_COMMIT: { proc: 21, args: xdr_COMMIT3args, res: xdr_COMMIT3res },
  },
} as const;
