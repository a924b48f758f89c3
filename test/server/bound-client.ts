// A typed NFS/MOUNT/NLM client whose TCP socket is bound to a chosen local address (and
// optionally a local port), so tests can call from 127.0.0.2, 127.0.0.3 or a privileged
// port. Auth rejections come back as values ({ denied: auth_stat }), not errors.
import net from 'node:net';
import { MOUNT_PROGRAM_MOUNT_V3 } from '../../src/generated/mount3.js';
import { NFS_PROGRAM_NFS_V3, nfsstat3, type nfs_fh3 } from '../../src/generated/nfs3.js';
import { NLM_PROG_NLM4_VERS } from '../../src/generated/nlm4.js';
import { accept_stat, auth_flavor, auth_stat, msg_type, reject_stat, reply_stat, xdr_authsys_parms, xdr_rpc_msg, type opaque_auth } from '../../src/generated/rpc.js';
import { RecordReader, frameRecord } from '../../src/rpc/record-marking.js';
import type { AuthSysCred } from '../../src/rpc/index.js';
import { XdrReader, XdrWriter, type Codec } from '../../src/xdr/index.js';

type Spec = { proc: number; args: Codec<any>; res: Codec<any> }; // eslint-disable-line @typescript-eslint/no-explicit-any
type ArgsOf<S> = S extends { args: Codec<infer A> } ? A : never;
type ResOf<S> = S extends { res: Codec<infer R> } ? R : never;
type Table = { program: number; version: number; procedures: Record<string, Spec> };

export const ROOT: AuthSysCred = { flavor: 'sys', uid: 0, gid: 0, gids: [], machinename: 'test', stamp: 1 };
export const USER: AuthSysCred = { flavor: 'sys', uid: 1000, gid: 1000, gids: [1000], machinename: 'test', stamp: 1 };

export type Reply<R> = { value: R } | { denied: auth_stat };

/** The reply's value; a denial at the RPC level becomes an error naming the procedure. */
function accepted<R>(name: string, reply: Reply<R>): R {
  if ('denied' in reply) throw new Error(`${name} denied: ${auth_stat[reply.denied]}`);
  return reply.value;
}

export class BoundClient {
  private nextXid = 1;
  private readonly waiting = new Map<number, (record: Buffer) => void>();
  private readonly credential: opaque_auth;

  private constructor(private readonly socket: net.Socket, cred: AuthSysCred) {
    this.credential = { flavor: auth_flavor.AUTH_SYS, body: xdr_authsys_parms.encode({ stamp: cred.stamp, machinename: cred.machinename, uid: cred.uid, gid: cred.gid, gids: cred.gids }) };
    const reader = new RecordReader(1 << 22);
    socket.on('data', (chunk: Buffer) => {
      reader.push(chunk);
      for (let next = reader.next(); next.kind === 'record'; next = reader.next()) {
        const xid = next.record.readUInt32BE(0);
        this.waiting.get(xid)?.(next.record);
        this.waiting.delete(xid);
      }
    });
    socket.on('error', () => undefined);
  }

  static connect(o: { port: number; from: string; localPort?: number; cred?: AuthSysCred; host?: string }): Promise<BoundClient> {
    return new Promise((resolve, reject) => {
      const socket = net.connect({ host: o.host ?? '127.0.0.1', port: o.port, localAddress: o.from, ...(o.localPort === undefined ? {} : { localPort: o.localPort }) }, () =>
        resolve(new BoundClient(socket, o.cred ?? ROOT)),
      );
      socket.once('error', reject);
    });
  }

  get localPort(): number {
    return this.socket.localPort as number;
  }

  private raw<S extends Spec>(table: Table, spec: S, args: ArgsOf<S>): Promise<Reply<ResOf<S>>> {
    const xid = this.nextXid++;
    const header = {
      xid,
      body: { mtype: msg_type.CALL, cbody: { rpcvers: 2, prog: table.program, vers: table.version, proc: spec.proc, cred: this.credential, verf: { flavor: auth_flavor.AUTH_NONE, body: Buffer.alloc(0) } } },
    } as const;
    const record = Buffer.alloc(xdr_rpc_msg.size(header) + spec.args.size(args));
    const w = new XdrWriter(record);
    xdr_rpc_msg.write(w, header);
    spec.args.write(w, args);
    return new Promise((resolve, reject) => {
      this.waiting.set(xid, (reply) => {
        const r = new XdrReader(reply);
        const msg = xdr_rpc_msg.read(r);
        if (msg.body.mtype !== msg_type.REPLY) return reject(new Error('not a reply'));
        const body = msg.body.rbody;
        if (body.stat === reply_stat.MSG_DENIED) {
          if (body.rreply.stat !== reject_stat.AUTH_ERROR) return reject(new Error('RPC version mismatch'));
          return resolve({ denied: body.rreply.why });
        }
        if (body.areply.reply_data.stat !== accept_stat.SUCCESS) return reject(new Error(`not accepted: ${accept_stat[body.areply.reply_data.stat]}`));
        resolve({ value: spec.res.read(r) as ResOf<S> });
      });
      this.socket.write(frameRecord(record));
    });
  }

  nfsRaw<K extends keyof typeof NFS_PROGRAM_NFS_V3.procedures>(name: K, args: ArgsOf<(typeof NFS_PROGRAM_NFS_V3.procedures)[K]>) {
    return this.raw(NFS_PROGRAM_NFS_V3, NFS_PROGRAM_NFS_V3.procedures[name], args);
  }

  /** The NFS result; throws when the call was denied at the RPC level. */
  async nfs<K extends keyof typeof NFS_PROGRAM_NFS_V3.procedures>(name: K, args: ArgsOf<(typeof NFS_PROGRAM_NFS_V3.procedures)[K]>) {
    return accepted(name, await this.nfsRaw(name, args));
  }

  mountRaw<K extends keyof typeof MOUNT_PROGRAM_MOUNT_V3.procedures>(name: K, args: ArgsOf<(typeof MOUNT_PROGRAM_MOUNT_V3.procedures)[K]>) {
    return this.raw(MOUNT_PROGRAM_MOUNT_V3, MOUNT_PROGRAM_MOUNT_V3.procedures[name], args);
  }

  async mount<K extends keyof typeof MOUNT_PROGRAM_MOUNT_V3.procedures>(name: K, args: ArgsOf<(typeof MOUNT_PROGRAM_MOUNT_V3.procedures)[K]>) {
    return accepted(name, await this.mountRaw(name, args));
  }

  async nlm<K extends keyof typeof NLM_PROG_NLM4_VERS.procedures>(name: K, args: ArgsOf<(typeof NLM_PROG_NLM4_VERS.procedures)[K]>) {
    return accepted(name, await this.raw(NLM_PROG_NLM4_VERS, NLM_PROG_NLM4_VERS.procedures[name], args));
  }

  /** MNT's root handle; throws unless MNT3_OK. */
  async rootHandle(path: string): Promise<nfs_fh3> {
    const res = await this.mount('MOUNTPROC3_MNT', path);
    if (res.fhs_status !== 0) throw new Error(`MNT ${path}: ${res.fhs_status}`);
    return { data: Buffer.from(res.mountinfo.fhandle) };
  }

  async lookup(dir: nfs_fh3, name: string): Promise<nfs_fh3> {
    const res = await this.nfs('NFSPROC3_LOOKUP', { what: { dir, name } });
    if (res.status !== nfsstat3.NFS3_OK) throw new Error(`LOOKUP ${name}: ${nfsstat3[res.status]}`);
    return { data: Buffer.from(res.resok.object.data) };
  }

  close(): void {
    this.socket.destroy();
  }
}
