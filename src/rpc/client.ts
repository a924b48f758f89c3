// An RPC client over TCP, UDP or a Unix stream socket: used to register with the system
// rpcbind (over its local socket /run/rpcbind.sock, which is where rpcbind accepts SET
// and UNSET from local users) and, later, for NLM callbacks. Failures are values.
import dgram from 'node:dgram';
import net from 'node:net';
import { randomInt } from 'node:crypto';
import { XdrError, XdrReader, XdrWriter, type Codec } from '../xdr/index.js';
import { accept_stat, auth_flavor, msg_type, reply_stat, xdr_authsys_parms, xdr_rpc_msg, type opaque_auth, type rpc_msg } from '../generated/rpc.js';
import { RecordReader, frameRecord } from './record-marking.js';
import { RPC_VERSION } from './call-header.js';
import type { AuthSysCred } from './types.js';

export type Endpoint =
  | { transport: 'tcp' | 'udp'; host: string; port: number }
  | { transport: 'unix'; path: string };

export type CallOutcome<R> =
  | { ok: true; value: R }
  | { ok: false; kind: 'timeout' | 'transport' | 'denied' | 'not-accepted' | 'garbage'; message: string };

export interface ClientOptions {
  /** How long a call may take in all. */
  timeoutMs?: number;
  /** UDP only: resend an unanswered call this often. */
  retransmitMs?: number;
  cred?: AuthSysCred;
}

interface Pending {
  settle(reply: Buffer | CallOutcome<never>): void;
}

const MAX_REPLY = 1024 * 1024 + 64 * 1024;

export class RpcClient {
  private readonly pending = new Map<number, Pending>();
  private nextXid = randomInt(0x7fffffff);
  private readonly credential: opaque_auth;

  private constructor(
    private readonly send: (record: Buffer) => void,
    private readonly closeTransport: () => void,
    private readonly datagram: boolean,
    private readonly options: ClientOptions,
  ) {
    this.credential = options.cred
      ? { flavor: auth_flavor.AUTH_SYS, body: xdr_authsys_parms.encode({ stamp: options.cred.stamp, machinename: options.cred.machinename, uid: options.cred.uid, gid: options.cred.gid, gids: options.cred.gids }) }
      : { flavor: auth_flavor.AUTH_NONE, body: Buffer.alloc(0) };
  }

  static connect(endpoint: Endpoint, options: ClientOptions = {}): Promise<RpcClient | { error: string }> {
    return endpoint.transport === 'udp' ? RpcClient.connectUdp(endpoint, options) : RpcClient.connectStream(endpoint, options);
  }

  private static connectStream(endpoint: Endpoint, options: ClientOptions): Promise<RpcClient | { error: string }> {
    return new Promise((resolve) => {
      const socket = endpoint.transport === 'unix' ? net.connect({ path: endpoint.path }) : net.connect({ host: endpoint.host, port: endpoint.port });
      socket.setNoDelay(true);
      const onError = (err: Error): void => resolve({ error: err.message });
      socket.once('error', onError);
      socket.once('connect', () => {
        socket.off('error', onError);
        const client = new RpcClient((record) => socket.write(frameRecord(record)), () => socket.destroy(), false, options);
        const reader = new RecordReader(MAX_REPLY);
        socket.on('data', (chunk: Buffer) => {
          reader.push(chunk);
          for (let next = reader.next(); next.kind !== 'need-more'; next = reader.next()) {
            if (next.kind === 'too-large') return client.failAll('garbage', 'reply record too large');
            client.receive(next.record);
          }
        });
        socket.on('error', (err) => client.failAll('transport', err.message));
        socket.on('close', () => client.failAll('transport', 'connection closed'));
        resolve(client);
      });
    });
  }

  private static connectUdp(endpoint: { host: string; port: number }, options: ClientOptions): Promise<RpcClient | { error: string }> {
    return new Promise((resolve) => {
      const socket = dgram.createSocket(endpoint.host.includes(':') ? 'udp6' : 'udp4');
      socket.once('error', (err) => resolve({ error: err.message }));
      socket.connect(endpoint.port, endpoint.host, () => {
        const client = new RpcClient((record) => socket.send(record), () => socket.close(), true, options);
        socket.on('message', (msg) => client.receive(msg));
        socket.on('error', (err) => client.failAll('transport', err.message));
        resolve(client);
      });
    });
  }

  call<A, R>(prog: number, vers: number, proc: number, argsCodec: Codec<A>, args: A, resCodec: Codec<R>): Promise<CallOutcome<R>> {
    const xid = this.nextXid;
    this.nextXid = (this.nextXid + 1) >>> 0;
    const header: rpc_msg = {
      xid,
      body: { mtype: msg_type.CALL, cbody: { rpcvers: RPC_VERSION, prog, vers, proc, cred: this.credential, verf: { flavor: auth_flavor.AUTH_NONE, body: Buffer.alloc(0) } } },
    };
    const record = Buffer.allocUnsafe(xdr_rpc_msg.size(header) + argsCodec.size(args));
    const w = new XdrWriter(record);
    xdr_rpc_msg.write(w, header);
    argsCodec.write(w, args);

    return new Promise<CallOutcome<R>>((resolve) => {
      const timeout = setTimeout(() => settle({ ok: false, kind: 'timeout', message: `no reply within ${this.options.timeoutMs ?? 5000} ms` }), this.options.timeoutMs ?? 5000);
      const resend = this.datagram ? setInterval(() => this.send(record), this.options.retransmitMs ?? 1000) : undefined;
      const settle = (reply: Buffer | CallOutcome<never>): void => {
        clearTimeout(timeout);
        if (resend) clearInterval(resend);
        this.pending.delete(xid);
        resolve(Buffer.isBuffer(reply) ? decodeReply(reply, resCodec) : reply);
      };
      this.pending.set(xid, { settle });
      this.send(record);
    });
  }

  close(): void {
    this.failAll('transport', 'client closed');
    this.closeTransport();
  }

  private receive(record: Buffer): void {
    if (record.length < 4) return;
    this.pending.get(record.readUInt32BE(0))?.settle(record);
  }

  private failAll(kind: 'transport' | 'garbage', message: string): void {
    for (const p of [...this.pending.values()]) p.settle({ ok: false, kind, message });
  }
}

function decodeReply<R>(record: Buffer, resCodec: Codec<R>): CallOutcome<R> {
  try {
    const r = new XdrReader(record);
    const msg = xdr_rpc_msg.read(r);
    if (msg.body.mtype !== msg_type.REPLY) return { ok: false, kind: 'garbage', message: 'not a reply' };
    const rbody = msg.body.rbody;
    if (rbody.stat === reply_stat.MSG_DENIED) return { ok: false, kind: 'denied', message: `call denied: ${JSON.stringify(rbody.rreply)}` };
    const data = rbody.areply.reply_data;
    if (data.stat !== accept_stat.SUCCESS) return { ok: false, kind: 'not-accepted', message: `call not accepted: ${accept_stat[data.stat]}` };
    return { ok: true, value: resCodec.read(r) };
  } catch (err) {
    if (err instanceof XdrError) return { ok: false, kind: 'garbage', message: err.message };
    throw err;
  }
}
