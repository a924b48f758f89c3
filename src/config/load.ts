// Reads a YAML configuration file into ServerConfig, or every problem found,
// each with FILE:LINE and key.
import { readFile } from 'node:fs/promises';
import { dirname, resolve as resolvePath } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import type { Result } from './errors.js';
import { keyPath } from './errors.js';
import { keyLinesAt, lineLocator } from './locate.js';
import { resolveConfig } from './resolve.js';
import { configSchema } from './schema.js';
import { defaultStateDir } from './state-dir.js';
import type { ServerConfig } from './types.js';

export interface LoadOptions {
  /** State directory when the file sets none; default: defaultStateDir(). */
  defaultStateDir?: string;
}

export async function loadConfigFile(file: string, options: LoadOptions = {}): Promise<Result<ServerConfig>> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message;
    return { ok: false, errors: [{ file, line: 0, key: '', message: `cannot read configuration: ${reason}` }] };
  }
  return parseConfigText(text, file, { ...options, baseDir: dirname(resolvePath(file)) });
}

/** Parses configuration text; `file` is only used in messages, relative paths resolve against baseDir. */
export function parseConfigText(
  text: string,
  file: string,
  options: LoadOptions & { baseDir: string },
): Result<ServerConfig> {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, merge: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      errors: doc.errors.map((e) => ({
        file,
        line: lines.linePos(e.pos[0]).line,
        key: '',
        message: `YAML syntax: ${e.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '')}`,
      })),
    };
  }
  const lineOf = lineLocator(doc, lines);
  const data = withoutExtensionKeys(doc.toJS() ?? {});
  const parsed = configSchema.safeParse(data);
  if (!parsed.success) {
    const errors = parsed.error.issues.flatMap((issue) => {
      // Unknown keys: point at each offending key itself, not at its parent map.
      if (issue.code === 'unrecognized_keys') {
        return issue.keys.map((k) => {
          const path = [...issue.path, k];
          return { file, line: lineOf(path), key: keyPath(path), message: 'unknown key' };
        });
      }
      return [{ file, line: lineOf(issue.path), key: keyPath(issue.path), message: issue.message }];
    });
    return { ok: false, errors };
  }
  return resolveConfig(parsed.data, {
    file,
    baseDir: options.baseDir,
    lineOf,
    keyLinesOf: (path) => keyLinesAt(doc, lines, path),
    defaultStateDir: options.defaultStateDir ?? defaultStateDir(),
  });
}

// Top-level keys starting with 'x-' are ignored (as in Compose files), so a
// file can hold YAML anchors of shared settings: 'x-lan: &lan { … }' and
// '<<: *lan' in each export.
function withoutExtensionKeys(data: unknown): unknown {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return data;
  return Object.fromEntries(Object.entries(data).filter(([key]) => !key.startsWith('x-')));
}
