// NFSPROC3_MKNOD (RFC 1813 §3.3.11): FIFOs and sockets for anyone allowed to write the
// directory; character and block devices only when the overlay may create them (root).
import { ftype3, nfsstat3, type MKNOD3args, type MKNOD3res } from '../../generated/nfs3.js';
import type { Attr, Cred } from '../../overlay/index.js';
import type { CallContext } from '../../rpc/types.js';
import { applyRest, createName } from '../create-common.js';
import { changesAttributes } from '../entry-attributes.js';
import { childPath } from '../names.js';
import type { NfsExport, Resolved } from '../nfs-export.js';
import { setAttrOf, withoutMode } from '../set-attributes.js';
import { NfsFailure } from '../status.js';

const DEFAULT_NODE_MODE = 0o644;

async function makeNode(exp: NfsExport, dir: Resolved, name: string, cred: Cred, what: MKNOD3args['what']): Promise<Attr> {
  const path = childPath(dir.path, name);
  switch (what.type) {
    case ftype3.NF3CHR:
    case ftype3.NF3BLK: {
      const s = setAttrOf(what.device.dev_attributes);
      const rdev = { major: what.device.spec.specdata1, minor: what.device.spec.specdata2 };
      const type = what.type === ftype3.NF3CHR ? 'chr' : 'blk';
      const created = await exp.overlay.mknod(dir.path, name, cred, type, s.mode ?? DEFAULT_NODE_MODE, rdev);
      return applyRest(exp, path, cred, created, withoutMode(s));
    }
    case ftype3.NF3FIFO:
    case ftype3.NF3SOCK: {
      const s = setAttrOf(what.pipe_attributes);
      const type = what.type === ftype3.NF3FIFO ? 'fifo' : 'sock';
      const created = await exp.overlay.mknod(dir.path, name, cred, type, s.mode ?? DEFAULT_NODE_MODE, { major: 0, minor: 0 });
      return applyRest(exp, path, cred, created, withoutMode(s));
    }
    default:
      // Regular files, directories and symlinks have their own procedures.
      throw new NfsFailure(nfsstat3.NFS3ERR_BADTYPE);
  }
}

export function mknod(exp: NfsExport) {
  return changesAttributes(exp, (args: MKNOD3args, ctx: CallContext): Promise<MKNOD3res> =>
    createName(exp, args.where, ctx, 'MKNOD', (dir, name, cred) => makeNode(exp, dir, name, cred, args.what)));
}
