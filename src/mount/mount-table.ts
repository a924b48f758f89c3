// Who has mounted what (MOUNTPROC3_DUMP). Kept in memory only: like rmtab, it is advisory —
// clients never need it, and NFSv3 handles do not depend on it.
import type { mountbody } from '../generated/mount3.js';

export class MountTable {
  private readonly mounts = new Map<string, mountbody>();

  private static key(host: string, dir: string): string {
    return `${host}\0${dir}`;
  }

  add(host: string, dir: string): void {
    this.mounts.set(MountTable.key(host, dir), { ml_hostname: host, ml_directory: dir });
  }

  remove(host: string, dir: string): void {
    this.mounts.delete(MountTable.key(host, dir));
  }

  removeHost(host: string): void {
    for (const [key, m] of this.mounts) if (m.ml_hostname === host) this.mounts.delete(key);
  }

  list(): mountbody[] {
    return [...this.mounts.values()];
  }
}
