// NFSPROC3_MKDIR (RFC 1813 §3.3.9).
import type { MKDIR3args, MKDIR3res } from '../../generated/nfs3.js';
import type { CallContext } from '../../rpc/types.js';
import { applyRest, createName } from '../create-common.js';
import { changesAttributes } from '../entry-attributes.js';
import { childPath } from '../names.js';
import type { NfsExport } from '../nfs-export.js';
import { setAttrOf, withoutMode } from '../set-attributes.js';

const DEFAULT_DIR_MODE = 0o755;

export function mkdir(exp: NfsExport) {
  return changesAttributes(exp, (args: MKDIR3args, ctx: CallContext): Promise<MKDIR3res> =>
    createName(exp, args.where, ctx, 'MKDIR', async (dir, name, cred) => {
      const s = setAttrOf(args.attributes);
      const created = await exp.overlay.mkdir(dir.path, name, cred, s.mode ?? DEFAULT_DIR_MODE);
      return applyRest(exp, childPath(dir.path, name), cred, created, withoutMode(s));
    }));
}
