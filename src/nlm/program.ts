// The NLM v4 program table (100021 v4). Synchronous procedures answer in their reply; the *_MSG
// forms reply void and send the answer as a call to the client's matching *_RES procedure (the
// asynchronous protocol macOS's lockd uses). GRANTED_RES is the client's answer to our
// GRANTED_MSG. TEST_RES, LOCK_RES, ... and GRANTED are client-side procedures: not served.

import {
  NLM_PROG_NLM4_VERS,
  xdr_nlm4_res,
  xdr_nlm4_testres,
} from '../generated/nlm4.js';
import { programVersion } from '../rpc/program.js';
import type { CallContext, ProgramVersion } from '../rpc/types.js';
import type { Codec } from '../xdr/index.js';
import { nlmCancel } from './procs/cancel.js';
import { nlmLock } from './procs/lock.js';
import { nlmShare, nlmUnshare } from './procs/share.js';
import { nlmTest } from './procs/test.js';
import { nlmUnlock } from './procs/unlock.js';
import type { NlmService } from './service.js';
import { clientAddress } from './wire.js';

const PROCS = NLM_PROG_NLM4_VERS.procedures;

export function nlmProgram(svc: NlmService): ProgramVersion {
  // Work out the answer, then send it to the client's *_RES procedure; the _MSG call itself is
  // answered void once the work is done (so requests of one client stay in order).
  const viaRes = <A, R>(work: (args: A, ctx: CallContext) => Promise<R>, resProc: number, codec: Codec<R>) =>
    async (args: A, ctx: CallContext): Promise<void> => {
      const result = await work(args, ctx);
      svc.callbacks.sendResult({ address: clientAddress(ctx), version: ctx.vers, transport: ctx.transport }, resProc, codec, result);
    };
  const sync = { monitored: true, async: false };

  return programVersion(NLM_PROG_NLM4_VERS, {
    NLMPROC4_NULL: () => undefined,
    NLMPROC4_TEST: (args, ctx) => nlmTest(svc, args, ctx),
    NLMPROC4_LOCK: (args, ctx) => nlmLock(svc, sync, args, ctx),
    NLMPROC4_CANCEL: (args, ctx) => nlmCancel(svc, args, ctx),
    NLMPROC4_UNLOCK: (args, ctx) => nlmUnlock(svc, args, ctx),
    NLMPROC4_TEST_MSG: viaRes((a, c) => nlmTest(svc, a, c), PROCS.NLMPROC4_TEST_RES.proc, xdr_nlm4_testres),
    NLMPROC4_LOCK_MSG: viaRes((a, c) => nlmLock(svc, { monitored: true, async: true }, a, c), PROCS.NLMPROC4_LOCK_RES.proc, xdr_nlm4_res),
    NLMPROC4_CANCEL_MSG: viaRes((a, c) => nlmCancel(svc, a, c), PROCS.NLMPROC4_CANCEL_RES.proc, xdr_nlm4_res),
    NLMPROC4_UNLOCK_MSG: viaRes((a, c) => nlmUnlock(svc, a, c), PROCS.NLMPROC4_UNLOCK_RES.proc, xdr_nlm4_res),
    NLMPROC4_GRANTED_RES: (res) => svc.callbacks.grantedRes(res),
    NLMPROC4_SHARE: (args, ctx) => nlmShare(svc, args, ctx),
    NLMPROC4_UNSHARE: (args, ctx) => nlmUnshare(svc, args, ctx),
    NLMPROC4_NM_LOCK: (args, ctx) => nlmLock(svc, { monitored: false, async: false }, args, ctx),
    // The client's host restarted (sent by its lockd/statd): drop everything it held.
    NLMPROC4_FREE_ALL: (args) => svc.manager.hostRebooted(args.name),
  });
}
