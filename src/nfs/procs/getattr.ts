// NFSPROC3_GETATTR (RFC 1813 §3.3.1).
import { nfsstat3, type GETATTR3args, type GETATTR3res } from '../../generated/nfs3.js';
import { fattrOf } from '../attributes.js';
import type { NfsExport } from '../nfs-export.js';

export function getattr(exp: NfsExport) {
  return async (args: GETATTR3args): Promise<GETATTR3res> => {
    try {
      const { attr } = await exp.resolve(args.object);
      return { status: nfsstat3.NFS3_OK, resok: { obj_attributes: fattrOf(attr, exp.fsid) } };
    } catch (err) {
      return { status: exp.statusOf(err, 'GETATTR') };
    }
  };
}
