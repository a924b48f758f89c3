// Translation between NLM v4 wire values and the lock manager's domain values. The only place
// that knows how nlm4_stats spells each outcome.

import { nlm4_stats, type nlm4_holder, type nlm4_lock } from '../generated/nlm4.js';
import type { CallContext } from '../rpc/types.js';
import { rangeFromWire, rangeToWire, type ByteRange } from './lock-range.js';
import type { HeldLock, LockOwner } from './lock-table.js';
import type { NlmStatus } from './lock-manager.js';

// Outcomes decided before the lock manager is asked (the file handle, the export's policy).
export type FileProblem = 'stale_fh' | 'denied_nolocks' | 'failed';

const STATS: Record<NlmStatus | FileProblem, nlm4_stats> = {
  granted: nlm4_stats.NLM4_GRANTED,
  denied: nlm4_stats.NLM4_DENIED,
  denied_nolocks: nlm4_stats.NLM4_DENIED_NOLOCKS,
  blocked: nlm4_stats.NLM4_BLOCKED,
  denied_grace_period: nlm4_stats.NLM4_DENIED_GRACE_PERIOD,
  stale_fh: nlm4_stats.NLM4_STALE_FH,
  failed: nlm4_stats.NLM4_FAILED,
};

export function statOf(s: NlmStatus | FileProblem): nlm4_stats {
  return STATS[s];
}

export function ownerOf(l: nlm4_lock): LockOwner {
  return { host: l.caller_name, svid: l.svid, oh: l.oh };
}

export function rangeOf(l: nlm4_lock): ByteRange {
  return rangeFromWire(l.l_offset, l.l_len);
}

export function holderOf(h: HeldLock): nlm4_holder {
  const { offset, length } = rangeToWire(h);
  return { exclusive: h.exclusive, svid: h.owner.svid, oh: h.owner.oh, l_offset: offset, l_len: length };
}

// The lock as the client sent it, detached from the request buffer (kept for a later GRANTED).
export function copyLock(l: nlm4_lock): nlm4_lock {
  return { ...l, fh: Buffer.from(l.fh), oh: Buffer.from(l.oh) };
}

// Clients reached over an IPv6 socket show up as ::ffff:a.b.c.d; callbacks and host matching
// want the plain IPv4 form.
export function clientAddress(ctx: CallContext): string {
  return ctx.remoteAddress.startsWith('::ffff:') ? ctx.remoteAddress.slice(7) : ctx.remoteAddress;
}
