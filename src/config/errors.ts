// Configuration problems are values, not exceptions: loaders and checks return
// every problem they find, each naming the file, line and key, so an operator
// fixes them all in one round.

export interface ConfigError {
  file: string;
  /** 1-based; 0 when there is no line to point at (command line, whole file). */
  line: number;
  /** Dotted key path, e.g. 'exports[1].clients[0]'; '' for file-level problems. */
  key: string;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; errors: ConfigError[] };

/** One line: 'FILE:LINE: key: message' (LINE and key omitted when unknown). */
export function formatConfigError(e: ConfigError): string {
  const where = e.line > 0 ? `${e.file}:${e.line}` : e.file;
  return e.key === '' ? `${where}: ${e.message}` : `${where}: ${e.key}: ${e.message}`;
}

/** Renders a key path the way messages show it: exports[1].clients[0]. */
export function keyPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}
