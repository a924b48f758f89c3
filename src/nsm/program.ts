// The NSM program (100024 v1) as clients see it. What matters to them: SM_NOTIFY (a client tells
// us it restarted, so its locks are released) and SM_STAT (our state number). Monitoring is done
// in-process by our own NLM, so SM_MON from the outside is refused (stat_fail), as statd refuses
// non-local callers; UNMON and UNMON_ALL have nothing to drop and answer our state.
// SM_SIMU_CRASH is not served (PROC_UNAVAIL): a real restart does what it would.

import { SM_PROG_SM_VERS, res } from '../generated/nsm.js';
import { programVersion } from '../rpc/program.js';
import type { ProgramVersion } from '../rpc/types.js';
import type { Nsm } from './nsm.js';

export function nsmProgram(nsm: Nsm): ProgramVersion {
  return programVersion(SM_PROG_SM_VERS, {
    SM_NULL: () => undefined,
    SM_STAT: () => ({ res_stat: res.stat_succ, state: nsm.state }),
    SM_MON: () => ({ res_stat: res.stat_fail, state: nsm.state }),
    SM_UNMON: () => ({ state: nsm.state }),
    SM_UNMON_ALL: () => ({ state: nsm.state }),
    SM_NOTIFY: (args, ctx) => nsm.peerRebooted(args.mon_name, plainAddress(ctx.remoteAddress), args.state),
  });
}

function plainAddress(a: string): string {
  return a.startsWith('::ffff:') ? a.slice(7) : a;
}
