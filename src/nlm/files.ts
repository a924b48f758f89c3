// What NLM needs from the NFS side: which file a handle names, and whether this caller may lock
// it. Injected by the server's composition root, so NLM knows nothing of handles or exports.

import type { CallContext } from '../rpc/types.js';
import type { FileProblem } from './wire.js';

// 'nolocks' for an export with `locks: off` (the client gets NLM4_DENIED_NOLOCKS at once and
// reports ENOLCK, never a hang); 'denied' for a client the export does not admit.
export type NlmAccess = 'ok' | 'nolocks' | 'denied';

export interface NlmFiles {
  // The stable overlay id of the file a handle names; undefined for a stale or foreign handle.
  resolve(fh: Buffer): bigint | undefined | Promise<bigint | undefined>;
  access?(fileId: bigint, fh: Buffer, ctx: CallContext): NlmAccess | Promise<NlmAccess>;
}

export async function lockableFile(
  files: NlmFiles,
  locksEnabled: boolean,
  fh: Buffer,
  ctx: CallContext,
): Promise<{ fileId: bigint } | { problem: FileProblem }> {
  if (!locksEnabled) return { problem: 'denied_nolocks' };
  try {
    const fileId = await files.resolve(fh);
    if (fileId === undefined) return { problem: 'stale_fh' };
    const access = files.access === undefined ? 'ok' : await files.access(fileId, fh, ctx);
    if (access === 'nolocks') return { problem: 'denied_nolocks' };
    if (access === 'denied') return { problem: 'failed' };
    return { fileId };
  } catch {
    // The NFS side could not tell (I/O error reading its handle store...): a status, not a
    // dropped call, so the client fails the lock instead of retrying for ever.
    return { problem: 'failed' };
  }
}
