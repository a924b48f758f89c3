// Name and path validation: no name may reach outside the layers.
import { OverlayError } from './types.js';

/** A single directory entry name as a client may send it. */
export function checkName(name: string): void {
  if (name === '' || name === '.' || name === '..' || name.includes('/') || name.includes('\0')) {
    throw new OverlayError('EINVAL', `invalid name ${JSON.stringify(name)}`);
  }
  if (Buffer.byteLength(name, 'utf8') > 255) throw new OverlayError('ENAMETOOLONG', 'name longer than 255 bytes');
}

export const joinPath = (dir: string, name: string): string => (dir === '' ? name : `${dir}/${name}`);

export function parentOf(path: string): { dir: string; name: string } {
  const i = path.lastIndexOf('/');
  return i < 0 ? { dir: '', name: path } : { dir: path.slice(0, i), name: path.slice(i + 1) };
}
