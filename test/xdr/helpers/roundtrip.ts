import { XdrError, type Codec } from '../../../src/xdr/index.js';

/**
 * The dns-packet style harness: checks one value through a codec and returns the list of
 * failures (empty when the value round-trips). Checks: size equals the encoded length,
 * decode(encode(x)) deep-equals x, re-encoding gives the same bytes, encoding at an offset
 * inside a larger buffer touches only its slot, and trailing bytes are rejected.
 */
export function roundTripFailures<T>(codec: Codec<T>, value: T, same: (a: unknown, b: unknown) => boolean): string[] {
  const failures: string[] = [];
  const n = codec.size(value);
  const bytes = Buffer.from(codec.encode(value));
  if (bytes.length !== n) failures.push(`size ${n} but encoded ${bytes.length} bytes`);
  if (n % 4 !== 0) failures.push(`size ${n} is not a multiple of 4`);
  const decoded = codec.decode(bytes);
  if (!same(decoded, value)) failures.push('decode(encode(x)) differs from x');
  if (!Buffer.from(codec.encode(decoded)).equals(bytes)) failures.push('re-encoding gives other bytes');

  const before = 7;
  const after = 9;
  const big = Buffer.alloc(before + n + after, 0xa5);
  const slot = codec.encode(value, big, before);
  if (slot.byteOffset !== big.byteOffset + before || slot.length !== n) failures.push('encode at offset returned the wrong view');
  if (!big.subarray(before, before + n).equals(bytes)) failures.push('encode at offset wrote other bytes');
  if (big.subarray(0, before).some((b) => b !== 0xa5) || big.subarray(before + n).some((b) => b !== 0xa5)) {
    failures.push('encode at offset wrote outside its slot');
  }
  if (!same(codec.decode(big.subarray(0, before + n), before), value)) failures.push('decode at offset differs');

  try {
    codec.decode(Buffer.concat([bytes, Buffer.alloc(4)]));
    failures.push('trailing bytes accepted');
  } catch (e) {
    if (!(e instanceof XdrError)) failures.push(`trailing bytes: ${String(e)}`);
  }
  return failures;
}
