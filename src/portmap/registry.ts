// The portmapper's table of (program, version, netid) → universal address, shared by
// the v2 (port numbers) and v3/v4 (universal addresses) interfaces. Lookups follow
// rpcbind's find_service: an exact version if registered, else any version of the
// program on that transport, so a client asking for an unsupported version reaches the
// server and learns the supported range from PROG_MISMATCH.

export interface Mapping {
  prog: number;
  vers: number;
  netid: string;
  uaddr: string;
  owner: string;
}

/** Bounds the table (and each DUMP reply) whatever local clients register. */
export const MAX_MAPPINGS = 1024;

export class PortRegistry {
  private readonly mappings: Mapping[] = [];

  /** False when (prog, vers, netid) is already mapped, as RFC 1833 SET requires, or the table is full. */
  set(mapping: Mapping): boolean {
    if (this.mappings.length >= MAX_MAPPINGS) return false;
    if (this.mappings.some((m) => m.prog === mapping.prog && m.vers === mapping.vers && m.netid === mapping.netid)) return false;
    this.mappings.push({ ...mapping });
    return true;
  }

  /** Removes the mappings of (prog, vers) on `netid`, or on every transport when netid is ''. */
  unset(prog: number, vers: number, netid: string): boolean {
    let removed = false;
    for (let i = this.mappings.length - 1; i >= 0; i--) {
      const m = this.mappings[i]!;
      if (m.prog === prog && m.vers === vers && (netid === '' || m.netid === netid)) {
        this.mappings.splice(i, 1);
        removed = true;
      }
    }
    return removed;
  }

  find(prog: number, vers: number, netid: string, exactVersion: boolean): Mapping | undefined {
    let hit: Mapping | undefined;
    for (const m of this.mappings) {
      if (m.prog !== prog || m.netid !== netid) continue;
      if (m.vers === vers) return m;
      hit ??= m;
    }
    return exactVersion ? undefined : hit;
  }

  list(): readonly Mapping[] {
    return this.mappings;
  }
}
