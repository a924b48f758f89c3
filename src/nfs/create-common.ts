// What CREATE, MKDIR, SYMLINK and MKNOD share: after the object exists, apply the rest of the
// client's sattr3 and build the reply parts (handle, attributes, directory wcc).
import type { post_op_attr, post_op_fh3, wcc_data } from '../generated/nfs3.js';
import type { Attr, Cred, SetAttr } from '../overlay/index.js';
import { postOpAttr, wccData } from './attributes.js';
import type { NfsExport, Resolved } from './nfs-export.js';
import { isEmptySetAttr } from './set-attributes.js';

/** Applies what the create call itself could not (owner, times, a non-zero size). */
export async function applyRest(exp: NfsExport, path: string, cred: Cred, created: Attr, rest: SetAttr): Promise<Attr> {
  const change: SetAttr = { ...rest };
  // A new object already has the caller's ownership and is empty.
  if (change.uid === created.uid) delete change.uid;
  if (change.gid === created.gid) delete change.gid;
  if (change.size === created.size) delete change.size;
  return isEmptySetAttr(change) ? created : exp.overlay.setattr(path, cred, change);
}

export interface Created { obj: post_op_fh3; obj_attributes: post_op_attr; dir_wcc: wcc_data }

/** Records the new object's place, then reports it with the directory's before/after. */
export async function createdReply(exp: NfsExport, dir: Resolved, name: string, attr: Attr): Promise<Created> {
  const handle = exp.handOut(attr, dir.id, name);
  const dirAfter = await exp.attrAfter(dir.path);
  return {
    obj: { handle_follows: true, handle },
    obj_attributes: postOpAttr(attr, exp.fsid),
    dir_wcc: wccData(dir.attr, dirAfter, exp.fsid),
  };
}

/** The directory before the call (from its handle) and now; whatever of it is known. */
export async function dirWcc(exp: NfsExport, dir: Resolved | undefined): Promise<wcc_data> {
  if (dir === undefined) return wccData(undefined, undefined, exp.fsid);
  return wccData(dir.attr, await exp.attrAfter(dir.path), exp.fsid);
}
