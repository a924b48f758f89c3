// NLMPROC4_SHARE and UNSHARE: whole-file share reservations (PC clients' open modes).

import type { nlm4_shareargs, nlm4_shareres } from '../../generated/nlm4.js';
import type { CallContext } from '../../rpc/types.js';
import { lockableFile } from '../files.js';
import type { NlmService } from '../service.js';
import { clientAddress, statOf } from '../wire.js';

export async function nlmShare(svc: NlmService, args: nlm4_shareargs, ctx: CallContext): Promise<nlm4_shareres> {
  const cookie = Buffer.from(args.cookie);
  const file = await lockableFile(svc.files, svc.locksEnabled, args.share.fh, ctx);
  if ('problem' in file) return { cookie, stat: statOf(file.problem), sequence: 0 };
  const status = await svc.manager.share({
    fileId: file.fileId,
    host: args.share.caller_name,
    oh: args.share.oh,
    mode: args.share.mode,
    access: args.share.access,
    reclaim: args.reclaim,
    address: clientAddress(ctx),
  });
  return { cookie, stat: statOf(status), sequence: 0 };
}

export async function nlmUnshare(svc: NlmService, args: nlm4_shareargs, ctx: CallContext): Promise<nlm4_shareres> {
  const cookie = Buffer.from(args.cookie);
  const file = await lockableFile(svc.files, svc.locksEnabled, args.share.fh, ctx);
  if ('problem' in file) return { cookie, stat: statOf(file.problem), sequence: 0 };
  const status = await svc.manager.unshare(file.fileId, args.share.caller_name, args.share.oh);
  return { cookie, stat: statOf(status), sequence: 0 };
}
