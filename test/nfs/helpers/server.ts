// An in-process NFS + MOUNT server over temporary layers, on a loopback port.
import { pino } from 'pino';
import type { SquashPolicy } from '../../../src/exports/squash.js';
import { mountProgram } from '../../../src/mount/index.js';
import { NfsExport, nfsProgram, openNfsExport } from '../../../src/nfs/index.js';
import { RpcServer } from '../../../src/rpc/index.js';
import { makeLayers, type Layers } from './layers.js';
import { NfsClient, ROOT, type USER } from './nfs-client.js';

export interface TestServer {
  layers: Layers;
  port: number;
  nfs: NfsExport;
  root: NfsClient;
  /** A client with these AUTH_SYS credentials, or AUTH_NONE when null. */
  connect(cred?: typeof USER | null): Promise<NfsClient>;
}

interface Tap { teardown(fn: () => void | Promise<void>): void }

export async function startTestServer(t: Tap, o: { readOnly?: boolean; squash?: SquashPolicy } = {}): Promise<TestServer> {
  const layers = makeLayers(t);
  const log = pino({ level: 'silent' });
  const squash = o.squash === undefined ? {} : { squash: o.squash };
  const nfs = await openNfsExport(o.readOnly === true
    ? { lowers: [layers.lower], stateDir: `${layers.work}/ovlnfs`, exportId: 1, fsid: 1n, log, ...squash }
    : { lowers: [layers.lower], upper: layers.upper, work: layers.work, exportId: 1, fsid: 1n, log, ...squash });
  const rpc = new RpcServer({ logger: log });
  rpc.register(nfsProgram(nfs));
  rpc.register(mountProgram([{ path: '/ovl', nfs, allowed: ['*'] }]));
  const { port } = await rpc.listen('127.0.0.1', 0);
  const clients: NfsClient[] = [];
  const connect = async (cred: typeof USER | null = ROOT): Promise<NfsClient> => {
    const c = await NfsClient.connect(port, cred ?? undefined);
    clients.push(c);
    return c;
  };
  const root = await connect();
  t.teardown(async () => {
    for (const c of clients) c.close();
    await rpc.close();
    await nfs.close();
  });
  return { layers, port, nfs, root, connect };
}
