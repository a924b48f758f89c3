// Central dispatch: every error answer of RFC 5531 is produced here, once, in the order
// the Linux kernel checks (RPC version, credentials, program, version, procedure,
// arguments), so program code only ever sees decoded arguments and valid credentials.
import type { Logger } from 'pino';
import { XdrError } from '../xdr/index.js';
import { authenticate } from './auth.js';
import { AuthRejection } from './auth-rejection.js';
import { ReplyBody } from './reply-body.js';
import { readCall, type CallHeader } from './call-header.js';
import { acceptedError, authError, rpcMismatch, success, successWithBody } from './replies.js';
import type { CallSink, Peer, ReplyFrame } from './transport.js';
import type { CallContext, Procedure, ProgramVersion } from './types.js';
import { accept_stat } from '../generated/rpc.js';

export class Dispatcher implements CallSink {
  private readonly programs = new Map<number, Map<number, ProgramVersion>>();

  constructor(private readonly log: Logger) {}

  register(pv: ProgramVersion): void {
    let versions = this.programs.get(pv.program);
    if (!versions) this.programs.set(pv.program, (versions = new Map()));
    if (versions.has(pv.version)) throw new Error(`program ${pv.program} version ${pv.version} registered twice`);
    versions.set(pv.version, pv);
  }

  systemError(xid: number): Buffer {
    return acceptedError(xid, accept_stat.SYSTEM_ERR);
  }

  handle(record: Buffer, peer: Peer): ReplyFrame | Promise<ReplyFrame> {
    const call = readCall(record);
    switch (call.kind) {
      case 'undecodable':
        return null;
      case 'rpc-mismatch':
        return rpcMismatch(call.xid);
      case 'bad-credentials':
        return authError(call.xid, call.why);
      case 'call':
        return this.dispatch(call, peer);
    }
  }

  private dispatch(call: Extract<CallHeader, { kind: 'call' }>, peer: Peer): ReplyFrame | Promise<ReplyFrame> {
    const { xid, prog, vers, proc } = call;
    const cred = authenticate(call.cred, call.verf);
    if (typeof cred === 'number') return authError(xid, cred);
    const versions = this.programs.get(prog);
    if (!versions) return acceptedError(xid, accept_stat.PROG_UNAVAIL);
    const pv = versions.get(vers);
    if (!pv) return acceptedError(xid, accept_stat.PROG_MISMATCH, versionRange(versions));
    const procedure = pv.procedures.get(proc);
    if (!procedure) return acceptedError(xid, accept_stat.PROC_UNAVAIL);

    let args: unknown;
    try {
      // Bytes after the arguments are tolerated, as the Linux server does.
      args = procedure.args.read(call.args);
    } catch (err) {
      if (err instanceof XdrError) return acceptedError(xid, accept_stat.GARBAGE_ARGS);
      return this.failed(call, procedure, err);
    }
    const ctx: CallContext = {
      xid, prog, vers, proc, cred,
      transport: peer.transport,
      remoteAddress: peer.remoteAddress,
      remotePort: peer.remotePort,
      localAddress: peer.localAddress,
      localPort: peer.localPort,
    };
    let result: unknown;
    try {
      result = procedure.handler(args, ctx);
    } catch (err) {
      return this.failed(call, procedure, err);
    }
    if (result instanceof Promise) {
      return result.then(
        (value: unknown) => this.encode(call, procedure, value),
        (err: unknown) => this.failed(call, procedure, err),
      );
    }
    return this.encode(call, procedure, result);
  }

  private encode(call: CallHeader & { kind: 'call' }, procedure: Procedure<unknown, unknown>, result: unknown): Buffer {
    try {
      if (result instanceof ReplyBody) return successWithBody(call.xid, result);
      if (result instanceof AuthRejection) return authError(call.xid, result.why);
      return success(call.xid, procedure.res, result);
    } catch (err) {
      return this.failed(call, procedure, err);
    }
  }

  private failed(call: CallHeader & { kind: 'call' }, procedure: Procedure<unknown, unknown>, err: unknown): Buffer {
    this.log.error({ err, xid: call.xid, prog: call.prog, vers: call.vers, proc: procedure.name }, 'procedure failed, answering SYSTEM_ERR');
    return acceptedError(call.xid, accept_stat.SYSTEM_ERR);
  }
}

function versionRange(versions: Map<number, ProgramVersion>): { low: number; high: number } {
  let low = Infinity;
  let high = 0;
  for (const version of versions.keys()) {
    low = Math.min(low, version);
    high = Math.max(high, version);
  }
  return { low, high };
}
