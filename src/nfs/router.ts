// NFS v3 for many exports on one program number: every call is routed to the export its
// file handle names, after the checks every export needs (src/exports/index.ts):
//   unknown handle format → BADHANDLE; export removed → STALE; being reset → JUKEBOX;
//   client not on the list → ACCES; secure export, unprivileged port → AUTH_TOOWEAK;
//   read-only client and a modifying procedure → ROFS; RENAME/LINK across exports → XDEV.
// Each export keeps its own handler table built by nfsProgram(); the procedures themselves
// know nothing of routing. Per call: one Map probe for the entry, one memoised access
// decision, one WeakMap probe for the opened export.
import { ACCESS3_DELETE, ACCESS3_EXTEND, ACCESS3_MODIFY, NFS_PROGRAM_NFS_V3, nfsstat3, type ACCESS3res } from '../generated/nfs3.js';
import { auth_stat } from '../generated/rpc.js';
import type { ExportEntry } from '../exports/index.js';
import { peekExportId } from '../handles/index.js';
import { AuthRejection } from '../rpc/auth-rejection.js';
import type { CallContext, Procedure, ProgramVersion } from '../rpc/types.js';
import type { NfsExport } from './nfs-export.js';
import { nfsProgram } from './program.js';
import { ROUTES, type Route } from './routes.js';

/** One export as served: its NfsExport and the procedure table bound to it. */
export interface NfsRuntime {
  nfs: NfsExport;
  program: ProgramVersion;
}

export function nfsRuntime(nfs: NfsExport): NfsRuntime {
  return { nfs, program: nfsProgram(nfs) };
}

/** What the router needs from the export registry (ExportRegistry<NfsRuntime> fits). */
export interface RoutedExports {
  byId(id: number): ExportEntry | undefined;
  runtime(entry: ExportEntry): Promise<NfsRuntime>;
}

export interface RouterLog {
  error(fields: object, message: string): void;
}

const TOO_WEAK = new AuthRejection(auth_stat.AUTH_TOOWEAK);
const CHANGE_BITS = ACCESS3_MODIFY | ACCESS3_EXTEND | ACCESS3_DELETE;
const ACCESS_PROC = NFS_PROGRAM_NFS_V3.procedures.NFSPROC3_ACCESS.proc;

/** Finds an export's opened runtime, applying the entry's squash policy the first time it is seen. */
class Runtimes {
  // Keyed by entry: entries are replaced when their options change, so a new entry object
  // means "apply the policy again"; removed entries are collected with their cache slot.
  private readonly ready = new WeakMap<ExportEntry, NfsRuntime>();

  constructor(private readonly exports: RoutedExports) {}

  get(entry: ExportEntry): NfsRuntime | undefined {
    return this.ready.get(entry);
  }

  async open(entry: ExportEntry): Promise<NfsRuntime> {
    const rt = await this.exports.runtime(entry);
    // Per-client read-only is enforced by the router (ROFS, ACCESS bits); the export itself
    // refuses changes only when it has no upper.
    rt.nfs.setPolicy({ readOnly: false, squash: entry.config });
    this.ready.set(entry, rt);
    return rt;
  }
}

export function routedNfsProgram(exports: RoutedExports, log: RouterLog): ProgramVersion {
  const runtimes = new Runtimes(exports);
  const procedures: ProgramVersion['procedures'] = new Map();
  for (const [name, spec] of Object.entries(NFS_PROGRAM_NFS_V3.procedures)) {
    const r = ROUTES[name as keyof typeof ROUTES];
    const handler = r === undefined ? () => undefined : routeHandler(spec.proc, name, r, exports, runtimes, log);
    procedures.set(spec.proc, { name, args: spec.args, res: spec.res, handler } as Procedure<unknown, unknown>);
  }
  return { program: NFS_PROGRAM_NFS_V3.program, version: NFS_PROGRAM_NFS_V3.version, procedures };
}

function routeHandler(proc: number, name: string, r: Route, exports: RoutedExports, runtimes: Runtimes, log: RouterLog) {
  const isAccess = proc === ACCESS_PROC;
  return (args: unknown, ctx: CallContext): unknown => {
    const exportId = peekExportId(r.handle(args).data);
    if (exportId === undefined) return r.failure(nfsstat3.NFS3ERR_BADHANDLE);
    const entry = exports.byId(exportId);
    if (entry === undefined) return r.failure(nfsstat3.NFS3ERR_STALE);
    if (entry.state !== 'active') return r.failure(nfsstat3.NFS3ERR_JUKEBOX);
    const decision = entry.access.decide(ctx.remoteAddress, ctx.remotePort);
    if (!decision.allowed) return r.failure(nfsstat3.NFS3ERR_ACCES);
    if (!decision.secureOk) return TOO_WEAK;
    if (r.modifying && decision.readonly) return r.failure(nfsstat3.NFS3ERR_ROFS);
    if (r.otherHandle !== undefined) {
      const other = peekExportId(r.otherHandle(args).data);
      if (other !== undefined && other !== exportId) return r.failure(nfsstat3.NFS3ERR_XDEV);
    }
    const rt = runtimes.get(entry);
    const result = rt === undefined ? callWhenOpen(proc, name, r, entry, exports, runtimes, args, ctx, log) : call(rt, proc, args, ctx);
    return isAccess && decision.readonly ? withoutChangeBits(result as ACCESS3res | Promise<ACCESS3res>) : result;
  };
}

function call(rt: NfsRuntime, proc: number, args: unknown, ctx: CallContext): unknown {
  return (rt.program.procedures.get(proc) as Procedure<unknown, unknown>).handler(args, ctx);
}

async function callWhenOpen(
  proc: number,
  name: string,
  r: Route,
  entry: ExportEntry,
  exports: RoutedExports,
  runtimes: Runtimes,
  args: unknown,
  ctx: CallContext,
  log: RouterLog,
): Promise<unknown> {
  let rt: NfsRuntime;
  try {
    rt = await runtimes.open(entry);
  } catch (err) {
    // Removed or reset while we waited; otherwise the export's layers could not be opened
    // (logged; the client sees a server fault, not a hang).
    const now = exports.byId(entry.id);
    if (now === undefined) return r.failure(nfsstat3.NFS3ERR_STALE);
    if (now.state !== 'active') return r.failure(nfsstat3.NFS3ERR_JUKEBOX);
    log.error({ err, export: entry.path, proc: name }, 'cannot open export');
    return r.failure(nfsstat3.NFS3ERR_SERVERFAULT);
  }
  return call(rt, proc, args, ctx);
}

// A read-only client is told it may not modify, extend or delete, as knfsd does for ro exports.
async function withoutChangeBits(result: ACCESS3res | Promise<ACCESS3res>): Promise<ACCESS3res> {
  const res = await result;
  if (res.status !== nfsstat3.NFS3_OK) return res;
  return { status: res.status, resok: { ...res.resok, access: res.resok.access & ~CHANGE_BITS } };
}
