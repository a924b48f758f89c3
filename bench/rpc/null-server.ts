/**
 * The server half of bench/rpc/null.ts, run in its own process as `ovlnfs serve` would be:
 * an RpcServer answering NFS v3 NULL on a free loopback port (TCP and UDP). Sends the port to
 * its parent over IPC and stops when the parent disconnects.
 */
import { pino } from 'pino';
import { programVersion } from '../../src/rpc/program.js';
import { RpcServer } from '../../src/rpc/rpc-server.js';
import { NFS_PROGRAM_NFS_V3 } from '../../src/generated/nfs3.js';

export async function startNullServer(): Promise<{ port: number; close(): Promise<void> }> {
  const server = new RpcServer({ logger: pino({ level: 'warn' }) });
  server.register(programVersion(NFS_PROGRAM_NFS_V3, { NFSPROC3_NULL: () => undefined }));
  const { port } = await server.listen('127.0.0.1', 0);
  return { port, close: () => server.close() };
}

if (process.send && process.argv[2] === 'child') {
  const server = await startNullServer();
  process.send({ port: server.port });
  process.once('disconnect', () => void server.close().then(() => process.exit(0)));
}
