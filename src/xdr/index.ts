/**
 * XDR runtime (RFC 4506): a bounds-checked reader and writer over Buffer, the Codec contract,
 * and the helpers generated code (src/generated/) builds on. The generator itself lives in
 * ./gen/ and is not imported at run time.
 *
 * Additions to the codec contract the generated code was first written against, all backward compatible:
 * - writeOpaque/writeString take an optional declared bound (`max`), enforced on encode too.
 * - Codec.encode returns a view of exactly the bytes written (at `offset` when a buffer is given).
 * - XdrReader has need/readLength/readCount for generated code.
 */
export { XdrError } from './errors.js';
export { XdrReader, XDR_UNBOUNDED } from './reader.js';
export { XdrWriter } from './writer.js';
export { codec, type Codec, type ReadFn, type WriteFn, type SizeFn } from './codec.js';
export * from './primitives.js';
export * from './composite.js';
