// NFSPROC3_FSINFO (RFC 1813 §3.3.19): the transfer sizes and capabilities clients tune to.
import { nfsstat3, type FSINFO3args, type FSINFO3res } from '../../generated/nfs3.js';
import type { Attr } from '../../overlay/index.js';
import { postOpAttr } from '../attributes.js';
import {
  DTPREF, FSINFO_PROPERTIES, MAXFILESIZE, RTMAX, RTMULT, RTPREF, TIME_DELTA, WTMAX, WTMULT, WTPREF,
} from '../limits.js';
import type { NfsExport } from '../nfs-export.js';

export function fsinfo(exp: NfsExport) {
  return async (args: FSINFO3args): Promise<FSINFO3res> => {
    let attr: Attr | undefined;
    try {
      const obj = await exp.resolve(args.fsroot);
      attr = obj.attr;
      return {
        status: nfsstat3.NFS3_OK,
        resok: {
          obj_attributes: postOpAttr(obj.attr, exp.fsid),
          rtmax: RTMAX, rtpref: RTPREF, rtmult: RTMULT,
          wtmax: WTMAX, wtpref: WTPREF, wtmult: WTMULT,
          dtpref: DTPREF, maxfilesize: MAXFILESIZE, time_delta: TIME_DELTA, properties: FSINFO_PROPERTIES,
        },
      };
    } catch (err) {
      return { status: exp.statusOf(err, 'FSINFO'), resfail: { obj_attributes: postOpAttr(attr, exp.fsid) } };
    }
  };
}
