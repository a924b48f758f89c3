// Client side of the admin socket, and the action behind
//   ovlnfs exports list|add|remove|reset
// The CLI layer only maps flags to ExportsCommandOptions and exits with the
// returned code: 0 done, 1 the server refused or cannot be reached, 2 bad usage.
import { connect } from 'node:net';
import {
  configFromCli,
  defaultStateDir,
  exportExtrasFromFlags,
  formatConfigError,
  rawFromExport,
  type ExportFlagValues,
  type RawExport,
} from '../config/index.js';
import { adminSocketPath, type AdminRequest, type AdminResponse, type ExportSummary } from './admin-protocol.js';

export type ExportsAction = 'list' | 'add' | 'remove' | 'reset';

/** add: the per-export settings are those of `serve -o …` (ExportFlagValues). */
export interface ExportsCommandOptions extends ExportFlagValues {
  /** Admin socket; default STATE_DIR/admin.sock. */
  socket?: string;
  /** Used to find the socket when --socket is not given; default defaultStateDir(). */
  stateDir?: string;
  /** list: print JSON instead of a table. */
  json?: boolean;
  /** add: '-o lowerdir=L1:L2,upperdir=U,workdir=W' as for serve. */
  options?: string;
}

export interface CommandIo {
  out: (line: string) => void;
  err: (line: string) => void;
  cwd: string;
}

const processIo: CommandIo = {
  out: (line) => process.stdout.write(line + '\n'),
  err: (line) => process.stderr.write(line + '\n'),
  cwd: process.cwd(),
};

/** Sends one request and waits for its one-line answer. */
export function sendAdminRequest(socketPath: string, request: AdminRequest): Promise<AdminResponse> {
  return new Promise((resolve, reject) => {
    const socket = connect(socketPath);
    let buffered = '';
    socket.setEncoding('utf8');
    socket.on('connect', () => socket.write(JSON.stringify(request) + '\n'));
    socket.on('data', (chunk: string) => {
      buffered += chunk;
      const newline = buffered.indexOf('\n');
      if (newline < 0) return;
      socket.end();
      try {
        resolve(JSON.parse(buffered.slice(0, newline)) as AdminResponse);
      } catch (err) {
        reject(err as Error);
      }
    });
    socket.on('error', reject);
    socket.on('close', () => reject(new Error('connection closed without an answer')));
  });
}

export async function exportsCommand(
  action: ExportsAction,
  path: string | undefined,
  o: ExportsCommandOptions,
  io: CommandIo = processIo,
): Promise<number> {
  const socketPath = o.socket ?? adminSocketPath(o.stateDir ?? defaultStateDir());
  let request: AdminRequest;
  if (action === 'list') {
    request = { cmd: 'list' };
  } else if (path === undefined) {
    io.err(`ovlnfs exports ${action}: missing export path (e.g. /vm/alice)`);
    return 2;
  } else if (action === 'add') {
    const built = exportToAdd(path, o, io.cwd);
    if (typeof built === 'string') {
      io.err(built);
      return 2;
    }
    request = { cmd: 'add', export: built };
  } else {
    request = { cmd: action, path };
  }

  let response: AdminResponse;
  try {
    response = await sendAdminRequest(socketPath, request);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' || code === 'ECONNREFUSED' ? 'is the server running?' : (err as Error).message;
    io.err(`ovlnfs exports ${action}: cannot reach ${socketPath}: ${why}`);
    return 1;
  }
  if (!response.ok) {
    io.err(`ovlnfs exports ${action}: ${response.message}`);
    return 1;
  }
  if ('exports' in response) {
    if (o.json) io.out(JSON.stringify(response.exports, null, 2));
    else for (const line of table(response.exports)) io.out(line);
  } else {
    const verb = { add: 'added', remove: 'removed', reset: 'reset', list: '' }[action];
    io.out(o.json ? JSON.stringify(response.export, null, 2) : `${verb} ${response.export.path} (id ${response.export.id})`);
  }
  return 0;
}

// Validates locally with the same code as `serve -o …`, so mistakes are
// reported with flag names before anything is sent; paths become absolute here
// because the server's working directory means nothing to the operator.
function exportToAdd(path: string, o: ExportsCommandOptions, cwd: string): RawExport | string {
  if (o.options === undefined) return 'ovlnfs exports add: -o lowerdir=…[,upperdir=…,workdir=…] is required';
  const extra = exportExtrasFromFlags(o);
  const parsed = configFromCli({ mountOptions: o.options, exportPath: path, extra, cwd, defaultStateDir: '/' });
  if (!parsed.ok) return parsed.errors.map(formatConfigError).join('\n');
  const config = parsed.value.exports[0];
  return config === undefined ? 'ovlnfs exports add: nothing to add' : rawFromExport(config);
}

function table(exports: ExportSummary[]): string[] {
  if (exports.length === 0) return ['(no exports)'];
  const rows = exports.map((e) => [
    e.path,
    String(e.id),
    e.state,
    e.readonly ? 'ro' : 'rw',
    (e.clients ?? []).map((c) => (typeof c === 'string' ? c : `${c.address}(${c.readonly ? 'ro' : 'rw'})`)).join(','),
    e.upper ?? '-',
    e.template ?? '-',
  ]);
  const header = ['PATH', 'ID', 'STATE', 'MODE', 'CLIENTS', 'UPPER', 'TEMPLATE'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
  return [header, ...rows].map((r) => r.map((cell, i) => cell.padEnd(widths[i] as number)).join('  ').trimEnd());
}
