// The local admin interface: a Unix socket in the state directory, owner-only
// (the directory is 0700 and the socket 0600), speaking admin-protocol.ts.
// Requests on one connection are answered in order; connections are independent.
import { chmodSync, lstatSync, mkdirSync, unlinkSync } from 'node:fs';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { formatConfigError, exportFromObject } from '../config/index.js';
import { MAX_REQUEST_BYTES, summarize, type AdminResponse } from './admin-protocol.js';
import type { ExportRegistry, RegistryLog } from './registry.js';

export interface AdminServerOptions {
  socketPath: string;
  registry: ExportRegistry<unknown>;
  log?: RegistryLog;
}

export interface AdminServer {
  readonly socketPath: string;
  close(): Promise<void>;
}

export type StartResult = { ok: true; server: AdminServer } | { ok: false; message: string };

export async function startAdminServer(o: AdminServerOptions): Promise<StartResult> {
  const cleared = await clearStaleSocket(o.socketPath);
  if (cleared !== undefined) return { ok: false, message: cleared };
  mkdirSync(dirnameOf(o.socketPath), { recursive: true, mode: 0o700 });
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    serveConnection(socket, o);
  });
  const listening = await new Promise<string | undefined>((resolve) => {
    server.once('error', (err) => resolve(`admin socket ${o.socketPath}: ${err.message}`));
    server.listen(o.socketPath, () => {
      chmodSync(o.socketPath, 0o600);
      resolve(undefined);
    });
    // Synchronously after bind, before any connection is served.
    try {
      chmodSync(o.socketPath, 0o600);
    } catch {
      // bind failed; the 'error' event reports why
    }
  });
  if (listening !== undefined) return { ok: false, message: listening };
  return {
    ok: true,
    server: {
      socketPath: o.socketPath,
      close: () => closeServer(server, sockets, o.socketPath),
    },
  };
}

function dirnameOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash <= 0 ? '/' : path.slice(0, slash);
}

// A socket file left by a crashed server is removed; one that still answers
// belongs to a running server and is left alone; anything else is not ours.
async function clearStaleSocket(path: string): Promise<string | undefined> {
  let isSocket: boolean;
  try {
    isSocket = lstatSync(path).isSocket();
  } catch {
    return undefined;
  }
  if (!isSocket) return `${path} exists and is not a socket`;
  const alive = await new Promise<boolean>((resolve) => {
    const probe = connect(path);
    probe.once('connect', () => {
      probe.destroy();
      resolve(true);
    });
    probe.once('error', () => resolve(false));
  });
  if (alive) return `another ovlnfs is already serving the admin socket ${path}`;
  unlinkSync(path);
  return undefined;
}

function closeServer(server: Server, sockets: Set<Socket>, path: string): Promise<void> {
  return new Promise((resolve) => {
    for (const s of sockets) s.destroy();
    server.close(() => {
      try {
        unlinkSync(path);
      } catch {
        // already gone
      }
      resolve();
    });
  });
}

function serveConnection(socket: Socket, o: AdminServerOptions): void {
  let buffered = '';
  let queue: Promise<void> = Promise.resolve();
  socket.setEncoding('utf8');
  socket.on('error', () => socket.destroy());
  socket.on('data', (chunk: string) => {
    buffered += chunk;
    if (buffered.length > MAX_REQUEST_BYTES && !buffered.includes('\n')) {
      socket.end(JSON.stringify({ ok: false, code: 'BADREQUEST', message: 'request line too long' }) + '\n');
      buffered = '';
      return;
    }
    let newline: number;
    while ((newline = buffered.indexOf('\n')) >= 0) {
      const line = buffered.slice(0, newline);
      buffered = buffered.slice(newline + 1);
      if (line.trim() === '') continue;
      queue = queue.then(async () => {
        const response = await handle(line, o);
        if (!socket.destroyed) socket.write(JSON.stringify(response) + '\n');
      });
    }
  });
}

async function handle(line: string, o: AdminServerOptions): Promise<AdminResponse> {
  let request: unknown;
  try {
    request = JSON.parse(line);
  } catch {
    return { ok: false, code: 'BADREQUEST', message: 'not a JSON object' };
  }
  const r = request as { cmd?: unknown; path?: unknown; export?: unknown };
  const log = o.log;
  switch (r.cmd) {
    case 'list':
      return { ok: true, exports: o.registry.list().map(summarize) };
    case 'add': {
      const config = exportFromObject(r.export, 'admin');
      if (!config.ok) return { ok: false, code: 'INVAL', message: config.errors.map(formatConfigError).join('; ') };
      const added = await o.registry.add(config.value);
      log?.info({ cmd: 'add', path: config.value.path, ok: added.ok }, 'admin command');
      return added.ok ? { ok: true, export: summarize(added.value) } : added;
    }
    case 'remove':
    case 'reset': {
      if (typeof r.path !== 'string') return { ok: false, code: 'BADREQUEST', message: `${r.cmd} needs "path"` };
      const done = r.cmd === 'remove' ? await o.registry.remove(r.path) : await o.registry.reset(r.path);
      log?.info({ cmd: r.cmd, path: r.path, ok: done.ok }, 'admin command');
      return done.ok ? { ok: true, export: summarize(done.value) } : done;
    }
    default:
      return { ok: false, code: 'BADREQUEST', message: 'cmd must be one of list, add, remove, reset' };
  }
}
