// The NFS router on its own: every refusal it produces is a well-formed result of its
// procedure (encodes and decodes with the generated codec), an export being reset answers
// JUKEBOX, and an export whose layers cannot be opened answers SERVERFAULT and is retried
// on the next call (no cached failure).
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import t from 'tap';
import { parseConfigText } from '../../src/config/index.js';
import { ExportRegistry, type ExportEntry } from '../../src/exports/index.js';
import { NFS_PROGRAM_NFS_V3, nfsstat3 } from '../../src/generated/nfs3.js';
import { HANDLE_SIZE } from '../../src/handles/index.js';
import { routedNfsProgram, type NfsRuntime, type RoutedExports } from '../../src/nfs/index.js';
import { ROUTES } from '../../src/nfs/routes.js';
import type { CallContext } from '../../src/rpc/index.js';
import type { Codec } from '../../src/xdr/index.js';

const REFUSALS = [
  nfsstat3.NFS3ERR_ACCES,
  nfsstat3.NFS3ERR_ROFS,
  nfsstat3.NFS3ERR_STALE,
  nfsstat3.NFS3ERR_BADHANDLE,
  nfsstat3.NFS3ERR_JUKEBOX,
  nfsstat3.NFS3ERR_XDEV,
  nfsstat3.NFS3ERR_SERVERFAULT,
] as const;

t.test('every routed procedure has a route, and every refusal encodes as its result type', async (t) => {
  const names = Object.keys(NFS_PROGRAM_NFS_V3.procedures).filter((n) => n !== 'NFSPROC3_NULL');
  t.equal(names.length, 21);
  for (const name of names) {
    const route = ROUTES[name as keyof typeof ROUTES];
    if (route === undefined) {
      t.fail(`${name} has no route`);
      continue;
    }
    const codec = (NFS_PROGRAM_NFS_V3.procedures as Record<string, { res: Codec<unknown> }>)[name]?.res as Codec<unknown>;
    for (const status of REFUSALS) {
      const bytes = codec.encode(route.failure(status));
      t.equal((codec.decode(bytes) as { status: number }).status, status, `${name} ${nfsstat3[status]}`);
    }
  }
});

function handleOf(exportId: number): { data: Buffer } {
  const data = Buffer.alloc(HANDLE_SIZE);
  data[0] = 1; // handle format version
  data.writeUInt32BE(exportId, 4);
  return { data };
}

const ctx: CallContext = {
  xid: 1, prog: 100003, vers: 3, proc: 1, cred: { flavor: 'none' }, transport: 'tcp',
  remoteAddress: '127.0.0.1', remotePort: 900, localAddress: '127.0.0.1', localPort: 2049,
};

t.test('resetting → JUKEBOX; an export that cannot be opened → SERVERFAULT, retried next call', async (t) => {
  const root = mkdtempSync(join(tmpdir(), 'ovlnfs-router-'));
  t.teardown(() => rmSync(root, { recursive: true, force: true }));
  for (const d of ['lower', 'upper', 'work']) mkdirSync(join(root, d));
  const parsed = parseConfigText('exports: [{ path: /a, lower: lower, upper: upper, work: work }]', 'r.yaml', { baseDir: root, defaultStateDir: join(root, 'state') });
  if (!parsed.ok) throw new Error('config');
  let opens = 0;
  const opened = await ExportRegistry.open<NfsRuntime>({
    stateDir: parsed.value.stateDir,
    exports: parsed.value.exports,
    templates: [],
    factory: {
      open: async () => {
        opens++;
        throw new Error('layers unavailable');
      },
      close: async () => undefined,
    },
  });
  if (!opened.ok) throw new Error(opened.message);
  const registry = opened.value;
  const entry = registry.byPath('/a') as ExportEntry;
  const errors: object[] = [];
  const program = routedNfsProgram(registry, { error: (fields) => errors.push(fields) });
  const getattr = program.procedures.get(NFS_PROGRAM_NFS_V3.procedures.NFSPROC3_GETATTR.proc);
  if (getattr === undefined) throw new Error('no GETATTR');
  const call = async (exports: RoutedExports | null = null): Promise<unknown> => {
    const handler = exports === null ? getattr.handler : routedNfsProgram(exports, { error: () => undefined }).procedures.get(1)?.handler;
    return handler?.({ object: handleOf(entry.id) }, ctx);
  };

  t.same(await call(), { status: nfsstat3.NFS3ERR_SERVERFAULT });
  t.same(await call(), { status: nfsstat3.NFS3ERR_SERVERFAULT });
  t.equal(opens, 2, 'the failed open was not cached');
  t.equal(errors.length, 2, 'each failure was logged');

  const resetting: RoutedExports = { byId: () => ({ ...entry, state: 'resetting' }), runtime: () => Promise.reject(new Error('unreachable')) };
  t.same(await call(resetting), { status: nfsstat3.NFS3ERR_JUKEBOX });
  const gone: RoutedExports = { byId: () => undefined, runtime: () => Promise.reject(new Error('unreachable')) };
  t.same(await call(gone), { status: nfsstat3.NFS3ERR_STALE });
});
