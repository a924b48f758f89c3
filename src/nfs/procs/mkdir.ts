// NFSPROC3_MKDIR (RFC 1813 §3.3.9).
import { nfsstat3, type MKDIR3args, type MKDIR3res } from '../../generated/nfs3.js';
import type { CallContext } from '../../rpc/types.js';
import { applyRest, createdReply, dirWcc } from '../create-common.js';
import { changesAttributes } from '../entry-attributes.js';
import { checkNewName, childPath } from '../names.js';
import type { NfsExport, Resolved } from '../nfs-export.js';
import { setAttrOf, withoutMode } from '../set-attributes.js';

const DEFAULT_DIR_MODE = 0o755;

export function mkdir(exp: NfsExport) {
  return changesAttributes(exp, async (args: MKDIR3args, ctx: CallContext): Promise<MKDIR3res> => {
    let dir: Resolved | undefined;
    try {
      dir = await exp.resolveDir(args.where.dir);
      exp.requireWritable();
      const name = args.where.name;
      checkNewName(name);
      const cred = exp.credOf(ctx);
      const s = setAttrOf(args.attributes);
      const created = await exp.overlay.mkdir(dir.path, name, cred, s.mode ?? DEFAULT_DIR_MODE);
      const attr = await applyRest(exp, childPath(dir.path, name), cred, created, withoutMode(s));
      return { status: nfsstat3.NFS3_OK, resok: await createdReply(exp, dir, name, attr) };
    } catch (err) {
      return { status: exp.statusOf(err, 'MKDIR'), resfail: { dir_wcc: await dirWcc(exp, dir) } };
    }
  });
}
