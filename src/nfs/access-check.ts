// Permission checks for the overlay calls that take no credentials (lookup, read, readdir):
// the NFS layer asks the overlay what the caller may do before acting on its behalf.
import { nfsstat3 } from '../generated/nfs3.js';
import type { Cred } from '../overlay/index.js';
import type { NfsExport, Resolved } from './nfs-export.js';
import { NfsFailure } from './status.js';

/** Throws ACCES unless the caller holds at least one of the `anyOf` bits (R_OK/W_OK/X_OK) on the object. */
export async function requireAccess(exp: NfsExport, obj: Resolved, cred: Cred, anyOf: number): Promise<void> {
  // Root reads and searches everything (CAP_DAC_READ_SEARCH).
  if (cred.uid === 0) return;
  const allowed = await exp.overlay.access(obj.path, cred, anyOf);
  if ((allowed & anyOf) === 0) throw new NfsFailure(nfsstat3.NFS3ERR_ACCES);
}
