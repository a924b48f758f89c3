// REMOVE and RMDIR differ only in the overlay call and the procedure name; the handle
// bookkeeping (the last name of an object takes its handle with it) is the same.
import { nfsstat3, type diropargs3, type REMOVE3res } from '../generated/nfs3.js';
import type { CallContext } from '../rpc/types.js';
import { dirWcc } from './create-common.js';
import { checkRemovableName } from './names.js';
import type { NfsExport, Resolved } from './nfs-export.js';
import { forgetOrRelocate } from './forget.js';

/** REMOVE3res and RMDIR3res have the same shape: dir_wcc in both arms. */
export async function removeName(
  exp: NfsExport,
  object: diropargs3,
  ctx: CallContext,
  proc: 'REMOVE' | 'RMDIR',
): Promise<REMOVE3res> {
  let dir: Resolved | undefined;
  try {
    dir = await exp.resolveDir(object.dir);
    exp.requireWritable();
    const name = object.name;
    checkRemovableName(name);
    const victim = await exp.overlay.lookup(dir.path, name);
    const cred = exp.credOf(ctx);
    if (proc === 'REMOVE') await exp.overlay.remove(dir.path, name, cred);
    else await exp.overlay.rmdir(dir.path, name, cred);
    await forgetOrRelocate(exp, dir, name, victim);
    return { status: nfsstat3.NFS3_OK, resok: { dir_wcc: await dirWcc(exp, dir) } };
  } catch (err) {
    return { status: exp.statusOf(err, proc), resfail: { dir_wcc: await dirWcc(exp, dir) } };
  }
}
