// ONC RPC (RFC 5531) for any program: record marking, TCP and UDP transports, central
// dispatch with every error answer, AUTH_NONE/AUTH_SYS, and a client.
//
// Writing a program: build a ProgramVersion from the generated procedure table with
// programVersion(table, { PROC_NAME: (args, ctx) => result }) and register it on an
// RpcServer (or pass it to startServer in src/server).
//
// Already-encoded results (zero-copy READ): a handler may return a ReplyBody instead of
// a result value. Allocate it for the largest possible encoded result, encode into
// `body.bytes` (read the file data straight into its slot; XdrWriter.writeOpaque skips
// the copy when the data already sits there), and return `body.finish(bytesWritten)`.
// The dispatcher writes the record mark and reply header into the headroom in front of
// the body and hands the same buffer to the socket.
//
// Auth errors decided by a program (e.g. AUTH_TOOWEAK for an export that requires a
// privileged port): a handler may return an AuthRejection (auth-rejection.ts).
//
// Deviation from contracts.md section 2: CallContext also carries `localAddress` (the
// portmapper needs it to answer wildcard registrations), and handlers may return a
// ReplyBody or an AuthRejection.
export type { AuthSysCred, CallContext, Credentials, Procedure, ProgramVersion } from './types.js';
export { ReplyBody } from './reply-body.js';
export { AuthRejection } from './auth-rejection.js';
export { programVersion, type Handlers, type ProcedureTable } from './program.js';
export { RpcServer, DEFAULT_LIMITS, type RpcServerOptions } from './rpc-server.js';
export { RpcClient, type CallOutcome, type Endpoint } from './client.js';
