// The Overlay class: the public API (contracts.md section 3) over the per-concern modules.
// Mutations run one at a time under a lock: each is a short sequence of syscalls whose
// intermediate states must not interleave (copy-up of a parent, whiteout, rename). Reads run
// freely: every mutation becomes visible through one atomic rename.
import { statfs as statfsCb } from 'node:fs';
import { readlinkSync } from 'node:fs';
import { promisify } from 'node:util';
import { attrOf } from './attrs.js';
import { Ctx } from './context.js';
import { changeableDir, createObject, linkName, owned, removeName } from './dir-ops.js';
import { commitData, openForWrite, readData, setAttributes, writeData, type WriteSync } from './file-ops.js';
import { idOfHit } from './identity.js';
import { openLayers } from './layers.js';
import { isDir, realPath, top } from './lookup.js';
import { checkName, joinPath } from './names.js';
import { allowed } from './permissions.js';
import { ReaddirCache } from './readdir.js';
import { renameName } from './rename.js';
import { OverlayError, W_OK } from './types.js';
import type { Attr, Cred, OverlayOptions, ReaddirResult, SetAttr, StatFs } from './types.js';
import { toOverlayError } from './errors.js';

const statfsP = promisify(statfsCb);

export class Overlay {
  readonly readOnly: boolean;
  rootId: bigint;
  private readonly ctx: Ctx;
  private readonly listings = new ReaddirCache();
  private lock: Promise<unknown> = Promise.resolve();

  private constructor(ctx: Ctx) {
    this.ctx = ctx;
    this.readOnly = ctx.readOnly;
    this.rootId = idOfHit(ctx.fmt, ctx.layers, top(ctx.root()));
  }

  /** Validates the layers and empties W/work (leftovers of a crash). */
  static async open(o: OverlayOptions): Promise<Overlay> {
    const stack = openLayers(o);
    return new Overlay(new Ctx(stack, o.maxOpenFiles ?? 256, o.idleCloseMs ?? 5000));
  }

