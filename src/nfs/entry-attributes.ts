// What READDIRPLUS sends for a directory entry (attributes and handle), kept for a moment: a
// client paging through a big directory, or several clients listing it at once, would otherwise
// cost a lookup (lstat), a handle-table check and fresh reply objects per entry per listing
// (bench/nfs readdirplus; ganesha keeps attributes 60 s). A slot is kept from the moment its
// lookup starts, so listings running side by side (they ask for the same pages at the same
// time) share one lookup instead of each doing its own.
//
// Staleness is bounded two ways. Every procedure of the export that changes anything drops all
// slots when it ends (changesAttributes wraps its handler), so no client ever sees attributes
// older than a change made through this export. Changes made to the layers behind the server's
// back show after at most TTL_MS, the same bound as the overlay's cached directory walks.
import type { post_op_attr, post_op_fh3 } from '../generated/nfs3.js';
import type { Attr } from '../overlay/index.js';
import type { NfsExport } from './nfs-export.js';

const TTL_MS = 1000;
/** Bounds memory: a few big directories' worth. */
const MAX_ENTRIES = 65536;

/** An entry as it goes out. */
export interface EntryReply {
  attr: Attr;
  attributes: post_op_attr;
  handle: post_op_fh3;
}

/** One entry's lookup: undefined attributes when the name was gone. */
export interface EntrySlot {
  readonly attr: Promise<Attr | undefined>;
  /** Built once from attr by the first listing that sends the entry. */
  reply?: EntryReply;
  /** The handle's location is in the handle table (set after the recording transaction). */
  recorded: boolean;
  readonly born: number;
}

export class EntryAttributes {
  /** directory path → entry name → slot (two levels: no key string built per entry). */
  private readonly dirs = new Map<string, Map<string, EntrySlot>>();
  private count = 0;

  get(dirPath: string, name: string, now: number): EntrySlot | undefined {
    const slot = this.dirs.get(dirPath)?.get(name);
    return slot !== undefined && now - slot.born < TTL_MS ? slot : undefined;
  }

  /**
   * Keeps the slot of a lookup that has just been done (overlay lookups do their system calls
   * when called): a change that ends later drops it again.
   */
  add(dirPath: string, name: string, attr: Promise<Attr | undefined>, now: number): EntrySlot {
    const slot: EntrySlot = { attr, recorded: false, born: now };
    if (this.count >= MAX_ENTRIES) this.changed();
    let names = this.dirs.get(dirPath);
    if (names === undefined) this.dirs.set(dirPath, (names = new Map()));
    if (!names.has(name)) this.count++;
    names.set(name, slot);
    return slot;
  }

  changed(): void {
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
