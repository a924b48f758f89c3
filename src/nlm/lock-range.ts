// Byte ranges of NLM locks as half-open intervals [start, end) over unsigned 64-bit offsets.
// NLM says "len 0 = to the end of the file, however large it grows"; we represent that as
// end = END_OF_FILE (2^64), one past the last addressable byte, so every range is finite and
// comparisons stay plain bigint arithmetic.

export const END_OF_FILE = 1n << 64n;

export interface ByteRange {
  start: bigint;
  end: bigint; // exclusive; END_OF_FILE = to the end of the file
}

// A range from the wire's (offset, length). An offset+length past 2^64 is clamped to "to the end"
// rather than refused: the client asked for everything from offset on, and that is what it gets.
export function rangeFromWire(offset: bigint, length: bigint): ByteRange {
  if (length === 0n) return { start: offset, end: END_OF_FILE };
  const end = offset + length;
  return { start: offset, end: end > END_OF_FILE ? END_OF_FILE : end };
}

// Back to the wire's (offset, length): END_OF_FILE becomes length 0.
export function rangeToWire(r: ByteRange): { offset: bigint; length: bigint } {
  return { offset: r.start, length: r.end === END_OF_FILE ? 0n : r.end - r.start };
}

export function overlaps(a: ByteRange, b: ByteRange): boolean {
  return a.start < b.end && b.start < a.end;
}

// Overlapping or touching: two same-type locks of one owner that touch merge into one.
export function touches(a: ByteRange, b: ByteRange): boolean {
  return a.start <= b.end && b.start <= a.end;
}
