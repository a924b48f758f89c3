// Per procedure, what the export router needs to know without running the procedure:
// which file handle names the export, whether the procedure changes anything, and a
// well-formed failure result for any status (each union's default arm, with "no
// attributes" in every post-op and wcc slot, as knfsd answers before it looked at a file).
import {
  NFS_PROGRAM_NFS_V3,
  type nfsstat3,
  type post_op_attr,
} from '../generated/nfs3.js';
import { emptyWcc } from './attributes.js';

type NfsProcName = keyof typeof NFS_PROGRAM_NFS_V3.procedures;
type Fh = { data: Buffer };

export interface Route {
  /** The handle whose export answers the call. */
  handle(args: unknown): Fh;
  /** RENAME and LINK: the second handle, which must name the same export (else XDEV). */
  otherHandle?(args: unknown): Fh;
  /** Changes the tree: refused with ROFS for read-only clients. */
  modifying: boolean;
  /** The result for a call refused before it reached the export. */
  failure(status: Exclude<nfsstat3, nfsstat3.NFS3_OK>): unknown;
}

const NO_ATTR: post_op_attr = { attributes_follow: false };

// The handle accessors take `any` for the decoded argument: each is used only with its own
// procedure's arguments (the table below is keyed by procedure).
/* eslint-disable @typescript-eslint/no-explicit-any */
const object = (a: any): Fh => a.object;
const file = (a: any): Fh => a.file;
const whereDir = (a: any): Fh => a.where.dir;
const objectDir = (a: any): Fh => a.object.dir;
const dir = (a: any): Fh => a.dir;
const fsroot = (a: any): Fh => a.fsroot;
/* eslint-enable @typescript-eslint/no-explicit-any */

function route(handle: Route['handle'], modifying: boolean, resfail: object | null, otherHandle?: Route['otherHandle']): Route {
  return {
    handle,
    modifying,
    failure: resfail === null ? (status) => ({ status }) : (status) => ({ status, resfail }),
    ...(otherHandle === undefined ? {} : { otherHandle }),
  };
}

export const ROUTES: Partial<Record<NfsProcName, Route>> = {
  NFSPROC3_GETATTR: route(object, false, null),
  NFSPROC3_SETATTR: route(object, true, { obj_wcc: emptyWcc }),
  NFSPROC3_LOOKUP: route((a) => (a as { what: { dir: Fh } }).what.dir, false, { dir_attributes: NO_ATTR }),
  NFSPROC3_ACCESS: route(object, false, { obj_attributes: NO_ATTR }),
  NFSPROC3_READLINK: route((a) => (a as { symlink: Fh }).symlink, false, { symlink_attributes: NO_ATTR }),
  NFSPROC3_READ: route(file, false, { file_attributes: NO_ATTR }),
  NFSPROC3_WRITE: route(file, true, { file_wcc: emptyWcc }),
  NFSPROC3_CREATE: route(whereDir, true, { dir_wcc: emptyWcc }),
  NFSPROC3_MKDIR: route(whereDir, true, { dir_wcc: emptyWcc }),
  NFSPROC3_SYMLINK: route(whereDir, true, { dir_wcc: emptyWcc }),
  NFSPROC3_MKNOD: route(whereDir, true, { dir_wcc: emptyWcc }),
  NFSPROC3_REMOVE: route(objectDir, true, { dir_wcc: emptyWcc }),
  NFSPROC3_RMDIR: route(objectDir, true, { dir_wcc: emptyWcc }),
  NFSPROC3_RENAME: route(
    (a) => (a as { from: { dir: Fh } }).from.dir,
    true,
    { fromdir_wcc: emptyWcc, todir_wcc: emptyWcc },
    (a) => (a as { to: { dir: Fh } }).to.dir,
  ),
  NFSPROC3_LINK: route(file, true, { file_attributes: NO_ATTR, linkdir_wcc: emptyWcc }, (a) => (a as { link: { dir: Fh } }).link.dir),
  NFSPROC3_READDIR: route(dir, false, { dir_attributes: NO_ATTR }),
  NFSPROC3_READDIRPLUS: route(dir, false, { dir_attributes: NO_ATTR }),
  NFSPROC3_FSSTAT: route(fsroot, false, { obj_attributes: NO_ATTR }),
  NFSPROC3_FSINFO: route(fsroot, false, { obj_attributes: NO_ATTR }),
  NFSPROC3_PATHCONF: route(object, false, { obj_attributes: NO_ATTR }),
  // COMMIT writes nothing new, but a read-only client has nothing to commit: knfsd refuses it too.
  NFSPROC3_COMMIT: route(file, true, { file_wcc: emptyWcc }),
};
