// NFSPROC3_ACCESS (RFC 1813 §3.3.4): answers exactly what the later operations will allow,
// using knfsd's tables of which permission each ACCESS bit needs on a directory or a file.
import {
  ACCESS3_DELETE, ACCESS3_EXECUTE, ACCESS3_EXTEND, ACCESS3_LOOKUP, ACCESS3_MODIFY, ACCESS3_READ,
  nfsstat3, type ACCESS3args, type ACCESS3res,
} from '../../generated/nfs3.js';
import { R_OK, W_OK, X_OK, type Attr } from '../../overlay/index.js';
import type { CallContext } from '../../rpc/types.js';
import { postOpAttr } from '../attributes.js';
import type { NfsExport } from '../nfs-export.js';

interface Need { bit: number; perms: number }

// Changing a directory needs write and search permission on it; EXECUTE means nothing there.
const directoryNeeds: Need[] = [
  { bit: ACCESS3_READ, perms: R_OK },
  { bit: ACCESS3_LOOKUP, perms: X_OK },
  { bit: ACCESS3_MODIFY, perms: W_OK | X_OK },
  { bit: ACCESS3_EXTEND, perms: W_OK | X_OK },
  { bit: ACCESS3_DELETE, perms: W_OK | X_OK },
];
// LOOKUP and DELETE mean nothing on a non-directory.
const fileNeeds: Need[] = [
  { bit: ACCESS3_READ, perms: R_OK },
  { bit: ACCESS3_MODIFY, perms: W_OK },
  { bit: ACCESS3_EXTEND, perms: W_OK },
  { bit: ACCESS3_EXECUTE, perms: X_OK },
];
const CHANGE_BITS = ACCESS3_MODIFY | ACCESS3_EXTEND | ACCESS3_DELETE;

export function access(exp: NfsExport) {
  return async (args: ACCESS3args, ctx: CallContext): Promise<ACCESS3res> => {
    let attr: Attr | undefined;
    try {
      const obj = await exp.resolve(args.object);
      attr = obj.attr;
      const needs = obj.attr.type === 'dir' ? directoryNeeds : fileNeeds;
      const asked = needs.filter((n) => (args.access & n.bit) !== 0);
      const wanted = asked.reduce((perms, n) => perms | n.perms, 0);
      const allowed = wanted === 0 ? 0 : await exp.overlay.access(obj.path, exp.credOf(ctx), wanted);
      let granted = 0;
      for (const n of asked) if ((allowed & n.perms) === n.perms) granted |= n.bit;
      if (exp.readOnly) granted &= ~CHANGE_BITS;
      return { status: nfsstat3.NFS3_OK, resok: { obj_attributes: postOpAttr(obj.attr, exp.fsid), access: granted } };
    } catch (err) {
      return { status: exp.statusOf(err, 'ACCESS'), resfail: { obj_attributes: postOpAttr(attr, exp.fsid) } };
    }
  };
}
