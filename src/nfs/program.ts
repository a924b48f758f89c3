// The NFS version 3 program as a table: the generated procedure table (numbers, codecs)
// plus one handler per procedure, each in its own file under procs/.
import { NFS_PROGRAM_NFS_V3 } from '../generated/nfs3.js';
import { programVersion } from '../rpc/program.js';
import type { ProgramVersion } from '../rpc/types.js';
import type { NfsExport } from './nfs-export.js';
import { access } from './procs/access.js';
import { commit } from './procs/commit.js';
import { create } from './procs/create.js';
import { fsinfo } from './procs/fsinfo.js';
import { fsstat } from './procs/fsstat.js';
import { getattr } from './procs/getattr.js';
import { link } from './procs/link.js';
import { lookup } from './procs/lookup.js';
import { mkdir } from './procs/mkdir.js';
import { mknod } from './procs/mknod.js';
import { nullProc } from './procs/null.js';
import { pathconf } from './procs/pathconf.js';
import { read } from './procs/read.js';
import { readdir } from './procs/readdir.js';
import { readdirplus } from './procs/readdirplus.js';
import { readlink } from './procs/readlink.js';
import { remove } from './procs/remove.js';
import { rename } from './procs/rename.js';
import { rmdir } from './procs/rmdir.js';
import { setattr } from './procs/setattr.js';
import { symlink } from './procs/symlink.js';
import { write } from './procs/write.js';

/** NFSv3 over one export; router.ts serves many exports by routing each call to the table of its export. */
export function nfsProgram(exp: NfsExport): ProgramVersion {
  return programVersion(NFS_PROGRAM_NFS_V3, {
    NFSPROC3_NULL: nullProc(),
    NFSPROC3_GETATTR: getattr(exp),
    NFSPROC3_SETATTR: setattr(exp),
    NFSPROC3_LOOKUP: lookup(exp),
    NFSPROC3_ACCESS: access(exp),
    NFSPROC3_READLINK: readlink(exp),
    NFSPROC3_READ: read(exp),
    NFSPROC3_WRITE: write(exp),
    NFSPROC3_CREATE: create(exp),
    NFSPROC3_MKDIR: mkdir(exp),
    NFSPROC3_SYMLINK: symlink(exp),
    NFSPROC3_MKNOD: mknod(exp),
    NFSPROC3_REMOVE: remove(exp),
    NFSPROC3_RMDIR: rmdir(exp),
    NFSPROC3_RENAME: rename(exp),
    NFSPROC3_LINK: link(exp),
    NFSPROC3_READDIR: readdir(exp),
    NFSPROC3_READDIRPLUS: readdirplus(exp),
    NFSPROC3_FSSTAT: fsstat(exp),
    NFSPROC3_FSINFO: fsinfo(exp),
    NFSPROC3_PATHCONF: pathconf(exp),
    NFSPROC3_COMMIT: commit(exp),
  });
}
