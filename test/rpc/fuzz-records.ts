// Deterministic hostile records for the dispatcher: well-formed calls (of the test program
// and of every NFS/MOUNT/NLM/NSM/portmap/rpcbind procedure, see fuzz-programs.ts), the same
// calls mutated (hostile length words, bit flips, cuts, inserted or removed words, appended
// bytes), and plain noise. Shared by test/rpc/fuzz.test.ts and bench/rpc/fuzz.ts.
import { XdrWriter, xdr_string, xdr_u_int } from '../../src/xdr/index.js';
import { auth_flavor, xdr_authsys_parms, type opaque_auth } from '../../src/generated/rpc.js';
import { mutate } from '../xdr/helpers/fuzz.js';
import type { Random } from '../xdr/helpers/random.js';
import type { FuzzProcedure } from './fuzz-programs.js';
import { callRecord } from './helpers.js';
import { PROC, TEST_PROG } from './test-program.js';

/** Programs nobody serves, or that only the test program's odd procedures reach. */
const OTHER_PROGRAMS = [TEST_PROG, 100000, 100003, 100005, 12345];
const RPC_HEADER_WORDS = 2; // xid, msg_type: mutations mostly spare them so mutants reach the dispatcher

function credential(rnd: Random): opaque_auth {
  const pick = rnd.below(4);
  if (pick === 0) return { flavor: auth_flavor.AUTH_NONE, body: Buffer.alloc(0) };
  if (pick === 3) return { flavor: auth_flavor.AUTH_SHORT, body: rnd.bytes(rnd.below(40)) };
  const gids = Array.from({ length: rnd.below(17) }, () => rnd.below(70000));
  return { flavor: auth_flavor.AUTH_SYS, body: xdr_authsys_parms.encode({ stamp: rnd.below(1e9), machinename: 'host'.repeat(rnd.below(8)), uid: rnd.below(70000), gid: rnd.below(70000), gids }) };
}

function testProgramArgs(rnd: Random, proc: number): Buffer {
  switch (proc) {
    case PROC.ECHO:
      return xdr_string.encode('a'.repeat(rnd.below(300)));
    case PROC.BODY:
      return xdr_u_int.encode(rnd.below(2000));
    default: {
      const out = Buffer.alloc(4 * rnd.below(6));
      const w = new XdrWriter(out);
      while (w.pos < out.length) w.writeUint(rnd.below(3) === 0 ? 0xffffffff : rnd.below(40));
      return out;
    }
  }
}

export function wellFormedCall(rnd: Random, xid: number, procedures: readonly FuzzProcedure[]): Buffer {
  const cred = credential(rnd);
  if (procedures.length > 0 && rnd.chance(0.7)) {
    const p = rnd.pick(procedures);
    return callRecord({ xid, prog: p.prog, vers: p.vers, proc: p.proc, cred }, p.sampleArgs(rnd));
  }
  const proc = rnd.below(8);
  return callRecord({ xid, prog: rnd.pick(OTHER_PROGRAMS), vers: rnd.below(5), proc, cred }, testProgramArgs(rnd, proc));
}

export function fuzzRecord(rnd: Random, xid: number, procedures: readonly FuzzProcedure[]): Buffer {
  const kind = rnd.next() / 0x100000000;
  if (kind < 0.05) return rnd.bytes(rnd.below(80));
  const call = wellFormedCall(rnd, xid, procedures);
  if (kind < 0.3) return call;
  const header = call.subarray(0, 4 * RPC_HEADER_WORDS);
  let body: Buffer = Buffer.from(call.subarray(header.length));
  const mutations = 1 + rnd.below(3);
  for (let i = 0; i < mutations; i++) body = mutate(body, rnd);
  const mutated = Buffer.concat([header, body]);
  // One mutant in ten also has its xid or message type hit.
  if (rnd.chance(0.1)) {
    const at = rnd.below(header.length);
    mutated[at] = (mutated[at] ?? 0) ^ (1 << rnd.below(8));
  }
  return mutated;
}
