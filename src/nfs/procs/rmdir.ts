// NFSPROC3_RMDIR (RFC 1813 §3.3.13).
import { nfsstat3, type RMDIR3args, type RMDIR3res } from '../../generated/nfs3.js';
import type { CallContext } from '../../rpc/types.js';
import { dirWcc } from '../create-common.js';
import { checkRemovableName } from '../names.js';
import type { NfsExport, Resolved } from '../nfs-export.js';
import { forgetOrRelocate } from '../forget.js';

export function rmdir(exp: NfsExport) {
  return async (args: RMDIR3args, ctx: CallContext): Promise<RMDIR3res> => {
    let dir: Resolved | undefined;
    try {
      dir = await exp.resolveDir(args.object.dir);
      exp.requireWritable();
      const name = args.object.name;
      checkRemovableName(name);
      const victim = await exp.overlay.lookup(dir.path, name);
      await exp.overlay.rmdir(dir.path, name, exp.credOf(ctx));
      await forgetOrRelocate(exp, dir, name, victim);
      return { status: nfsstat3.NFS3_OK, resok: { dir_wcc: await dirWcc(exp, dir) } };
    } catch (err) {
      return { status: exp.statusOf(err, 'RMDIR'), resfail: { dir_wcc: await dirWcc(exp, dir) } };
    }
  };
}
