// The one place where a failure becomes an nfsstat3 (style.md: "one error mapping").
// Procedures catch whatever the overlay or handle resolution threw and pass it here.
import { nfsstat3 } from '../generated/nfs3.js';
import { OverlayError } from '../overlay/index.js';

/** Every status but NFS3_OK: what a failure arm of a result union carries. */
export type NfsError = Exclude<nfsstat3, nfsstat3.NFS3_OK>;

/** A failure the NFS layer decides itself (bad handle, wrong file type, bad cookie...). */
export class NfsFailure extends Error {
  constructor(readonly status: NfsError, message?: string) {
    super(message ?? nfsstat3[status]);
    this.name = 'NfsFailure';
  }
}

// Keyed by errno name; Node's own fs errors carry the same names in `code`, so an error that
// slipped past the overlay unwrapped still maps sensibly.
const statusByErrno: Record<string, NfsError> = {
  EPERM: nfsstat3.NFS3ERR_PERM,
  ENOENT: nfsstat3.NFS3ERR_NOENT,
  EIO: nfsstat3.NFS3ERR_IO,
  ENXIO: nfsstat3.NFS3ERR_NXIO,
  EACCES: nfsstat3.NFS3ERR_ACCES,
  EEXIST: nfsstat3.NFS3ERR_EXIST,
  EXDEV: nfsstat3.NFS3ERR_XDEV,
  ENODEV: nfsstat3.NFS3ERR_NODEV,
  ENOTDIR: nfsstat3.NFS3ERR_NOTDIR,
  EISDIR: nfsstat3.NFS3ERR_ISDIR,
  EINVAL: nfsstat3.NFS3ERR_INVAL,
  EFBIG: nfsstat3.NFS3ERR_FBIG,
  ENOSPC: nfsstat3.NFS3ERR_NOSPC,
  EROFS: nfsstat3.NFS3ERR_ROFS,
  EMLINK: nfsstat3.NFS3ERR_MLINK,
  ENAMETOOLONG: nfsstat3.NFS3ERR_NAMETOOLONG,
  ENOTEMPTY: nfsstat3.NFS3ERR_NOTEMPTY,
  EDQUOT: nfsstat3.NFS3ERR_DQUOT,
  ESTALE: nfsstat3.NFS3ERR_STALE,
  ENOTSUP: nfsstat3.NFS3ERR_NOTSUPP,
  EOPNOTSUPP: nfsstat3.NFS3ERR_NOTSUPP,
  ENOSYS: nfsstat3.NFS3ERR_NOTSUPP,
  // NFSv3 has no ELOOP/EBUSY; knfsd answers INVAL for the cases a client can cause.
  ELOOP: nfsstat3.NFS3ERR_INVAL,
  EBUSY: nfsstat3.NFS3ERR_INVAL,
  EBADF: nfsstat3.NFS3ERR_IO,
  // The handle store (SQLite in the work directory) shares the upper's filesystem: when that
  // is full, recording a new object's handle fails like the write that filled it.
  SQLITE_FULL: nfsstat3.NFS3ERR_NOSPC,
};

/** Maps any thrown value to the status a client should see; unknown failures are SERVERFAULT. */
export function statusOf(err: unknown): NfsError {
  if (err instanceof NfsFailure) return err.status;
  if (err instanceof OverlayError) return statusByErrno[err.errno] ?? nfsstat3.NFS3ERR_SERVERFAULT;
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code === 'string') return statusByErrno[code] ?? nfsstat3.NFS3ERR_SERVERFAULT;
  return nfsstat3.NFS3ERR_SERVERFAULT;
}
