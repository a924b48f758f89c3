// Recycled memory for large reply frames (READ data). A fresh 1 MiB Buffer per READ is a new
// allocation the kernel must fault in page by page and the GC must later free; taking frames
// from a free list and giving them back once the socket has written them removes both costs
// (bench/nfs seq_read). Classes are powers of two from 4 KiB to 1 MiB plus SLACK bytes, so a
// 4 KiB or 1 MiB READ with its RPC header and attributes still fits its class. Replies under
// 4 KiB come from Node's own slab pool; larger ones are plain allocations.

const MIN_CLASS_BITS = 12;
const MAX_CLASS_BITS = 20;
const SLACK = 4096;
/** Free memory kept over all classes: 32 one-MiB READs in flight, bounded when idle. */
const MAX_FREE_BYTES = 40 * 1024 * 1024;

const free: ArrayBuffer[][] = [];
for (let bits = MIN_CLASS_BITS; bits <= MAX_CLASS_BITS; bits++) free.push([]);
let freeBytes = 0;

/** Memory handed out and not yet given back: a frame given back twice is not pooled twice. */
const lent = new WeakSet<ArrayBuffer>();

/** The smallest class whose memory ((1 << bits) + SLACK bytes) holds `size` bytes. */
function classOf(size: number): number {
  const bits = size <= SLACK + 1 ? 0 : 32 - Math.clz32(size - SLACK - 1);
  return Math.max(MIN_CLASS_BITS, bits) - MIN_CLASS_BITS;
}

/** A Buffer of exactly `size` bytes, uninitialized, backed by pooled memory when size fits a class. */
export function takeFrame(size: number): Buffer {
  if (size < 4096 || size > (1 << MAX_CLASS_BITS) + SLACK) return Buffer.allocUnsafe(size);
  const cls = classOf(size);
  let memory = free[cls]!.pop();
  if (memory === undefined) memory = new ArrayBuffer((1 << (cls + MIN_CLASS_BITS)) + SLACK);
  else freeBytes -= memory.byteLength;
  lent.add(memory);
  return Buffer.from(memory, 0, size);
}

/** Whether the frame's memory came from takeFrame and should be given back after the write. */
export function isLent(frame: Buffer): boolean {
  return frame.buffer instanceof ArrayBuffer && lent.has(frame.buffer);
}

/**
 * Gives a frame's memory back once nothing reads it any more (the socket wrote it or dropped
 * it). Frames that did not come from takeFrame are ignored.
 */
export function giveBackFrame(frame: Buffer): void {
  const memory = frame.buffer;
  if (!(memory instanceof ArrayBuffer) || !lent.delete(memory)) return;
  if (freeBytes + memory.byteLength > MAX_FREE_BYTES) return;
  free[classOf(memory.byteLength)]!.push(memory);
  freeBytes += memory.byteLength;
}

/**
 * For handlers of calls with large arguments (WRITE): the record the arguments were decoded
 * from goes back to the pool (record-marking.ts copies large records into lent memory). Call it
 * only when nothing (handler, reply, caches) will read any view of those arguments again; the
 * next record may be copied into the same memory at once. Views of other memory are ignored.
 */
export function releaseArgs(view: Buffer): void {
  giveBackFrame(view);
}
