// NFSPROC3_RENAME (RFC 1813 §3.3.14), with wcc data for both directories. The moved object
// keeps its handle (we record its new place); a replaced object's handle goes stale.
import { nfsstat3, type RENAME3args, type RENAME3res } from '../../generated/nfs3.js';
import type { CallContext } from '../../rpc/types.js';
import { dirWcc } from '../create-common.js';
import { changesAttributes } from '../entry-attributes.js';
import { forgetOrRelocate } from '../forget.js';
import { checkRemovableName } from '../names.js';
import type { NfsExport, Resolved } from '../nfs-export.js';

export function rename(exp: NfsExport) {
  return changesAttributes(exp, async (args: RENAME3args, ctx: CallContext): Promise<RENAME3res> => {
    let from: Resolved | undefined;
    let to: Resolved | undefined;
    try {
      from = await exp.resolveDir(args.from.dir);
      to = await exp.resolveDir(args.to.dir);
      exp.requireWritable();
      checkRemovableName(args.from.name);
      checkRemovableName(args.to.name);
      const moved = await exp.overlay.lookup(from.path, args.from.name);
      const replaced = await exp.lookupIfExists(to.path, args.to.name);
      await exp.overlay.rename(from.path, args.from.name, to.path, args.to.name, exp.credOf(ctx));
      exp.handles.record(moved.id, to.id, args.to.name);
      if (replaced !== undefined && replaced.id !== moved.id) await forgetOrRelocate(exp, to, args.to.name, replaced);
      return { status: nfsstat3.NFS3_OK, resok: { fromdir_wcc: await dirWcc(exp, from), todir_wcc: await dirWcc(exp, to) } };
    } catch (err) {
      const status = exp.statusOf(err, 'RENAME');
      return { status, resfail: { fromdir_wcc: await dirWcc(exp, from), todir_wcc: await dirWcc(exp, to) } };
    }
  });
}
