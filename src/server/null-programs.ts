// NFS v3 and MOUNT v3 with only their NULL procedure, so rpcinfo and libnfs can ping the
// server before the full programs exist. The nfs engineer replaces these with the real
// program tables (src/nfs, src/mount) in programs.ts.
import { programVersion } from '../rpc/program.js';
import type { ProgramVersion } from '../rpc/types.js';
import { NFS_PROGRAM_NFS_V3 } from '../generated/nfs3.js';
import { MOUNT_PROGRAM_MOUNT_V3 } from '../generated/mount3.js';

export function nullOnlyPrograms(): ProgramVersion[] {
  return [
    programVersion(NFS_PROGRAM_NFS_V3, { NFSPROC3_NULL: () => undefined }),
    programVersion(MOUNT_PROGRAM_MOUNT_V3, { MOUNTPROC3_NULL: () => undefined }),
  ];
}
