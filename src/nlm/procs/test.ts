// NLMPROC4_TEST (and TEST_MSG): would this lock be granted? If not, who holds the conflicting one.

import { nlm4_stats, type nlm4_testargs, type nlm4_testres, type nlm4_testrply } from '../../generated/nlm4.js';
import type { CallContext } from '../../rpc/types.js';
import { lockableFile } from '../files.js';
import type { NlmService } from '../service.js';
import { holderOf, ownerOf, rangeOf, statOf } from '../wire.js';

export async function nlmTest(svc: NlmService, args: nlm4_testargs, ctx: CallContext): Promise<nlm4_testres> {
  return { cookie: Buffer.from(args.cookie), stat: await test(svc, args, ctx) };
}

async function test(svc: NlmService, args: nlm4_testargs, ctx: CallContext): Promise<nlm4_testrply> {
  const file = await lockableFile(svc.files, svc.locksEnabled, args.alock.fh, ctx);
  if ('problem' in file) return { stat: statOf(file.problem) } as nlm4_testrply;
  const out = await svc.manager.test({ fileId: file.fileId, owner: ownerOf(args.alock), exclusive: args.exclusive, range: rangeOf(args.alock) });
  if (out.status === 'denied') return { stat: nlm4_stats.NLM4_DENIED, holder: holderOf(out.holder) };
  return { stat: statOf(out.status) } as nlm4_testrply;
}
