// The shapes a program author works with (contracts.md section 2): a program version is
// a table of procedures, each with its argument and result codecs and a handler.
import type { Codec } from '../xdr/index.js';
import type { AuthRejection } from './auth-rejection.js';
import type { ReplyBody } from './reply-body.js';

export interface AuthSysCred {
  flavor: 'sys';
  uid: number;
  gid: number;
  gids: number[];
  machinename: string;
  stamp: number;
}
export type Credentials = AuthSysCred | { flavor: 'none' };

export interface CallContext {
  xid: number;
  prog: number;
  vers: number;
  proc: number;
  cred: Credentials;
  transport: 'tcp' | 'udp';
  remoteAddress: string;
  remotePort: number;
  /** Address the call arrived on (the portmapper answers with it for wildcard listeners). */
  localAddress: string;
  localPort: number;
}

/**
 * A handler returns its result value, which the dispatcher encodes with `res`, or a
 * ReplyBody it has already encoded itself (zero-copy READ, see reply-body.ts), or an
 * AuthRejection to answer with an RPC authentication error (auth-rejection.ts).
 */
export interface Procedure<A, R> {
  name: string;
  args: Codec<A>;
  res: Codec<R>;
  handler(args: A, ctx: CallContext): R | ReplyBody | AuthRejection | Promise<R | ReplyBody | AuthRejection>;
}

export interface ProgramVersion {
  program: number;
  version: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each procedure has its own A and R
  procedures: Map<number, Procedure<any, any>>;
}
