// A private network namespace with only loopback, so tests can use port 111 and 2049
// whatever the host runs. Deleted in teardown.
import { execFileSync } from 'node:child_process';

export function createNetns(t: { teardown(fn: () => unknown): void }, label: string): string {
  const name = `ovlnfs-${label}-${process.pid}`;
  execFileSync('ip', ['netns', 'add', name]);
  t.teardown(() => execFileSync('ip', ['netns', 'delete', name]));
  execFileSync('ip', ['-n', name, 'link', 'set', 'lo', 'up']);
  return name;
}

export function inNetns(netns: string, command: string, args: string[]): string[] {
  return ['ip', 'netns', 'exec', netns, command, ...args];
}
