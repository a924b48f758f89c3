// NFSPROC3_FSSTAT (RFC 1813 §3.3.18): space and inodes of the filesystem holding the upper
// layer (the lowers' when the export is read-only), as the overlay reports them.
import { nfsstat3, type FSSTAT3args, type FSSTAT3res } from '../../generated/nfs3.js';
import type { Attr } from '../../overlay/index.js';
import { postOpAttr } from '../attributes.js';
import type { NfsExport } from '../nfs-export.js';

export function fsstat(exp: NfsExport) {
  return async (args: FSSTAT3args): Promise<FSSTAT3res> => {
    let attr: Attr | undefined;
    try {
      const obj = await exp.resolve(args.fsroot);
      attr = obj.attr;
      const s = await exp.overlay.statfs();
      return {
        status: nfsstat3.NFS3_OK,
        resok: {
          obj_attributes: postOpAttr(obj.attr, exp.fsid),
          tbytes: s.bytes, fbytes: s.freeBytes, abytes: s.availBytes,
          tfiles: s.files, ffiles: s.freeFiles, afiles: s.availFiles,
          invarsec: 0, // the numbers change with every write
        },
      };
    } catch (err) {
      return { status: exp.statusOf(err, 'FSSTAT'), resfail: { obj_attributes: postOpAttr(attr, exp.fsid) } };
    }
  };
}
