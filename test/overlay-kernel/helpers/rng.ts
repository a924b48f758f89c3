// Seeded pseudo-random numbers (mulberry32): the same seed gives the same lowers and the same
// operation sequence on every machine, so a failing seed is a complete replay.
export class Rng {
  private state: number;

  constructor(seed: number) { this.state = seed >>> 0; }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let z = this.state;
    z = Math.imul(z ^ (z >>> 15), z | 1);
    z ^= z + Math.imul(z ^ (z >>> 7), z | 61);
    return ((z ^ (z >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [lo, hi]. */
  int(lo: number, hi: number): number { return lo + Math.floor(this.next() * (hi - lo + 1)); }

  chance(p: number): boolean { return this.next() < p; }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('Rng.pick of an empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** Picks a key with probability proportional to its weight. */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K {
    const entries = Object.entries(weights) as [K, number][];
    let total = 0;
    for (const [, w] of entries) total += w;
    let x = this.next() * total;
    for (const [k, w] of entries) {
      x -= w;
      if (x < 0) return k;
    }
    return (entries[entries.length - 1] as [K, number])[0];
  }
}

/** Deterministic bytes for file contents: `fill` names the content, `len` its size. */
export function bytesOf(fill: number, len: number): Buffer {
  const rng = new Rng(fill);
  const out = Buffer.allocUnsafe(len);
  for (let i = 0; i < len; i += 4) {
    const word = Math.floor(rng.next() * 4294967296);
    for (let j = 0; j < 4 && i + j < len; j++) out[i + j] = (word >>> (8 * j)) & 0xff;
  }
  return out;
}
