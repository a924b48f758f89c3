// Calls from the server to a client's lockd: GRANTED for a blocked lock that became available,
// and the *_RES answers to the asynchronous *_MSG requests. Clients that used the synchronous
// LOCK get a synchronous GRANTED; clients that used LOCK_MSG (macOS) get GRANTED_MSG, whose
// answer arrives later as a GRANTED_RES call matched by cookie. Every call is bounded in time
// and attempts and runs on its own socket, so a client that does not answer delays nobody else.

import { randomBytes } from 'node:crypto';
import {
  NLM_PROG_NLM4_VERS,
  nlm4_stats,
  xdr_nlm4_res,
  xdr_nlm4_testargs,
  xdr_void,
  type nlm4_lock,
  type nlm4_res,
  type nlm4_testargs,
} from '../generated/nlm4.js';
import type { PeerCaller } from '../nsm/peer-call.js';
import type { Codec } from '../xdr/index.js';
import type { GrantReply } from './lock-manager.js';
import type { Waiter } from './lock-table.js';

// Where and how to tell a client that its blocked request was granted.
export interface GrantTarget {
  address: string;
  version: number;
  transport: 'tcp' | 'udp';
  async: boolean; // the client used LOCK_MSG: answer with GRANTED_MSG
  exclusive: boolean;
  alock: nlm4_lock; // as the client sent it: the client matches the grant by fh, svid and range
}

export interface CallbackOptions {
  timeoutMs: number; // per attempt
  attempts: number;
  retryDelayMs: number;
}

export const DEFAULT_CALLBACK_OPTIONS: CallbackOptions = { timeoutMs: 2000, attempts: 4, retryDelayMs: 1000 };

const PROCS = NLM_PROG_NLM4_VERS.procedures;

export class ClientCallbacks {
  private readonly waiting = new Map<string, (stat: nlm4_stats | undefined) => void>();
  private readonly cookiePrefix = randomBytes(4);
  private cookieSeq = 0;
  private closed = false;

  constructor(
    private readonly peer: PeerCaller,
    private readonly o: CallbackOptions = DEFAULT_CALLBACK_OPTIONS,
  ) {}

  deliverGrant(w: Waiter<GrantTarget>): Promise<GrantReply> {
    const args: nlm4_testargs = { cookie: this.nextCookie(), exclusive: w.tag.exclusive, alock: w.tag.alock };
    return w.tag.async ? this.grantAsync(w.tag, args) : this.grantSync(w.tag, args);
  }

  // A GRANTED_RES call from a client: the answer to one of our GRANTED_MSGs.
  grantedRes(res: nlm4_res): void {
    this.waiting.get(res.cookie.toString('hex'))?.(res.stat.stat);
  }

  // Answer a *_MSG request by calling the client's matching *_RES procedure. One attempt: the
  // client re-sends its request if the answer is lost.
  sendResult<R>(to: { address: string; version: number; transport: 'tcp' | 'udp' }, proc: number, codec: Codec<R>, value: R): void {
    const target = { prog: NLM_PROG_NLM4_VERS.program, vers: to.version, proc };
    void this.peer.call(to.address, target, codec, value, xdr_void, { transport: to.transport, timeoutMs: this.o.timeoutMs, attempts: 1, retryDelayMs: 0 });
  }

  close(): void {
    this.closed = true;
    this.peer.close();
    for (const settle of [...this.waiting.values()]) settle(undefined);
  }

  private async grantSync(t: GrantTarget, args: nlm4_testargs): Promise<GrantReply> {
    const target = { prog: NLM_PROG_NLM4_VERS.program, vers: t.version, proc: PROCS.NLMPROC4_GRANTED.proc };
    const out = await this.peer.call(t.address, target, xdr_nlm4_testargs, args, xdr_nlm4_res, { transport: t.transport, ...this.o });
    return out.ok ? replyOf(out.value.stat.stat) : 'unreachable';
  }

  // GRANTED_MSG's own RPC reply is void (and some lockds never send one); what counts is the
  // GRANTED_RES call that follows. Re-sent, with growing patience, until it comes.
  private async grantAsync(t: GrantTarget, args: nlm4_testargs): Promise<GrantReply> {
    const key = args.cookie.toString('hex');
    const target = { prog: NLM_PROG_NLM4_VERS.program, vers: t.version, proc: PROCS.NLMPROC4_GRANTED_MSG.proc };
    for (let attempt = 0; attempt < this.o.attempts && !this.closed; attempt++) {
      const patience = this.o.timeoutMs + this.o.retryDelayMs * 2 ** attempt;
      const answer = new Promise<nlm4_stats | undefined>((resolve) => {
        const timer = setTimeout(() => resolve(undefined), patience);
        this.waiting.set(key, (stat) => {
          clearTimeout(timer);
          resolve(stat);
        });
      });
      void this.peer.call(t.address, target, xdr_nlm4_testargs, args, xdr_void, { transport: t.transport, timeoutMs: this.o.timeoutMs, attempts: 1, retryDelayMs: 0 });
      const stat = await answer;
      this.waiting.delete(key);
      if (stat !== undefined) return replyOf(stat);
    }
    return 'unreachable';
  }

  private nextCookie(): Buffer {
    const cookie = Buffer.alloc(8);
    this.cookiePrefix.copy(cookie, 0);
    cookie.writeUInt32BE(this.cookieSeq, 4);
    this.cookieSeq = (this.cookieSeq + 1) >>> 0;
    return cookie;
  }
}

// The client took the lock only when it says GRANTED; any other answer means the waiter is gone.
function replyOf(stat: nlm4_stats): GrantReply {
  return stat === nlm4_stats.NLM4_GRANTED ? 'accepted' : 'refused';
}
