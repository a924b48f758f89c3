// One well-formed call of every NFSv3 procedure but NULL, on a directory handle and a file
// handle, so tests can check that a policy holds on each of them.
import { createmode3, ftype3, stable_how, type nfs_fh3 } from '../../src/generated/nfs3.js';
import { KEEP_ATTRS } from '../helpers/sattr.js';
import type { BoundClient } from './bound-client.js';

export interface ProcCall {
  name: string;
  modifying: boolean;
  /** The nfsstat3 of the reply, or the RPC auth error as 'AUTH:<n>'. */
  run(c: BoundClient): Promise<number | string>;
}

export function everyProcedure(dir: nfs_fh3, file: nfs_fh3): ProcCall[] {
  const call = <K extends Parameters<BoundClient['nfsRaw']>[0]>(name: K, modifying: boolean, args: Parameters<BoundClient['nfsRaw']>[1] & object): ProcCall => ({
    name,
    modifying,
    run: async (c) => {
      const reply = await c.nfsRaw(name, args as never);
      return 'denied' in reply ? `AUTH:${reply.denied}` : (reply.value as { status: number }).status;
    },
  });
  return [
    call('NFSPROC3_GETATTR', false, { object: file }),
    call('NFSPROC3_SETATTR', true, { object: file, new_attributes: { ...KEEP_ATTRS, mode: { set_it: true, mode: 0o644 } }, guard: { check: false } }),
    call('NFSPROC3_LOOKUP', false, { what: { dir, name: 'hello.txt' } }),
    call('NFSPROC3_ACCESS', false, { object: file, access: 0x3f }),
    call('NFSPROC3_READLINK', false, { symlink: file }),
    call('NFSPROC3_READ', false, { file, offset: 0n, count: 100 }),
    call('NFSPROC3_WRITE', true, { file, offset: 0n, count: 1, stable: stable_how.FILE_SYNC, data: Buffer.from('x') }),
    call('NFSPROC3_CREATE', true, { where: { dir, name: 'new-file' }, how: { mode: createmode3.UNCHECKED, obj_attributes: KEEP_ATTRS } }),
    call('NFSPROC3_MKDIR', true, { where: { dir, name: 'new-dir' }, attributes: KEEP_ATTRS }),
    call('NFSPROC3_SYMLINK', true, { where: { dir, name: 'new-link' }, symlink: { symlink_attributes: KEEP_ATTRS, symlink_data: 'hello.txt' } }),
    call('NFSPROC3_MKNOD', true, { where: { dir, name: 'new-fifo' }, what: { type: ftype3.NF3FIFO, pipe_attributes: KEEP_ATTRS } }),
    call('NFSPROC3_REMOVE', true, { object: { dir, name: 'hello.txt' } }),
    call('NFSPROC3_RMDIR', true, { object: { dir, name: 'sub' } }),
    call('NFSPROC3_RENAME', true, { from: { dir, name: 'hello.txt' }, to: { dir, name: 'renamed.txt' } }),
    call('NFSPROC3_LINK', true, { file, link: { dir, name: 'hard-link' } }),
    call('NFSPROC3_READDIR', false, { dir, cookie: 0n, cookieverf: Buffer.alloc(8), count: 4096 }),
    call('NFSPROC3_READDIRPLUS', false, { dir, cookie: 0n, cookieverf: Buffer.alloc(8), dircount: 4096, maxcount: 8192 }),
    call('NFSPROC3_FSSTAT', false, { fsroot: dir }),
    call('NFSPROC3_FSINFO', false, { fsroot: dir }),
    call('NFSPROC3_PATHCONF', false, { object: dir }),
    call('NFSPROC3_COMMIT', true, { file, offset: 0n, count: 0 }),
  ];
}
