// HandleTable: file handles that stay valid while their object exists (contracts.md section 4).
// A handle names an object by id; the table says where that id lives in the merged tree.
// Memory holds a bounded LRU of locations, write-through to the on-disk store, so resolving
// any handle ever issued costs at most one store lookup per path component.
import { LRUCache } from 'lru-cache';
import { HandleCodec, type DecodedHandle } from './codec.js';
import { loadOrCreateSecret } from './secret.js';
import { LocationStore, type Location } from './store.js';

export interface HandleTableOptions {
  stateDir: string;     // e.g. W/ovlnfs; created if missing; holds the secret and the store
  exportId: number;     // uint32, written in every handle
  rootId: bigint;       // the export root's object id; its path is ''
  cacheSize?: number;   // locations, and minted handles, kept in memory (default 65536 each)
}

const DEFAULT_CACHE_SIZE = 65536;
// A walk longer than this is a cycle in corrupted records (PATH_MAX 4096 allows 2048 names).
const MAX_DEPTH = 4096;

export class HandleTable {
  private constructor(
    private readonly codec: HandleCodec,
    private readonly store: LocationStore,
    private readonly cache: LRUCache<bigint, Location>,
    private readonly rootId: bigint,
  ) {}

  static open(o: HandleTableOptions): HandleTable {
    if (!Number.isInteger(o.exportId) || o.exportId < 0 || o.exportId > 0xffffffff) {
      throw new RangeError(`exportId must be a uint32, got ${o.exportId}`);
    }
    if (o.rootId < 0n || o.rootId > 0xffffffffffffffffn) throw new RangeError(`rootId must be a uint64, got ${o.rootId}`);
    const cacheSize = o.cacheSize ?? DEFAULT_CACHE_SIZE;
    const codec = new HandleCodec(loadOrCreateSecret(o.stateDir), o.exportId, cacheSize);
    const store = new LocationStore(o.stateDir);
    const cache = new LRUCache<bigint, Location>({ max: cacheSize });
    return new HandleTable(codec, store, cache, o.rootId);
  }

  encode(id: bigint): Buffer {
    return this.codec.encode(id);
  }

  decode(fh: Buffer): DecodedHandle {
    return this.codec.decode(fh);
  }

  /** Where id lives now. Durable (survives kill -9) when it returns; free when nothing changed.
   *  Throws RangeError for a name that is not one path component. */
  record(id: bigint, parentId: bigint, name: string): void {
    if (id === this.rootId) return; // the root's path is '' whatever its name in a parent
    const known = this.cache.get(id);
    if (known !== undefined && known.parentId === parentId && known.name === name) return;
    // Stored names are joined into paths the overlay resolves: '..' or '/' would escape them.
    if (name === '' || name === '.' || name === '..' || name.includes('/') || name.includes('\0')) {
      throw new RangeError(`not a file name: ${JSON.stringify(name)}`);
    }
    const where = { parentId, name };
    this.store.put(id, where);
    this.cache.set(id, where);
  }

  /** Runs fn (record/forget calls) as one transaction: all durable when it returns, or none if
   *  it throws. One commit instead of one per record: READDIRPLUS of a new directory, RENAME
   *  over an existing target (forget + record). */
  batch<T>(fn: () => T): T {
    try {
      return this.store.transaction(fn);
    } catch (err) {
      this.cache.clear(); // it may hold locations that were rolled back
      throw err;
    }
  }

  /** The object is gone: its handle answers STALE, and so do its former descendants'. */
  forget(id: bigint): void {
    if (id === this.rootId) return;
    this.store.delete(id);
    this.cache.delete(id);
  }

  /** Merged path of id ('' = root), or undefined when id or an ancestor is unknown (STALE). */
  pathOf(id: bigint): string | undefined {
    if (id === this.rootId) return '';
    let path: string | undefined;
    let current = id;
    for (let depth = 0; depth < MAX_DEPTH; depth++) {
      const where = this.locate(current);
      if (where === undefined) return undefined;
      path = path === undefined ? where.name : `${where.name}/${path}`;
      if (where.parentId === this.rootId) return path;
      current = where.parentId;
    }
    return undefined;
  }

  close(): void {
    this.cache.clear();
    this.store.close();
  }

  private locate(id: bigint): Location | undefined {
    const cached = this.cache.get(id);
    if (cached !== undefined) return cached;
    const stored = this.store.get(id);
    if (stored !== undefined) this.cache.set(id, stored);
    return stored;
  }
}
