// What CREATE, MKDIR, SYMLINK and MKNOD share: the call's frame (directory, write access, the
// new name, the reply with handle and directory wcc) and, after the object exists, applying the
// rest of the client's sattr3. Each procedure supplies only how its object is made.
import { nfsstat3, type CREATE3res, type diropargs3, type post_op_attr, type post_op_fh3, type wcc_data } from '../generated/nfs3.js';
import type { Attr, Cred, SetAttr } from '../overlay/index.js';
import type { CallContext } from '../rpc/types.js';
import { postOpAttr, wccData } from './attributes.js';
import { checkNewName } from './names.js';
import type { NfsExport, Resolved } from './nfs-export.js';
import { isEmptySetAttr } from './set-attributes.js';

/** Makes the object `name` in `dir` as `cred`; throws what the client should see on failure. */
export type MakeObject = (dir: Resolved, name: string, cred: Cred) => Promise<Attr>;

/** CREATE3res, MKDIR3res, SYMLINK3res and MKNOD3res have the same shape. */
export async function createName(exp: NfsExport, where: diropargs3, ctx: CallContext, proc: 'CREATE' | 'MKDIR' | 'SYMLINK' | 'MKNOD', make: MakeObject): Promise<CREATE3res> {
  let dir: Resolved | undefined;
  try {
    dir = await exp.resolveDir(where.dir);
    exp.requireWritable();
    const name = where.name;
    checkNewName(name);
    const attr = await make(dir, name, exp.credOf(ctx));
    return { status: nfsstat3.NFS3_OK, resok: await createdReply(exp, dir, name, attr) };
  } catch (err) {
    return { status: exp.statusOf(err, proc), resfail: { dir_wcc: await dirWcc(exp, dir) } };
  }
}

/** Applies what the create call itself could not (owner, times, a non-zero size). */
export async function applyRest(exp: NfsExport, path: string, cred: Cred, created: Attr, rest: SetAttr): Promise<Attr> {
  const change: SetAttr = { ...rest };
  // A new object already has the caller's ownership and is empty.
  if (change.uid === created.uid) delete change.uid;
  if (change.gid === created.gid) delete change.gid;
  if (change.size === created.size) delete change.size;
  return isEmptySetAttr(change) ? created : exp.overlay.setattr(path, cred, change);
}

interface Created { obj: post_op_fh3; obj_attributes: post_op_attr; dir_wcc: wcc_data }

/** Records the new object's place, then reports it with the directory's before/after. */
async function createdReply(exp: NfsExport, dir: Resolved, name: string, attr: Attr): Promise<Created> {
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
