// NFSPROC3_CREATE (RFC 1813 §3.3.8) in its three modes:
// - UNCHECKED: an existing regular file is reused (only a size in the attributes applies);
// - GUARDED: an existing name is NFS3ERR_EXIST;
// - EXCLUSIVE: the client's verifier is stored in the new file's atime/mtime (as knfsd does),
//   so a retransmitted CREATE finds its own file and succeeds, another verifier gets EXIST.
//   The client then sends a SETATTR with the real mode and times.
import { createmode3, nfsstat3, type CREATE3args, type CREATE3res, type createverf3 } from '../../generated/nfs3.js';
import type { Attr, Cred, SetAttr } from '../../overlay/index.js';
import type { CallContext } from '../../rpc/types.js';
import { applyRest, createName } from '../create-common.js';
import { changesAttributes } from '../entry-attributes.js';
import { childPath } from '../names.js';
import type { NfsExport, Resolved } from '../nfs-export.js';
import { setAttrOf, withoutMode } from '../set-attributes.js';
import { NfsFailure, statusOf } from '../status.js';

const DEFAULT_FILE_MODE = 0o644;
/** Mode of an exclusively created file until the client's SETATTR: usable by its owner only. */
const EXCLUSIVE_MODE = 0o600;

/** The verifier as two 31-bit second counts, so any time_t can hold them (knfsd's encoding). */
function verifierTimes(verf: createverf3): { atimeSec: number; mtimeSec: number } {
  return { mtimeSec: verf.readUInt32BE(0) & 0x7fffffff, atimeSec: verf.readUInt32BE(4) & 0x7fffffff };
}

function holdsVerifier(a: Attr, verf: createverf3): boolean {
  const v = verifierTimes(verf);
  return a.type === 'file' && a.atime.sec === v.atimeSec && a.mtime.sec === v.mtimeSec
    && a.atime.nsec === 0 && a.mtime.nsec === 0;
}


async function createWithAttributes(exp: NfsExport, dir: Resolved, name: string, cred: Cred, s: SetAttr, exclusive: boolean): Promise<Attr> {
  const created = await exp.overlay.create(dir.path, name, cred, s.mode ?? DEFAULT_FILE_MODE, exclusive);
  return applyRest(exp, childPath(dir.path, name), cred, created, withoutMode(s));
}

async function createUnchecked(exp: NfsExport, dir: Resolved, name: string, cred: Cred, s: SetAttr): Promise<Attr> {
  const existing = await exp.lookupIfExists(dir.path, name);
  if (existing === undefined) return createWithAttributes(exp, dir, name, cred, s, false);
  if (existing.type !== 'file') throw new NfsFailure(nfsstat3.NFS3ERR_EXIST);
  if (s.size === undefined) return existing;
  return exp.overlay.setattr(childPath(dir.path, name), cred, { size: s.size });
}

async function createExclusive(exp: NfsExport, dir: Resolved, name: string, cred: Cred, verf: createverf3): Promise<Attr> {
  const path = childPath(dir.path, name);
  try {
    await exp.overlay.create(dir.path, name, cred, EXCLUSIVE_MODE, true);
  } catch (err) {
    if (statusOf(err) !== nfsstat3.NFS3ERR_EXIST) throw err;
    const existing = await exp.overlay.lookup(dir.path, name);
    if (holdsVerifier(existing, verf)) return existing;
    throw err;
  }
  const v = verifierTimes(verf);
  return exp.overlay.setattr(path, cred, { atime: { sec: v.atimeSec, nsec: 0 }, mtime: { sec: v.mtimeSec, nsec: 0 } });
}

export function create(exp: NfsExport) {
  return changesAttributes(exp, (args: CREATE3args, ctx: CallContext): Promise<CREATE3res> =>
    createName(exp, args.where, ctx, 'CREATE', (dir, name, cred) => {
      const how = args.how;
      if (how.mode === createmode3.EXCLUSIVE) return createExclusive(exp, dir, name, cred, how.verf);
      if (how.mode === createmode3.GUARDED) return createWithAttributes(exp, dir, name, cred, setAttrOf(how.obj_attributes), true);
      return createUnchecked(exp, dir, name, cred, setAttrOf(how.obj_attributes));
    }));
}
