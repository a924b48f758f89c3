// Layer stack: option parsing and start-up checks.
import { OverlayError } from './types.js';

/** Splits a `lowerdir=` value as `mount -t overlay` does: ':' separates, '\:' and '\\' escape. */
export function parseLowerdir(spec: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (let i = 0; i < spec.length; i++) {
    const c = spec[i];
    if (c === '\\' && i + 1 < spec.length) { cur += spec[++i]; continue; }
    if (c === ':') { out.push(cur); cur = ''; continue; }
    cur += c;
  }
  out.push(cur);
  if (out.some((p) => p === '')) throw new OverlayError('EINVAL', `empty layer in lowerdir "${spec}"`);
  return out;
}
