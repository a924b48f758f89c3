// Applies an operation to the resolver through the Overlay API (contracts.md section 3), with the
// operation's credentials (root when it names none).
import { Overlay, OverlayError, type Cred } from '../../../src/overlay/index.js';
import { dataOf, type Op, type OpResult } from './ops.js';

export const ROOT_CRED: Cred = { uid: 0, gid: 0, groups: [] };

async function run(ov: Overlay, op: Op): Promise<void> {
  const cred: Cred = op.as ?? ROOT_CRED;
  switch (op.k) {
    case 'create': await ov.create(op.dir, op.name, cred, op.mode, op.exclusive); return;
    case 'write': await ov.write(op.path, BigInt(op.offset), dataOf(op), cred, 'unstable'); return;
    case 'append': {
      const { size } = await ov.getattr(op.path);
      await ov.write(op.path, size, dataOf(op), cred, 'unstable');
      return;
    }
    case 'truncate': await ov.setattr(op.path, cred, { size: BigInt(op.size) }); return;
    case 'chmod': await ov.setattr(op.path, cred, { mode: op.mode }); return;
    case 'chown': {
      const s: { uid?: number; gid?: number } = {};
      if (op.uid !== undefined) s.uid = op.uid;
      if (op.gid !== undefined) s.gid = op.gid;
      await ov.setattr(op.path, cred, s);
      return;
    }
    case 'utimes': await ov.setattr(op.path, cred, { atime: op.atime, mtime: op.mtime }); return;
    case 'mkdir': await ov.mkdir(op.dir, op.name, cred, op.mode); return;
    case 'rmdir': await ov.rmdir(op.dir, op.name, cred); return;
    case 'unlink': await ov.remove(op.dir, op.name, cred); return;
    case 'rename': await ov.rename(op.fromDir, op.fromName, op.toDir, op.toName, cred); return;
    case 'link': await ov.link(op.path, op.toDir, op.toName, cred); return;
    case 'symlink': await ov.symlink(op.dir, op.name, op.target, cred); return;
    case 'mkfifo': await ov.mknod(op.dir, op.name, cred, 'fifo', op.mode, { major: 0, minor: 0 }); return;
  }
}

/** 'OK' or the errno of the OverlayError; anything else thrown is a resolver crash: rethrown. */
export async function resolverApply(ov: Overlay, op: Op): Promise<OpResult> {
  try {
    await run(ov, op);
    return 'OK';
  } catch (e) {
    if (e instanceof OverlayError) return e.errno;
    throw e;
  }
}
