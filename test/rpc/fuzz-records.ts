// Deterministic hostile records for the dispatcher: well-formed calls, the same calls
// with bytes flipped, cut or appended, and plain noise. Shared by the fuzz test and
// bench/rpc/fuzz.ts.
import { XdrWriter, xdr_string, xdr_u_int } from '../../src/xdr/index.js';
import { auth_flavor, xdr_authsys_parms, type opaque_auth } from '../../src/generated/rpc.js';
import { callRecord } from './helpers.js';
import { PROC, TEST_PROG } from './test-program.js';

export type Random = () => number;

const PROGRAMS = [TEST_PROG, 100000, 100003, 100005, 12345];

function int(rand: Random, n: number): number {
  return Math.floor(rand() * n);
}

function noise(rand: Random, length: number): Buffer {
  const b = Buffer.allocUnsafe(length);
  for (let i = 0; i < length; i++) b[i] = int(rand, 256);
  return b;
}

function credential(rand: Random): opaque_auth {
  const pick = int(rand, 4);
  if (pick === 0) return { flavor: auth_flavor.AUTH_NONE, body: Buffer.alloc(0) };
  if (pick === 3) return { flavor: auth_flavor.AUTH_SHORT, body: noise(rand, int(rand, 40)) };
  const gids = Array.from({ length: int(rand, 17) }, () => int(rand, 70000));
  return { flavor: auth_flavor.AUTH_SYS, body: xdr_authsys_parms.encode({ stamp: int(rand, 1e9), machinename: 'host'.repeat(int(rand, 8)), uid: int(rand, 70000), gid: int(rand, 70000), gids }) };
}

function args(rand: Random, proc: number): Buffer {
  switch (proc) {
    case PROC.ECHO:
      return xdr_string.encode('a'.repeat(int(rand, 300)));
    case PROC.BODY:
      return xdr_u_int.encode(int(rand, 2000));
    default: {
      const out = Buffer.alloc(4 * int(rand, 6));
      const w = new XdrWriter(out);
      while (w.pos < out.length) w.writeUint(int(rand, 3) === 0 ? 0xffffffff : int(rand, 40));
      return out;
    }
  }
}

export function wellFormedCall(rand: Random, xid: number): Buffer {
  const prog = PROGRAMS[int(rand, PROGRAMS.length)]!;
  const proc = int(rand, 8);
  return callRecord({ xid, prog, vers: int(rand, 5), proc, cred: credential(rand) }, args(rand, proc));
}

export function fuzzRecord(rand: Random, xid: number): Buffer {
  const kind = rand();
  if (kind < 0.05) return noise(rand, int(rand, 80));
  const call = wellFormedCall(rand, xid);
  if (kind < 0.35) return call;
  const mutated = Buffer.from(call);
  const flips = 1 + int(rand, 4);
  for (let i = 0; i < flips; i++) {
    // Mostly past the xid and message type, so most mutants still reach the dispatcher.
    const at = rand() < 0.9 ? 8 + int(rand, Math.max(1, mutated.length - 8)) : int(rand, mutated.length);
    if (at < mutated.length) mutated[at] = int(rand, 256);
  }
  const tail = rand();
  if (tail < 0.2) return mutated.subarray(0, int(rand, mutated.length + 1));
  if (tail < 0.3) return Buffer.concat([mutated, noise(rand, int(rand, 32))]);
  return mutated;
}
