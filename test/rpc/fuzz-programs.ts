// What the RPC fuzzers call and what answers them: every procedure of the generated NFS v3,
// MOUNT v3, NLM v4, NSM, portmap v2 and rpcbind v3/v4 tables (arguments sampled from the .x
// models), and a server program set of the test program, the real portmapper, and stand-ins
// for NFS, MOUNT, NLM and NSM. A stand-in decodes its arguments with the generated codec and
// answers one of a few sampled results, so the fuzz reaches every argument decoder and result encoder
// through the dispatcher without an overlay behind it (the NFS layer has its own tests).
import type { Codec } from '../../src/xdr/index.js';
import { programVersion, type ProcedureTable } from '../../src/rpc/program.js';
import type { ProgramVersion } from '../../src/rpc/types.js';
import { PortRegistry } from '../../src/portmap/registry.js';
import { portmapPrograms } from '../../src/portmap/programs.js';
import { MOUNT_PROGRAM_MOUNT_V3 } from '../../src/generated/mount3.js';
import { NFS_PROGRAM_NFS_V3 } from '../../src/generated/nfs3.js';
import { NLM_PROG_NLM4_VERS } from '../../src/generated/nlm4.js';
import { SM_PROG_SM_VERS } from '../../src/generated/nsm.js';
import { PMAP_PROG_PMAP_VERS } from '../../src/generated/pmap.js';
import { RPCBPROG_RPCBVERS, RPCBPROG_RPCBVERS4 } from '../../src/generated/rpcbind.js';
import { loadProtocols, type Protocol } from '../xdr/helpers/protocols.js';
import { Random } from '../xdr/helpers/random.js';
import { sample } from '../xdr/helpers/samples.js';
import { PROC, testPrograms } from './test-program.js';

export interface FuzzProcedure {
  prog: number;
  vers: number;
  proc: number;
  /** Encodes sampled arguments (empty for void). */
  sampleArgs(rnd: Random): Buffer;
}

interface Resolved {
  table: ProcedureTable;
  name: string;
  spec: ProcedureTable['procedures'][string];
  protocol: Protocol;
  argsType: string | undefined;
  resType: string | undefined;
}

const STAND_IN_TABLES: ProcedureTable[] = [NFS_PROGRAM_NFS_V3, MOUNT_PROGRAM_MOUNT_V3, NLM_PROG_NLM4_VERS, SM_PROG_SM_VERS];
const PORTMAP_TABLES: ProcedureTable[] = [PMAP_PROG_PMAP_VERS, RPCBPROG_RPCBVERS, RPCBPROG_RPCBVERS4];

export interface FuzzTarget {
  procedures: FuzzProcedure[];
  /** A fresh program set for one server (the portmapper's registry is its own). */
  programs(): ProgramVersion[];
}

export async function fuzzTarget(): Promise<FuzzTarget> {
  const protocols = await loadProtocols();
  const resolved = [...STAND_IN_TABLES, ...PORTMAP_TABLES].flatMap((table) => resolveTable(table, protocols));
  const procedures = resolved.map((r): FuzzProcedure => ({
    prog: r.table.program,
    vers: r.table.version,
    proc: r.spec.proc,
    sampleArgs: (rnd) => (r.argsType === undefined ? Buffer.alloc(0) : Buffer.from(r.spec.args.encode(sample(r.protocol.model, r.argsType, rnd)))),
  }));
  const standIns = resolved.filter((r) => STAND_IN_TABLES.includes(r.table));
  return {
    procedures,
    programs: () => {
      const test = testPrograms();
      for (const pv of test) pv.procedures.delete(PROC.WAIT); // waits for a test to release it: never finishes here
      return [...test, ...portmapPrograms(new PortRegistry()), ...STAND_IN_TABLES.map((table) => standInProgram(table, standIns))];
    },
  };
}

function resolveTable(table: ProcedureTable, protocols: Protocol[]): Resolved[] {
  const typeNames = new Map<Codec<unknown>, { protocol: Protocol; type: string }>();
  for (const protocol of protocols) for (const [type, codec] of protocol.codecs) typeNames.set(codec, { protocol, type });
  return Object.entries(table.procedures).map(([name, spec]) => {
    const args = typeNames.get(spec.args);
    const res = typeNames.get(spec.res);
    const protocol = args?.protocol ?? res?.protocol ?? protocols[0]!;
    return { table, name, spec, protocol, argsType: args?.type, resType: res?.type };
  });
}

/** Results rotate through a few samples drawn once from a fixed seed: cheap, and a run replays exactly. */
const RESULT_VARIANTS = 8;

function standInProgram(table: ProcedureTable, resolved: Resolved[]): ProgramVersion {
  const rnd = new Random(table.program ^ table.version);
  const handlers: Record<string, () => unknown> = {};
  for (const r of resolved.filter((x) => x.table === table)) {
    const resType = r.resType;
    const results = Array.from({ length: RESULT_VARIANTS }, () => (resType === undefined ? undefined : sample(r.protocol.model, resType, rnd)));
    let next = 0;
    handlers[r.name] = () => results[next++ % RESULT_VARIANTS];
  }
  return programVersion(table, handlers);
}
