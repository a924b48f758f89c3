// NLMPROC4_CANCEL and CANCEL_MSG: the client no longer waits for a blocked lock.

import type { nlm4_cancargs, nlm4_res } from '../../generated/nlm4.js';
import type { CallContext } from '../../rpc/types.js';
import { lockableFile } from '../files.js';
import type { NlmService } from '../service.js';
import { ownerOf, rangeOf, statOf } from '../wire.js';

export async function nlmCancel(svc: NlmService, args: nlm4_cancargs, ctx: CallContext): Promise<nlm4_res> {
  const cookie = Buffer.from(args.cookie);
  const file = await lockableFile(svc.files, svc.locksEnabled, args.alock.fh, ctx);
  if ('problem' in file) return { cookie, stat: { stat: statOf(file.problem) } };
  const status = await svc.manager.cancel({ fileId: file.fileId, owner: ownerOf(args.alock), exclusive: args.exclusive, range: rangeOf(args.alock) });
  return { cookie, stat: { stat: statOf(status) } };
}
