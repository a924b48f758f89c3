// Object identity: id = (filesystem index << 56) | inode number of the object's origin, the
// filesystem index numbering the distinct filesystems of the stack (the upper's is 0), so
// inode numbers cannot collide within a prefix. An object born in a lower keeps its lower id
// after copy-up because copy-up records it in `<prefix>overlay.ovlnfs.id` (8 bytes, big
// endian) on the upper inode; an upper object the kernel copied up gets it back from its
// `overlay.origin` file handle; an object born in the upper uses its upper inode. Hard links
// share an inode, hence an id. Nothing here depends on the process, so ids survive restarts
// (as long as the layers and their order are unchanged).
import * as sys from '../sys/index.js';
import { xattr } from './format.js';
import type { Format } from './format.js';
import type { Layer } from './layers.js';
import type { Hit } from './lookup.js';
import { realPath } from './lookup.js';

const INO_MASK = (1n << 56n) - 1n;

export const makeId = (layerIndex: number, ino: bigint): bigint => (BigInt(layerIndex) << 56n) | (ino & INO_MASK);

/** The id recorded on an upper object at copy-up, if any. */
export function recordedId(f: Format, path: string): bigint | undefined {
  const v = sys.lgetxattr(path, xattr(f, 'ovlnfs.id'));
  return v instanceof Buffer && v.length === 8 ? v.readBigUInt64BE(0) : undefined;
}

export function encodeId(id: bigint): Buffer {
  const b = Buffer.alloc(8);
  b.writeBigUInt64BE(id);
  return b;
}

/** The id of an upper object by its kernel `overlay.origin` (the lower inode it came from). */
export function idFromOrigin(f: Format, layers: Layer[], path: string): bigint | undefined {
  const o = sys.lgetxattr(path, xattr(f, 'origin'));
  if (!(o instanceof Buffer) || o.length < 21 || o[0] !== 0 || o[1] !== 0xfb || o[2] !== o.length) return undefined;
  const uuid = o.subarray(5, 21);
  const tried = new Set<number>();
  for (const layer of layers) {
    if (layer.upper || tried.has(layer.dev) || !layerUuid(layer.root).equals(uuid)) continue;
    tried.add(layer.dev);
    const r = sys.inoByHandle(layer.root, o[4] as number, o.subarray(21));
    if ('code' in r) continue;
    const owner = layers.find((l) => l.dev === r.dev);
    if (owner !== undefined) return makeId(owner.fsIndex, BigInt(r.ino));
  }
  return undefined;
}

/** Upper entries: recorded id, else the kernel origin's, else the upper inode. */
export function upperId(f: Format, layers: Layer[], path: string, ino: bigint): bigint {
  return recordedId(f, path) ?? idFromOrigin(f, layers, path) ?? makeId(0, ino);
}

export function idOfHit(f: Format, layers: Layer[], h: Hit): bigint {
  if (h.layer.upper) return upperId(f, layers, realPath(h), h.st.ino);
  return makeId(h.layer.fsIndex, h.st.ino);
}

const uuids = new Map<string, Buffer>();
function layerUuid(root: string): Buffer {
  let u = uuids.get(root);
  if (u === undefined) {
    const r = sys.fsUuid(root);
    u = r instanceof Buffer ? r : Buffer.alloc(16);
    uuids.set(root, u);
  }
  return u;
}

/**
 * The kernel's `overlay.origin` of a lower object: struct ovl_fb = version 0, magic 0xfb,
 * length, flags 0 (little-endian CPU), handle type, the lower filesystem's UUID, then the
 * exportfs file handle. Undefined when the filesystem cannot make handles.
 */
export function originOf(h: Hit): Buffer | undefined {
  const fh = sys.nameToHandle(realPath(h));
  if ('code' in fh) return undefined;
  const head = Buffer.from([0, 0xfb, 21 + fh.handle.length, 0, fh.type]);
  return Buffer.concat([head, layerUuid(h.layer.root), fh.handle]);
}

/**
 * Name of the W/index entry holding the one upper inode of a hard-linked lower file: the
 * kernel's (hex of the origin), so `mount -o index=on` accepts it and we read the kernel's.
 */
export function indexName(h: Hit, id: bigint): string {
  const origin = originOf(h);
  return origin === undefined ? `ovlnfs-${id.toString(16).padStart(16, '0')}` : origin.toString('hex');
}
