// MOUNTPROC3_MNT (RFC 1813 appendix I): the handle of an export's root, or of a directory
// below it (as Linux mountd allows), with the auth flavors the NFS service accepts.
import { auth_flavor } from '../../generated/rpc.js';
import { mountstat3, type dirpath, type mountres3 } from '../../generated/mount3.js';
import { nfsstat3 } from '../../generated/nfs3.js';
import { childPath } from '../../nfs/names.js';
import { statusOf } from '../../nfs/status.js';
import type { AuthRejection } from '../../rpc/auth-rejection.js';
import type { CallContext } from '../../rpc/types.js';
import type { MountSource } from '../mountable.js';
import type { MountTable } from '../mount-table.js';

const AUTH_FLAVORS = [auth_flavor.AUTH_SYS, auth_flavor.AUTH_NONE];

// MOUNT shares these numbers with NFS; everything else a client cannot act on.
const mountStatusOf: Partial<Record<nfsstat3, Exclude<mountstat3, mountstat3.MNT3_OK>>> = {
  [nfsstat3.NFS3ERR_PERM]: mountstat3.MNT3ERR_PERM,
  [nfsstat3.NFS3ERR_NOENT]: mountstat3.MNT3ERR_NOENT,
  [nfsstat3.NFS3ERR_IO]: mountstat3.MNT3ERR_IO,
  [nfsstat3.NFS3ERR_ACCES]: mountstat3.MNT3ERR_ACCES,
  [nfsstat3.NFS3ERR_NOTDIR]: mountstat3.MNT3ERR_NOTDIR,
  [nfsstat3.NFS3ERR_INVAL]: mountstat3.MNT3ERR_INVAL,
  [nfsstat3.NFS3ERR_NAMETOOLONG]: mountstat3.MNT3ERR_NAMETOOLONG,
};

export function mnt(source: MountSource, table: MountTable) {
  return async (path: dirpath, ctx: CallContext): Promise<mountres3 | AuthRejection> => {
    // '..' never climbs out of an export (checked before any export is looked up or created).
    if (path.split('/').includes('..')) return { fhs_status: mountstat3.MNT3ERR_NOENT };
    const found = await source.resolve(path, ctx);
    if (!found.ok) return 'reject' in found ? found.reject : { fhs_status: found.status };
    const nfs = found.nfs;
    try {
      let dirPath = '';
      let dirId = nfs.overlay.rootId;
      for (const name of found.below) {
        const attr = await nfs.overlay.lookup(dirPath, name);
        if (attr.type !== 'dir') return { fhs_status: mountstat3.MNT3ERR_NOTDIR };
        nfs.handles.record(attr.id, dirId, name);
        dirPath = childPath(dirPath, name);
        dirId = attr.id;
      }
      table.add(ctx.remoteAddress, path);
      return { fhs_status: mountstat3.MNT3_OK, mountinfo: { fhandle: nfs.handleOf(dirId).data, auth_flavors: AUTH_FLAVORS } };
    } catch (err) {
      const status = statusOf(err);
      if (status === nfsstat3.NFS3ERR_SERVERFAULT) nfs.log.error({ err, path }, 'MNT failed unexpectedly');
      return { fhs_status: mountStatusOf[status] ?? mountstat3.MNT3ERR_SERVERFAULT };
    }
  };
}
