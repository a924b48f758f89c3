// The mount commands printed at startup, for the operator to copy: Linux with explicit
// ports (works without any portmapper, so locking must stay local: nolock), the plain
// Linux form when clients can find us through port 111, and macOS.
import type { RunningServer } from '../server/start-server.js';

/** The address clients should use for a listen address (a wildcard means "this host"). */
function clientHost(listen: string): string {
  if (listen === '0.0.0.0') return '127.0.0.1';
  if (listen === '::') return '::1';
  return listen;
}

function bracketed(host: string): string {
  return host.includes(':') ? `[${host}]` : host;
}

export function mountCommands(server: Pick<RunningServer, 'hosts' | 'port' | 'portmapper'>, exportPath: string): string[] {
  const host = clientHost(server.hosts[0] ?? '127.0.0.1');
  const target = `${bracketed(host)}:${exportPath}`;
  const ports = `port=${server.port},mountport=${server.port}`;
  const macHost = host === '127.0.0.1' || host === '::1' ? 'localhost' : bracketed(host);
  const lines = [`  Linux:  mount -t nfs -o vers=3,tcp,${ports},nolock ${target} /mnt`];
  const standardPorts = server.port === 2049 && server.portmapper.kind !== 'none' && (server.portmapper.kind !== 'served' || server.portmapper.port === 111);
  if (standardPorts) lines.push(`  Linux (portmapper, with locking):  mount -t nfs ${target} /mnt`);
  lines.push(`  macOS:  mount_nfs -o vers=3,tcp,${ports},nolocks ${macHost}:${exportPath} ~/ovl`);
  return lines;
}
