// Credential squashing, as knfsd does it (fs/nfsd/auth.c nfsd_setuser):
//  - root: uid 0 → anonuid; gid 0 → anongid, both as primary gid and in the groups;
//    other ids pass through (a non-root caller with gid 0 is squashed too).
//  - all: every caller becomes anonuid/anongid with no supplementary groups.
//  - none: credentials pass through.
// AUTH_NONE callers are always anonymous. Unchanged credentials are returned as
// the same object, so the common case allocates nothing on the per-call path.

/** Same shape as the overlay's Cred (src/overlay), declared here to keep exports independent. */
export interface Cred {
  uid: number;
  gid: number;
  groups: number[];
}

export type SquashMode = 'none' | 'root' | 'all';

export interface SquashPolicy {
  squash: SquashMode;
  anonuid: number;
  anongid: number;
}

/** The credential of an anonymous (AUTH_NONE or all-squashed) caller. A fresh object: callers may keep it. */
export function anonymousCred(policy: SquashPolicy): Cred {
  return { uid: policy.anonuid, gid: policy.anongid, groups: [] };
}

export function squash(cred: Cred, policy: SquashPolicy): Cred {
  switch (policy.squash) {
    case 'none':
      return cred;
    case 'all':
      return anonymousCred(policy);
    case 'root':
      if (cred.uid !== 0 && cred.gid !== 0 && !cred.groups.includes(0)) return cred;
      return {
        uid: cred.uid === 0 ? policy.anonuid : cred.uid,
        gid: cred.gid === 0 ? policy.anongid : cred.gid,
        groups: cred.groups.map((g) => (g === 0 ? policy.anongid : g)),
      };
  }
}
