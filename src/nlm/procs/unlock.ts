// NLMPROC4_UNLOCK and UNLOCK_MSG. Allowed during the grace period: releasing takes nothing from
// anyone, and a client must never be stuck holding a lock it wants to give up.

import type { nlm4_res, nlm4_unlockargs } from '../../generated/nlm4.js';
import type { CallContext } from '../../rpc/types.js';
import { lockableFile } from '../files.js';
import type { NlmService } from '../service.js';
import { ownerOf, rangeOf, statOf } from '../wire.js';

export async function nlmUnlock(svc: NlmService, args: nlm4_unlockargs, ctx: CallContext): Promise<nlm4_res> {
  const cookie = Buffer.from(args.cookie);
  const file = await lockableFile(svc.files, svc.locksEnabled, args.alock.fh, ctx);
  if ('problem' in file) return { cookie, stat: { stat: statOf(file.problem) } };
  // The type is irrelevant to unlocking: every lock of the owner over the range goes.
  const status = await svc.manager.unlock({ fileId: file.fileId, owner: ownerOf(args.alock), exclusive: false, range: rangeOf(args.alock) });
  return { cookie, stat: { stat: statOf(status) } };
}
