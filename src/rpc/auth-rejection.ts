// A handler's way to refuse a call with an RPC authentication error (MSG_DENIED,
// AUTH_ERROR) after looking at its arguments: an export that requires a privileged
// source port answers AUTH_TOOWEAK only once it knows which export the file handle
// names. Return `new AuthRejection(auth_stat.AUTH_TOOWEAK)` instead of a result.
import type { auth_stat } from '../generated/rpc.js';

export class AuthRejection {
  constructor(readonly why: auth_stat) {}
}
