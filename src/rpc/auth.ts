// Turns the call's credential and verifier into Credentials, or the auth_stat the
// client gets instead (RFC 5531 sections 8-10, checks as in Linux svcauth_unix/null):
// - AUTH_NONE and AUTH_SYS are accepted; their verifier must be an empty AUTH_NONE
//   (else AUTH_BADVERF), a malformed body or trailing bytes are AUTH_BADCRED.
// - AUTH_SHORT is a shorthand we never hand out: AUTH_REJECTEDCRED tells the client
//   to start over with its full AUTH_SYS credential.
// - Any other flavor (AUTH_DH, RPCSEC_GSS, ...) is one we do not accept: AUTH_TOOWEAK.
import { XdrError } from '../xdr/index.js';
import { auth_flavor, auth_stat, xdr_authsys_parms, type opaque_auth } from '../generated/rpc.js';
import type { Credentials } from './types.js';

const NONE: Credentials = { flavor: 'none' };

export function authenticate(cred: opaque_auth, verf: opaque_auth): Credentials | auth_stat {
  switch (cred.flavor) {
    case auth_flavor.AUTH_NONE:
      if (cred.body.length !== 0) return auth_stat.AUTH_BADCRED;
      return emptyVerifier(verf) ? NONE : auth_stat.AUTH_BADVERF;
    case auth_flavor.AUTH_SYS:
      return emptyVerifier(verf) ? authsys(cred.body) : auth_stat.AUTH_BADVERF;
    case auth_flavor.AUTH_SHORT:
      return auth_stat.AUTH_REJECTEDCRED;
    default:
      return auth_stat.AUTH_TOOWEAK;
  }
}

function emptyVerifier(verf: opaque_auth): boolean {
  return verf.flavor === auth_flavor.AUTH_NONE && verf.body.length === 0;
}

function authsys(body: Buffer): Credentials | auth_stat {
  try {
    // decode() also rejects bytes after the structure.
    const p = xdr_authsys_parms.decode(body);
    return { flavor: 'sys', uid: p.uid, gid: p.gid, gids: p.gids, machinename: p.machinename, stamp: p.stamp };
  } catch (err) {
    if (err instanceof XdrError) return auth_stat.AUTH_BADCRED;
    throw err;
  }
}
