// Large lower files and the changes the crash test makes to them, with the two contents (old and
// new) each file may legitimately show after a crash.
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Rng, bytesOf } from './rng.js';

export type CrashChange =
  | { kind: 'write'; path: string; offset: number; len: number; byte: number }
  | { kind: 'truncate'; path: string; size: number }
  | { kind: 'chmod'; path: string; mode: number };

export interface CrashFile {
  path: string;
  change: CrashChange;
  oldHash: string; newHash: string;
  oldMode: number; newMode: number;
}

const MiB = 1 << 20;

function sha(b: Buffer): string { return createHash('sha256').update(b).digest('hex'); }

/** Content of a large file: a seeded 1 MiB block, each MiB stamped with its index. */
function bigContent(fill: number, size: number): Buffer {
  const block = bytesOf(fill, MiB);
  const out = Buffer.allocUnsafe(size);
  for (let off = 0; off < size; off += MiB) {
    block.copy(out, off, 0, Math.min(MiB, size - off));
    if (off + 8 <= size) out.writeUInt32LE(off / MiB, off);
  }
  return out;
}

/** Writes `count` files of `size` bytes into `lower/data/sub/` and plans one change for each. */
export function makeCrashLower(seed: number, lower: string, count: number, size: number): CrashFile[] {
  const rng = new Rng(seed);
  mkdirSync(join(lower, 'data', 'sub'), { recursive: true, mode: 0o2755 });
  const files: CrashFile[] = [];
  for (let i = 0; i < count; i++) {
    const path = `data/sub/big${i}`;
    const content = bigContent(rng.int(1, 1 << 30), size);
    writeFileSync(join(lower, path), content);
    chmodSync(join(lower, path), 0o640);
    const kind = (['write', 'truncate', 'chmod'] as const)[i % 3] as CrashChange['kind'];
    let change: CrashChange;
    let next = content;
    if (kind === 'write') {
      change = { kind, path, offset: rng.int(0, size - MiB), len: rng.int(1, 256 * 1024), byte: rng.int(1, 255) };
      next = Buffer.from(content);
      next.fill(change.byte, change.offset, change.offset + change.len);
    } else if (kind === 'truncate') {
      change = { kind, path, size: rng.int(1, size - 1) };
      next = content.subarray(0, change.size);
    } else {
      change = { kind, path, mode: 0o4755 };
    }
    files.push({ path, change, oldHash: sha(content), newHash: sha(next), oldMode: 0o640, newMode: kind === 'chmod' ? 0o4755 : 0o640 });
  }
  return files;
}
