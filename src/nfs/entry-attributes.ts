// What READDIRPLUS sends for a directory entry (attributes and handle), kept for a moment: a
// client paging through a big directory, or several clients listing it at once, would otherwise
// cost a lookup (lstat), a handle-table check and fresh reply objects per entry per listing
// (bench/nfs readdirplus; ganesha keeps attributes 60 s).
//
// Staleness is bounded two ways. Every procedure of the export that changes anything drops all
// kept entries when it ends (changesAttributes wraps its handler), so no client ever sees
// attributes older than a change made through this export. Changes made to the layers behind
// the server's back show after at most TTL_MS, the same bound as the overlay's cached
// directory walks.
import type { post_op_attr, post_op_fh3 } from '../generated/nfs3.js';
import type { Attr } from '../overlay/index.js';
import type { NfsExport } from './nfs-export.js';

const TTL_MS = 1000;
/** Bounds memory: a few big directories' worth. */
const MAX_ENTRIES = 65536;

/** An entry as it goes out; its handle's location is already recorded in the handle table. */
export interface EntryReply {
  attr: Attr;
  attributes: post_op_attr;
  handle: post_op_fh3;
}

interface Kept { reply: EntryReply; born: number }

export class EntryAttributes {
  private generation = 0;
  /** directory path → entry name → kept reply (two levels: no key string built per entry). */
  private readonly dirs = new Map<string, Map<string, Kept>>();
  private count = 0;

  /** Taken before the lookups whose results are kept: a change that ends meanwhile voids them. */
  get current(): number {
    return this.generation;
  }

  get(dirPath: string, name: string, now: number): EntryReply | undefined {
    const k = this.dirs.get(dirPath)?.get(name);
    return k !== undefined && now - k.born < TTL_MS ? k.reply : undefined;
  }

  keep(dirPath: string, name: string, reply: EntryReply, generation: number, now: number): void {
    if (generation !== this.generation) return;
    if (this.count >= MAX_ENTRIES) this.changed();
    let names = this.dirs.get(dirPath);
    if (names === undefined) this.dirs.set(dirPath, (names = new Map()));
    if (!names.has(name)) this.count++;
    names.set(name, { reply, born: now });
  }

  changed(): void {
    this.generation++;
    this.dirs.clear();
    this.count = 0;
  }
}

const perExport = new WeakMap<NfsExport, EntryAttributes>();

export function entryAttributes(exp: NfsExport): EntryAttributes {
  let e = perExport.get(exp);
  if (e === undefined) perExport.set(exp, (e = new EntryAttributes()));
  return e;
}

/** Wraps a procedure that may change attributes or names: kept entries die when it ends. */
export function changesAttributes<A, C, R>(exp: NfsExport, handler: (args: A, ctx: C) => Promise<R>): (args: A, ctx: C) => Promise<R> {
  return async (args, ctx) => {
    try {
      return await handler(args, ctx);
    } finally {
      perExport.get(exp)?.changed();
    }
  };
}
