/**
 * UTF-8 byte length of `s`. Short ASCII strings (most file names) are measured in a loop;
 * anything else goes to Buffer.byteLength.
 */
export function utf8Length(s: string): number {
  if (s.length > 32) return Buffer.byteLength(s, 'utf8');
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) return Buffer.byteLength(s, 'utf8');
  return s.length;
}
