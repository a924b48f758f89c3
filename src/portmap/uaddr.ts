// RFC 1833 universal addresses: the host in its usual text form, then the port as two
// decimal bytes ("127.0.0.1.8.1" is port 2049).

export function toUaddr(host: string, port: number): string {
  return `${host}.${port >> 8}.${port & 0xff}`;
}

export function parseUaddr(uaddr: string): { host: string; port: number } | undefined {
  const match = /^(.+)\.(\d{1,3})\.(\d{1,3})$/.exec(uaddr);
  if (!match) return undefined;
  const high = Number(match[2]);
  const low = Number(match[3]);
  if (high > 255 || low > 255) return undefined;
  return { host: match[1]!, port: (high << 8) | low };
}

export function isWildcardHost(host: string): boolean {
  return host === '0.0.0.0' || host === '::';
}
