// Per-export access decisions, asked on MNT and on every NFS call. Decisions are
// memoised per remote-address string and returned as shared frozen objects, so
// the per-call cost after the first call from an address is one Map lookup and
// no allocation.
import { parseAddress, type ClientRule } from './address.js';
import { ClientList } from './client-list.js';

export interface AccessDecision {
  /** The address is on the export's client list. */
  readonly allowed: boolean;
  /** Modifying procedures must fail with NFS3ERR_ROFS. Always true when not allowed. */
  readonly readonly: boolean;
  /** The source port satisfies the export's `secure` policy (< 1024 when secure). */
  readonly secureOk: boolean;
}

export interface AccessPolicy {
  clients: readonly ClientRule[];
  readonly: boolean;
  secure: boolean;
}

const ALLOWED = 4;
const READONLY = 2;
const SECURE_OK = 1;

// All eight decisions, indexed by the bit set above.
const DECISIONS: readonly AccessDecision[] = Array.from({ length: 8 }, (_, bits) =>
  Object.freeze({
    allowed: (bits & ALLOWED) !== 0,
    readonly: (bits & READONLY) !== 0,
    secureOk: (bits & SECURE_OK) !== 0,
  }),
);

// Bounds memory when many distinct addresses probe an export; on overflow the
// memo is simply dropped and refilled (deterministic, no LRU bookkeeping per call).
const MEMO_LIMIT = 4096;

export class ExportAccess {
  readonly clients: ClientList;
  private readonly readonly: boolean;
  private readonly secure: boolean;
  private readonly memo = new Map<string, number>();

  constructor(policy: AccessPolicy) {
    this.clients = new ClientList(policy.clients);
    this.readonly = policy.readonly;
    this.secure = policy.secure;
  }

  decide(address: string, sourcePort: number): AccessDecision {
    let bits = this.memo.get(address);
    if (bits === undefined) {
      bits = this.addressBits(address);
      if (this.memo.size >= MEMO_LIMIT) this.memo.clear();
      this.memo.set(address, bits);
    }
    if (!this.secure || sourcePort < 1024) bits |= SECURE_OK;
    return DECISIONS[bits] as AccessDecision;
  }

  /** The client-list entry that admits the address, for EXPORT replies; undefined if none. */
  ruleFor(address: string): ClientRule | undefined {
    const parsed = parseAddress(address);
    return parsed === null ? undefined : this.clients.match(parsed);
  }

  private addressBits(address: string): number {
    const rule = this.ruleFor(address);
    if (!rule) return READONLY;
    return ALLOWED | ((rule.readonly ?? this.readonly) ? READONLY : 0);
  }
}

/** The decision for one call: `accessFor(entry, ctx.remoteAddress, ctx.remotePort)`. */
export function accessFor(exp: { access: ExportAccess }, address: string, sourcePort: number): AccessDecision {
  return exp.access.decide(address, sourcePort);
}
