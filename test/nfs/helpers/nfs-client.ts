// A typed NFSv3/MOUNT client for tests: the generated codecs through the project's RpcClient.
import { MOUNT_PROGRAM_MOUNT_V3 } from '../../../src/generated/mount3.js';
import { NFS_PROGRAM_NFS_V3, nfsstat3, type nfs_fh3 } from '../../../src/generated/nfs3.js';
import { RpcClient, type AuthSysCred } from '../../../src/rpc/index.js';
import type { Codec } from '../../../src/xdr/index.js';

type Spec = { proc: number; args: Codec<any>; res: Codec<any> }; // eslint-disable-line @typescript-eslint/no-explicit-any
type ArgsOf<S> = S extends { args: Codec<infer A> } ? A : never;
type ResOf<S> = S extends { res: Codec<infer R> } ? R : never;
type NfsProcs = typeof NFS_PROGRAM_NFS_V3.procedures;
type MountProcs = typeof MOUNT_PROGRAM_MOUNT_V3.procedures;

export const ROOT: AuthSysCred = { flavor: 'sys', uid: 0, gid: 0, gids: [], machinename: 'test', stamp: 1 };
export const USER: AuthSysCred = { flavor: 'sys', uid: 1000, gid: 1000, gids: [1000], machinename: 'test', stamp: 1 };

export class NfsClient {
  private constructor(private readonly rpc: RpcClient) {}

  /** AUTH_SYS with `cred`; AUTH_NONE when cred is undefined. */
  static async connect(port: number, cred: AuthSysCred | undefined): Promise<NfsClient> {
    const c = await RpcClient.connect({ transport: 'tcp', host: '127.0.0.1', port }, { timeoutMs: 20000, ...(cred ? { cred } : {}) });
    if ('error' in c) throw new Error(c.error);
    return new NfsClient(c);
  }

  private async call<S extends Spec>(prog: number, vers: number, spec: S, args: ArgsOf<S>): Promise<ResOf<S>> {
    const out = await this.rpc.call(prog, vers, spec.proc, spec.args, args, spec.res);
    if (!out.ok) throw new Error(`RPC ${prog}/${spec.proc} failed: ${out.kind} ${out.message}`);
    return out.value as ResOf<S>;
  }

  nfs<K extends keyof NfsProcs>(name: K, args: ArgsOf<NfsProcs[K]>): Promise<ResOf<NfsProcs[K]>> {
    return this.call(NFS_PROGRAM_NFS_V3.program, NFS_PROGRAM_NFS_V3.version, NFS_PROGRAM_NFS_V3.procedures[name], args);
  }

  mount<K extends keyof MountProcs>(name: K, args: ArgsOf<MountProcs[K]>): Promise<ResOf<MountProcs[K]>> {
    return this.call(MOUNT_PROGRAM_MOUNT_V3.program, MOUNT_PROGRAM_MOUNT_V3.version, MOUNT_PROGRAM_MOUNT_V3.procedures[name], args);
  }

  /** The export root's handle through MNT. */
  async rootHandle(path = '/ovl'): Promise<nfs_fh3> {
    const res = await this.mount('MOUNTPROC3_MNT', path);
    if (res.fhs_status !== 0) throw new Error(`MNT ${path}: ${res.fhs_status}`);
    return { data: Buffer.from(res.mountinfo.fhandle) };
  }

  /** LOOKUP of a '/'-separated path below `dir`; throws unless every step is NFS3_OK. */
  async walk(dir: nfs_fh3, path: string): Promise<nfs_fh3> {
    let fh = dir;
    for (const name of path.split('/').filter((s) => s !== '')) {
      const res = await this.nfs('NFSPROC3_LOOKUP', { what: { dir: fh, name } });
      if (res.status !== nfsstat3.NFS3_OK) throw new Error(`LOOKUP ${name}: ${nfsstat3[res.status]}`);
      fh = { data: Buffer.from(res.resok.object.data) };
    }
    return fh;
  }

  close(): void {
    this.rpc.close();
  }
}
