// Overlay attributes → the attribute shapes of RFC 1813 (fattr3, wcc_attr, post_op_attr,
// pre_op_attr, wcc_data). Pure conversions: no I/O.
import {
  ftype3, type fattr3, type nfstime3, type post_op_attr, type pre_op_attr, type wcc_data,
} from '../generated/nfs3.js';
import type { Attr, FileType, Timespec } from '../overlay/index.js';

const ftypeOf: Record<FileType, ftype3> = {
  file: ftype3.NF3REG,
  dir: ftype3.NF3DIR,
  symlink: ftype3.NF3LNK,
  chr: ftype3.NF3CHR,
  blk: ftype3.NF3BLK,
  fifo: ftype3.NF3FIFO,
  sock: ftype3.NF3SOCK,
};

export function nfstimeOf(t: Timespec): nfstime3 {
  // nfstime3 seconds are unsigned 32-bit: times before 1970 or after 2106 wrap like knfsd's.
  return { seconds: t.sec >>> 0, nseconds: t.nsec >>> 0 };
}

export function fattrOf(a: Attr, fsid: bigint): fattr3 {
  return {
    type: ftypeOf[a.type],
    mode: a.mode & 0o7777,
    nlink: a.nlink,
    uid: a.uid,
    gid: a.gid,
    size: a.size,
    used: a.used,
    rdev: { specdata1: a.rdev.major, specdata2: a.rdev.minor },
    fsid,
    fileid: a.id,
    atime: nfstimeOf(a.atime),
    mtime: nfstimeOf(a.mtime),
    ctime: nfstimeOf(a.ctime),
  };
}

export function postOpAttr(a: Attr | undefined, fsid: bigint): post_op_attr {
  return a === undefined ? { attributes_follow: false } : { attributes_follow: true, attributes: fattrOf(a, fsid) };
}

export function preOpAttr(a: Attr | undefined): pre_op_attr {
  if (a === undefined) return { attributes_follow: false };
  return { attributes_follow: true, attributes: { size: a.size, mtime: nfstimeOf(a.mtime), ctime: nfstimeOf(a.ctime) } };
}

export function wccData(before: Attr | undefined, after: Attr | undefined, fsid: bigint): wcc_data {
  return { before: preOpAttr(before), after: postOpAttr(after, fsid) };
}

/** The "no attributes" wcc_data, for failures before anything was looked at. */
export const emptyWcc: wcc_data = { before: { attributes_follow: false }, after: { attributes_follow: false } };

export function sameTime(a: Timespec, b: nfstime3): boolean {
  return (a.sec >>> 0) === b.seconds && (a.nsec >>> 0) === b.nseconds;
}