  private exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.lock.then(fn, fn);
    this.lock = run.catch(() => undefined);
    return run;
  }

  private lookupNode(dir: string, name: string) {
    checkName(name);
    const node = this.ctx.child(this.ctx.dir(dir), name);
    if (node === undefined) throw new OverlayError('ENOENT', joinPath(dir, name));
    return node;
  }

  async getattr(path: string): Promise<Attr> { return attrOf(this.ctx, this.ctx.resolve(path)); }

  async lookup(dir: string, name: string): Promise<Attr> { return attrOf(this.ctx, this.lookupNode(dir, name)); }

  /** What the caller may do; W_OK is never granted on a read-only overlay. */
  async access(path: string, cred: Cred, want: number): Promise<number> {
    const got = allowed(owned(this.ctx, this.ctx.resolve(path)), cred, want);
    return this.readOnly ? got & ~W_OK : got;
  }

  async readlink(path: string): Promise<string> {
    const node = this.ctx.resolve(path);
    if (!top(node).st.isSymbolicLink()) throw new OverlayError('EINVAL', `${path} is not a symlink`);
    try { return readlinkSync(realPath(top(node)), 'utf8'); } catch (e) { throw toOverlayError(e, `readlink ${path}`); }
  }

  async read(path: string, offset: bigint, length: number, into: Buffer, intoOffset: number): Promise<{ bytes: number; eof: boolean }> {
    return readData(this.ctx, this.ctx.resolve(path), offset, length, into, intoOffset);
  }

  async write(path: string, offset: bigint, data: Buffer, cred: Cred, sync: WriteSync): Promise<Attr> {
    const w = await this.exclusive(() => openForWrite(this.ctx, this.ctx.resolve(path), cred, sync));
    try {
      await writeData(w.fd, offset, data);
    } catch (e) {
      throw toOverlayError(e, `write ${path}`);
    } finally {
      w.release();
    }
    return this.getattr(path);
  }

  async commit(path: string): Promise<void> { return commitData(this.ctx, this.ctx.resolve(path)); }

  async setattr(path: string, cred: Cred, s: SetAttr): Promise<Attr> {
    return this.exclusive(() => setAttributes(this.ctx, this.ctx.resolve(path), cred, s));
  }

  /** exclusive=false returns an existing regular file unchanged (NFS UNCHECKED). */
  async create(dir: string, name: string, cred: Cred, mode: number, exclusive: boolean): Promise<Attr> {
    return this.exclusive(async () => {
      if (!exclusive) {
        checkName(name);
        // The name is looked up only after the directory's type, search permission and
        // writability are checked, as nfsd does (fh_verify MAY_EXEC, fh_want_write).
        const parent = changeableDir(this.ctx, dir, cred);
        const existing = this.ctx.child(parent, name);
        if (existing !== undefined) {
          if (!top(existing).st.isFile()) throw new OverlayError(isDir(existing) ? 'EISDIR' : 'EEXIST', existing.path);
          return attrOf(this.ctx, existing);
        }
      }
      return createObject(this.ctx, dir, name, cred, { type: 'file', mode });
    });
  }

  async mkdir(dir: string, name: string, cred: Cred, mode: number): Promise<Attr> {
    return this.exclusive(() => createObject(this.ctx, dir, name, cred, { type: 'dir', mode }));
  }

  async symlink(dir: string, name: string, target: string, cred: Cred): Promise<Attr> {
    if (target === '' || target.includes('\0')) throw new OverlayError('EINVAL', 'bad symlink target');
    if (Buffer.byteLength(target) > 4095) throw new OverlayError('ENAMETOOLONG', 'symlink target');
    return this.exclusive(() => createObject(this.ctx, dir, name, cred, { type: 'symlink', target }));
  }

  async mknod(dir: string, name: string, cred: Cred, type: 'chr' | 'blk' | 'fifo' | 'sock', mode: number,
    rdev: { major: number; minor: number }): Promise<Attr> {
    if ((type === 'chr' || type === 'blk') && cred.uid !== 0) throw new OverlayError('EPERM', 'device nodes need root');
    const dev = type === 'chr' || type === 'blk' ? rdev : { major: 0, minor: 0 };
    return this.exclusive(() => createObject(this.ctx, dir, name, cred, { type, mode, ...dev }));
  }

  async remove(dir: string, name: string, cred: Cred): Promise<void> {
    return this.exclusive(() => removeName(this.ctx, dir, name, cred, false));
  }

  async rmdir(dir: string, name: string, cred: Cred): Promise<void> {
    return this.exclusive(() => removeName(this.ctx, dir, name, cred, true));
  }

  async rename(fromDir: string, fromName: string, toDir: string, toName: string, cred: Cred): Promise<void> {
    return this.exclusive(() => renameName(this.ctx, fromDir, fromName, toDir, toName, cred));
  }

  async link(path: string, toDir: string, toName: string, cred: Cred): Promise<Attr> {
    return this.exclusive(() => linkName(this.ctx, path, toDir, toName, cred));
  }

  /** Cookies never expire, so the verifier a caller sends is not checked (design.md item 4). */
  async readdir(dir: string, cookie: bigint, verifier: bigint, maxEntries: number): Promise<ReaddirResult> {
    void verifier;
    const node = this.ctx.resolve(dir);
    if (!isDir(node)) throw new OverlayError('ENOTDIR', dir);
    return this.listings.page(this.ctx, node, cookie, maxEntries);
  }

  async statfs(): Promise<StatFs> {
    const s = await statfsP(this.ctx.stack.upper?.root ?? (this.ctx.layers[0]?.root as string), { bigint: true });
    return {
      bytes: s.blocks * s.bsize, freeBytes: s.bfree * s.bsize, availBytes: s.bavail * s.bsize,
      files: s.files, freeFiles: s.ffree, availFiles: s.ffree,
    };
  }

  async close(): Promise<void> {
    await this.lock;
    this.ctx.files.close();
  }
}
