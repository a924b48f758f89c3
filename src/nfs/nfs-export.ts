// One exported overlay as the NFS procedures see it: the overlay, its handle table, its fsid
// and the write verifier. Turns handles into paths (and back) and RPC credentials into
// overlay credentials; owns nothing else.
import { createHash, randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import { nfsstat3, type nfs_fh3 } from '../generated/nfs3.js';
import { anonymousCred, squash, type SquashPolicy } from '../exports/squash.js';
import type { HandleTable } from '../handles/index.js';
import type { Attr, Cred, Overlay } from '../overlay/index.js';
import type { CallContext } from '../rpc/types.js';
import { NfsFailure, statusOf, type NfsError } from './status.js';

/** No squashing; AUTH_NONE callers act as knfsd's traditional anonymous 65534:65534. */
const NO_SQUASH: SquashPolicy = { squash: 'none', anonuid: 65534, anongid: 65534 };

export interface NfsExportOptions {
  overlay: Overlay;
  handles: HandleTable;
  /** Reported in every fattr3; distinct per export so clients see separate filesystems. */
  fsid: bigint;
  /** Refuse every change even when the overlay has an upper layer. */
  readOnly?: boolean;
  /** root_squash / all_squash and the anonymous ids (default: no squashing). */
  squash?: SquashPolicy;
  log: Logger;
}

export interface Resolved {
  id: bigint;
  path: string;
  attr: Attr;
}

/** READ, WRITE and COMMIT act on file data: a directory is ISDIR, any other non-file INVAL. */
export function requireRegularFile(attr: Attr): void {
  if (attr.type === 'dir') throw new NfsFailure(nfsstat3.NFS3ERR_ISDIR);
  if (attr.type !== 'file') throw new NfsFailure(nfsstat3.NFS3ERR_INVAL);
}

export class NfsExport {
  readonly overlay: Overlay;
  readonly handles: HandleTable;
  readonly fsid: bigint;
  readonly log: Logger;
  private readonlyByPolicy: boolean;
  private squash: SquashPolicy;
  /** READDIR cookie verifier: stable across restarts, distinct per export (see directory-listing.ts). */
  readonly cookieVerifier: Buffer;
  private verifier: Buffer = randomBytes(8);

  constructor(o: NfsExportOptions) {
    this.overlay = o.overlay;
    this.handles = o.handles;
    this.fsid = o.fsid;
    this.readonlyByPolicy = o.readOnly === true;
    this.log = o.log;
    this.squash = o.squash ?? NO_SQUASH;
    const rootHandle = o.handles.encode(o.overlay.rootId);
    this.cookieVerifier = createHash('sha256').update('ovlnfs cookieverf\0').update(rootHandle).digest().subarray(0, 8);
  }

  /** True when every change is refused: the export is configured read-only or has no upper. */
  get readOnly(): boolean {
    return this.readonlyByPolicy || this.overlay.readOnly;
  }

  /**
   * New export options applied in place (SIGHUP reload or admin change of an export whose
   * layers stayed the same): the next call squashes and checks read-only the new way.
   */
  setPolicy(p: { readOnly: boolean; squash: SquashPolicy }): void {
    this.readonlyByPolicy = p.readOnly;
    this.squash = p.squash;
  }

  /**
   * WRITE/COMMIT verifier: random per process, so a restart (which may have lost UNSTABLE
   * data) makes clients resend; also replaced when a COMMIT fails for the same reason.
   */
  get writeVerifier(): Buffer {
    return this.verifier;
  }

  renewWriteVerifier(): void {
    this.verifier = randomBytes(8);
  }

  /** Handle → current path and attributes; BADHANDLE for forged ones, STALE for gone objects. */
  async resolve(fh: nfs_fh3): Promise<Resolved> {
    const decoded = this.handles.decode(fh.data);
    if ('error' in decoded) {
      throw new NfsFailure(decoded.error === 'BADHANDLE' ? nfsstat3.NFS3ERR_BADHANDLE : nfsstat3.NFS3ERR_STALE);
    }
    const path = this.handles.pathOf(decoded.id);
    if (path === undefined) throw new NfsFailure(nfsstat3.NFS3ERR_STALE);
    let attr: Attr;
    try {
      attr = await this.overlay.getattr(path);
    } catch (err) {
      const status = statusOf(err);
      // The recorded place no longer holds anything: the object was deleted behind our back.
      if (status === nfsstat3.NFS3ERR_NOENT || status === nfsstat3.NFS3ERR_NOTDIR) throw new NfsFailure(nfsstat3.NFS3ERR_STALE);
      throw err;
    }
    // Another object now lives where ours was recorded (deleted, then the name reused).
    if (attr.id !== decoded.id) throw new NfsFailure(nfsstat3.NFS3ERR_STALE);
    return { id: decoded.id, path, attr };
  }

  async resolveDir(fh: nfs_fh3): Promise<Resolved> {
    const r = await this.resolve(fh);
    if (r.attr.type !== 'dir') throw new NfsFailure(nfsstat3.NFS3ERR_NOTDIR);
    return r;
  }

  handleOf(id: bigint): nfs_fh3 {
    return { data: this.handles.encode(id) };
  }

  /** Records where an object lives now and returns its handle: every handle we hand out goes through here. */
  handOut(attr: Attr, parentId: bigint, name: string): nfs_fh3 {
    this.handles.record(attr.id, parentId, name);
    return this.handleOf(attr.id);
  }

  requireWritable(): void {
    if (this.readOnly) throw new NfsFailure(nfsstat3.NFS3ERR_ROFS);
  }

  /** The caller as the overlay sees it: AUTH_SYS ids after squashing, AUTH_NONE as anonymous. */
  credOf(ctx: CallContext): Cred {
    const c = ctx.cred;
    if (c.flavor === 'sys') return squash({ uid: c.uid, gid: c.gid, groups: c.gids }, this.squash);
    return anonymousCred(this.squash);
  }

  /** The object at dir/name, or undefined when there is none. */
  async lookupIfExists(dir: string, name: string): Promise<Attr | undefined> {
    try {
      return await this.overlay.lookup(dir, name);
    } catch (err) {
      if (statusOf(err) === nfsstat3.NFS3ERR_NOENT) return undefined;
      throw err;
    }
  }

  /** Attributes for a post-op reply after a failure: best effort, never throws. */
  async attrAfter(path: string): Promise<Attr | undefined> {
    try {
      return await this.overlay.getattr(path);
    } catch {
      return undefined;
    }
  }

  /** Closes the store after the overlay: no handle is recorded after this. */
  async close(): Promise<void> {
    await this.overlay.close();
    this.handles.close();
  }

  /** statusOf plus a log line for the failures nobody anticipated. */
  statusOf(err: unknown, proc: string): NfsError {
    const status = statusOf(err);
    if (status === nfsstat3.NFS3ERR_SERVERFAULT) this.log.error({ err, proc }, 'NFS procedure failed unexpectedly');
    return status;
  }
}
