// A client host for service tests: one RPC server on loopback holding what a real client runs
// next to its NFS mount: a portmapper (PMAP v2 GETPORT), a lockd (NLM v4 GRANTED, GRANTED_MSG and
// the *_RES procedures) and a statd (SM_NOTIFY). Everything it receives is queued as an event.

import pino from 'pino';
import { NLM_PROG_NLM4_VERS, nlm4_stats, xdr_nlm4_res, xdr_nlm4_testres, xdr_void, type nlm4_res, type nlm4_testargs, type nlm4_testres } from '../../src/generated/nlm4.js';
import { SM_PROG_SM_VERS, type stat_chge } from '../../src/generated/nsm.js';
import { PMAP_PROG_PMAP_VERS } from '../../src/generated/pmap.js';
import { RpcClient } from '../../src/rpc/client.js';
import { programVersion } from '../../src/rpc/program.js';
import { RpcServer } from '../../src/rpc/rpc-server.js';

export type ClientEvent =
  | { kind: 'granted'; args: nlm4_testargs }
  | { kind: 'granted_msg'; args: nlm4_testargs }
  | { kind: 'test_res'; res: nlm4_testres }
  | { kind: 'lock_res'; res: nlm4_res }
  | { kind: 'cancel_res'; res: nlm4_res }
  | { kind: 'unlock_res'; res: nlm4_res }
  | { kind: 'granted_res_answered' }
  | { kind: 'sm_notify'; args: stat_chge };

export class FakeClientHost {
  port = 0;
  // What our lockd answers to GRANTED / GRANTED_RES.
  grantAnswer: nlm4_stats = nlm4_stats.NLM4_GRANTED;
  // Where GRANTED_RES goes (the server under test).
  serverPort = 0;
  private readonly events: ClientEvent[] = [];
  private readonly waiters: Array<{ kind: ClientEvent['kind']; resolve: (e: ClientEvent) => void }> = [];
  private readonly rpc = new RpcServer({ logger: pino({ level: 'silent' }) });

  static async start(): Promise<FakeClientHost> {
    const host = new FakeClientHost();
    host.rpc.register(
      programVersion(PMAP_PROG_PMAP_VERS, {
        PMAPPROC_GETPORT: (m) => (m.prog === NLM_PROG_NLM4_VERS.program || m.prog === SM_PROG_SM_VERS.program ? host.port : 0),
      }),
    );
    host.rpc.register(
      programVersion(NLM_PROG_NLM4_VERS, {
        NLMPROC4_GRANTED: (args) => {
          host.push({ kind: 'granted', args: copy(args) });
          return { cookie: args.cookie, stat: { stat: host.grantAnswer } };
        },
        NLMPROC4_GRANTED_MSG: (args) => {
          host.push({ kind: 'granted_msg', args: copy(args) });
          void host.answerGrantedMsg(Buffer.from(args.cookie));
        },
        NLMPROC4_TEST_RES: (res) => host.push({ kind: 'test_res', res: xdr_nlm4_testres.decode(Buffer.from(xdr_nlm4_testres.encode(res))) }),
        NLMPROC4_LOCK_RES: (res) => host.push({ kind: 'lock_res', res: copyRes(res) }),
        NLMPROC4_CANCEL_RES: (res) => host.push({ kind: 'cancel_res', res: copyRes(res) }),
        NLMPROC4_UNLOCK_RES: (res) => host.push({ kind: 'unlock_res', res: copyRes(res) }),
      }),
    );
    host.rpc.register(programVersion(SM_PROG_SM_VERS, { SM_NOTIFY: (args) => host.push({ kind: 'sm_notify', args: { ...args } }) }));
    host.port = (await host.rpc.listen('127.0.0.1', 0)).port;
    return host;
  }

  next<K extends ClientEvent['kind']>(kind: K): Promise<Extract<ClientEvent, { kind: K }>> {
    const i = this.events.findIndex((e) => e.kind === kind);
    if (i >= 0) return Promise.resolve(this.events.splice(i, 1)[0] as Extract<ClientEvent, { kind: K }>);
    return new Promise((resolve) => this.waiters.push({ kind, resolve: resolve as (e: ClientEvent) => void }));
  }

  pending(): ClientEvent[] {
    return [...this.events];
  }

  close(): Promise<void> {
    return this.rpc.close();
  }

  private push(e: ClientEvent): void {
    const i = this.waiters.findIndex((w) => w.kind === e.kind);
    if (i >= 0) this.waiters.splice(i, 1)[0]!.resolve(e);
    else this.events.push(e);
  }

  private async answerGrantedMsg(cookie: Buffer): Promise<void> {
    const client = await RpcClient.connect({ transport: 'tcp', host: '127.0.0.1', port: this.serverPort });
    if ('error' in client) throw new Error(client.error);
    const proc = NLM_PROG_NLM4_VERS.procedures.NLMPROC4_GRANTED_RES.proc;
    await client.call(NLM_PROG_NLM4_VERS.program, 4, proc, xdr_nlm4_res, { cookie, stat: { stat: this.grantAnswer } }, xdr_void);
    client.close();
    this.push({ kind: 'granted_res_answered' });
  }
}

function copy(a: nlm4_testargs): nlm4_testargs {
  return { cookie: Buffer.from(a.cookie), exclusive: a.exclusive, alock: { ...a.alock, fh: Buffer.from(a.alock.fh), oh: Buffer.from(a.alock.oh) } };
}

function copyRes(r: nlm4_res): nlm4_res {
  return { cookie: Buffer.from(r.cookie), stat: { stat: r.stat.stat } };
}
