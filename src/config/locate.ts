// Maps a key path inside a parsed YAML document back to its source line.
import { isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';

export type LineOf = (path: readonly PropertyKey[]) => number;

/**
 * The line of the deepest node along the path: the key's own line when the path
 * names a map key (so 'exports[0].upper' points at 'upper:'), else the line of
 * the nearest existing ancestor (for a missing key: the entry that lacks it).
 */
export function lineLocator(doc: Document, lines: LineCounter): LineOf {
  const lineAt = (offset: number | undefined): number => (offset === undefined ? 0 : lines.linePos(offset).line);
  return (path) => {
    let node: unknown = doc.contents;
    let line = lineAt((node as Node | null)?.range?.[0]);
    for (const part of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === part);
        if (!pair) return line;
        line = lineAt((pair.key as Node).range?.[0]);
        node = pair.value;
      } else if (isSeq(node) && typeof part === 'number') {
        const item = node.items[part];
        if (!item) return line;
        node = item;
        line = lineAt((item as Node).range?.[0]);
      } else {
        return line;
      }
    }
    return line;
  };
}

/** Lines of the keys written directly in the map at `path`, e.g. { path: 3, upper: 5 }. */
export function keyLinesAt(doc: Document, lines: LineCounter, path: readonly PropertyKey[]): Record<string, number> {
  const out: Record<string, number> = {};
  const node = doc.getIn(path as PropertyKey[], true);
  if (!isMap(node)) return out;
  for (const pair of node.items) {
    if (isScalar(pair.key) && typeof pair.key.value === 'string' && pair.key.range) {
      out[pair.key.value] = lines.linePos(pair.key.range[0]).line;
    }
  }
  return out;
}
