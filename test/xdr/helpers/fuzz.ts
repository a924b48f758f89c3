import { isDeepStrictEqual } from 'node:util';
import { XdrError, type Codec } from '../../../src/xdr/index.js';
import type { Protocol } from './protocols.js';
import type { Random } from './random.js';
import { sample } from './samples.js';

/*
 * One fuzz case: random bytes, or a valid encoding of a random sample with a few mutations
 * (aligned words set to hostile values such as 0xffffffff, bytes flipped, truncation, inserted
 * or removed words), thrown at the decoder of a random generated type. The decoder must either
 * return a value or throw XdrError; a value must encode again (or be refused with XdrError when
 * a string that was not valid UTF-8 grew past its bound) and decode to the same value.
 */

export type Outcome = { kind: 'decoded' } | { kind: 'rejected' } | { kind: 'failure'; detail: string };

export interface Target {
  label: string;
  codec: Codec<unknown>;
  protocol: Protocol;
  type: string;
}

export function targets(protocols: Protocol[]): Target[] {
  const out: Target[] = [];
  for (const p of protocols) for (const [type, codec] of p.codecs) out.push({ label: `${p.name}.${type}`, codec, protocol: p, type });
  return out;
}

const HOSTILE_WORDS = [0, 1, 2, 3, 4, 0x7fffffff, 0x80000000, 0xffffffff, 0xfffffffc, 0x40000000, 400, 1024, 65];

export function makeInput(target: Target, rnd: Random): Buffer {
  if (rnd.chance(0.2)) return rnd.bytes(rnd.below(97));
  let b: Buffer = Buffer.from(target.codec.encode(sample(target.protocol.model, target.type, rnd)));
  // One case in ten stays valid, so the decode-then-re-encode checks run on real values too.
  const mutations = rnd.chance(0.1) ? 0 : 1 + rnd.below(2);
  for (let i = 0; i < mutations; i++) b = mutate(b, rnd);
  return b;
}

/** One XDR-aware mutation (also used by the RPC record fuzzer in test/rpc/fuzz-records.ts). */
export function mutate(b: Buffer, rnd: Random): Buffer {
  const words = b.length >>> 2;
  switch (rnd.below(6)) {
    case 0: // set an aligned word to a hostile value
      if (words > 0) b.writeUInt32BE(rnd.pick(HOSTILE_WORDS), 4 * rnd.below(words));
      return b;
    case 1: // flip a byte
      if (b.length > 0) {
        const at = rnd.below(b.length);
        b[at] = (b[at] ?? 0) ^ (1 << rnd.below(8));
      }
      return b;
    case 2: // truncate
      return b.subarray(0, rnd.below(b.length + 1));
    case 3: {
      // insert a random word
      const at = 4 * rnd.below(words + 1);
      return Buffer.concat([b.subarray(0, at), rnd.bytes(4), b.subarray(at)]);
    }
    case 4: {
      // remove a word
      if (words === 0) return b;
      const at = 4 * rnd.below(words);
      return Buffer.concat([b.subarray(0, at), b.subarray(at + 4)]);
    }
    default: // append garbage
      return Buffer.concat([b, rnd.bytes(1 + rnd.below(8))]);
  }
}

export function runCase(target: Target, input: Buffer): Outcome {
  let value: unknown;
  try {
    value = target.codec.decode(input);
  } catch (e) {
    if (e instanceof XdrError) return { kind: 'rejected' };
    return { kind: 'failure', detail: `${target.label}: decode threw ${String(e)} on ${input.toString('hex')}` };
  }
  let again: Buffer;
  try {
    again = target.codec.encode(value);
  } catch (e) {
    if (e instanceof XdrError && /^string of \d+ bytes exceeds bound/.test(e.message)) return { kind: 'decoded' };
    return { kind: 'failure', detail: `${target.label}: re-encode threw ${String(e)} on ${input.toString('hex')}` };
  }
  try {
    if (!isDeepStrictEqual(target.codec.decode(again), value)) {
      return { kind: 'failure', detail: `${target.label}: re-decoded value differs for ${input.toString('hex')}` };
    }
  } catch (e) {
    return { kind: 'failure', detail: `${target.label}: re-decode threw ${String(e)} on ${input.toString('hex')}` };
  }
  return { kind: 'decoded' };
}
