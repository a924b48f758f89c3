// NLMPROC4_LOCK, LOCK_MSG and NM_LOCK. A blocking request that conflicts is queued and answered
// NLM4_BLOCKED; the client learns of the grant later through a GRANTED callback. NM_LOCK is the
// form for clients without NSM: never monitored, never blocking.

import type { nlm4_lockargs, nlm4_res } from '../../generated/nlm4.js';
import type { CallContext } from '../../rpc/types.js';
import { lockableFile } from '../files.js';
import type { NlmService } from '../service.js';
import { clientAddress, copyLock, ownerOf, rangeOf, statOf } from '../wire.js';

export interface LockForm {
  monitored: boolean; // false for NM_LOCK
  async: boolean; // LOCK_MSG: a later grant goes out as GRANTED_MSG
}

export async function nlmLock(svc: NlmService, form: LockForm, args: nlm4_lockargs, ctx: CallContext): Promise<nlm4_res> {
  const cookie = Buffer.from(args.cookie);
  const file = await lockableFile(svc.files, svc.locksEnabled, args.alock.fh, ctx);
  if ('problem' in file) return { cookie, stat: { stat: statOf(file.problem) } };
  const alock = copyLock(args.alock);
  const address = clientAddress(ctx);
  const status = await svc.manager.lock({
    fileId: file.fileId,
    owner: ownerOf(alock),
    exclusive: args.exclusive,
    range: rangeOf(alock),
    block: args.block && form.monitored,
    reclaim: args.reclaim,
    monitor: form.monitored,
    address,
    grant: { address, version: ctx.vers, transport: ctx.transport, async: form.async, exclusive: args.exclusive, alock },
  });
  return { cookie, stat: { stat: statOf(status) } };
}
