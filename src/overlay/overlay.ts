// The Overlay class: the public API (contracts.md section 3). Early signature commit:
// bodies land in the following commits.
import type { Attr, Cred, OverlayOptions, ReaddirResult, SetAttr, StatFs } from './types.js';
import { OverlayError } from './types.js';

const pending = (): never => { throw new OverlayError('ENOSYS', 'overlay not implemented yet'); };

export class Overlay {
  readonly readOnly: boolean;
  rootId: bigint;

  private constructor(readOnly: boolean, rootId: bigint) { this.readOnly = readOnly; this.rootId = rootId; }

  static async open(o: OverlayOptions): Promise<Overlay> { void o; return pending(); }
  async getattr(path: string): Promise<Attr> { void path; return pending(); }
  async lookup(dir: string, name: string): Promise<Attr> { void dir; void name; return pending(); }
  async access(path: string, cred: Cred, want: number): Promise<number> { void path; void cred; void want; return pending(); }
  async readlink(path: string): Promise<string> { void path; return pending(); }
  async read(path: string, offset: bigint, length: number, into: Buffer, intoOffset: number): Promise<{ bytes: number; eof: boolean }> {
    void path; void offset; void length; void into; void intoOffset; return pending();
  }
  async write(path: string, offset: bigint, data: Buffer, cred: Cred, sync: 'unstable' | 'data' | 'file'): Promise<Attr> {
    void path; void offset; void data; void cred; void sync; return pending();
  }
  async commit(path: string): Promise<void> { void path; return pending(); }
  async setattr(path: string, cred: Cred, s: SetAttr): Promise<Attr> { void path; void cred; void s; return pending(); }
  async create(dir: string, name: string, cred: Cred, mode: number, exclusive: boolean): Promise<Attr> {
    void dir; void name; void cred; void mode; void exclusive; return pending();
  }
  async mkdir(dir: string, name: string, cred: Cred, mode: number): Promise<Attr> { void dir; void name; void cred; void mode; return pending(); }
  async symlink(dir: string, name: string, target: string, cred: Cred): Promise<Attr> { void dir; void name; void target; void cred; return pending(); }
  async mknod(dir: string, name: string, cred: Cred, type: 'chr' | 'blk' | 'fifo' | 'sock', mode: number,
    rdev: { major: number; minor: number }): Promise<Attr> {
    void dir; void name; void cred; void type; void mode; void rdev; return pending();
  }
  async remove(dir: string, name: string, cred: Cred): Promise<void> { void dir; void name; void cred; return pending(); }
  async rmdir(dir: string, name: string, cred: Cred): Promise<void> { void dir; void name; void cred; return pending(); }
  async rename(fromDir: string, fromName: string, toDir: string, toName: string, cred: Cred): Promise<void> {
    void fromDir; void fromName; void toDir; void toName; void cred; return pending();
  }
  async link(path: string, toDir: string, toName: string, cred: Cred): Promise<Attr> { void path; void toDir; void toName; void cred; return pending(); }
  async readdir(dir: string, cookie: bigint, verifier: bigint, maxEntries: number): Promise<ReaddirResult> {
    void dir; void cookie; void verifier; void maxEntries; return pending();
  }
  async statfs(): Promise<StatFs> { return pending(); }
  async close(): Promise<void> { return pending(); }
}
