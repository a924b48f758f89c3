// NLM SHARE reservations: DOS/Windows-style whole-file open modes (the NFSv3 way for PC clients to
// say "I open this for reading and deny writers"). A reservation has an access (what its owner
// does: bit 1 read, bit 2 write) and a mode (what it denies others: same bits). A new one
// conflicts with another owner's when either denies what the other does. An owner is
// (client host, oh); a second SHARE of the same owner replaces its first, as in the Linux server.

export interface ShareReservation {
  host: string;
  oh: Buffer;
  mode: number; // fsh_mode: 0 deny none, 1 deny read, 2 deny write, 3 deny both
  access: number; // fsh_access: 0 none, 1 read, 2 write, 3 both
}

function sameOwner(a: ShareReservation, host: string, oh: Buffer): boolean {
  return a.host === host && a.oh.equals(oh);
}

export class ShareTable {
  private readonly files = new Map<bigint, ShareReservation[]>();

  // True when granted; false when another owner's reservation conflicts.
  share(fileId: bigint, s: ShareReservation): boolean {
    const list = this.files.get(fileId) ?? [];
    const others = list.filter((o) => !sameOwner(o, s.host, s.oh));
    if (others.some((o) => (o.mode & s.access) !== 0 || (o.access & s.mode) !== 0)) return false;
    others.push({ ...s, oh: Buffer.from(s.oh) });
    this.files.set(fileId, others);
    return true;
  }

  unshare(fileId: bigint, host: string, oh: Buffer): void {
    const list = this.files.get(fileId);
    if (list === undefined) return;
    const kept = list.filter((o) => !sameOwner(o, host, oh));
    if (kept.length === 0) this.files.delete(fileId);
    else this.files.set(fileId, kept);
  }

  releaseHost(host: string): void {
    for (const [fileId, list] of [...this.files]) {
      const kept = list.filter((o) => o.host !== host);
      if (kept.length === 0) this.files.delete(fileId);
      else this.files.set(fileId, kept);
    }
  }

  hostHasState(host: string): boolean {
    for (const list of this.files.values()) if (list.some((o) => o.host === host)) return true;
    return false;
  }

  sharesOf(fileId: bigint): readonly ShareReservation[] {
    return this.files.get(fileId) ?? [];
  }
}
