// Export templates: '/vm/{name}' becomes '/vm/alice' on the first MNT of that
// name, with its own upper and work directories derived from the template.
import { chown, mkdir, chmod, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { ExportConfig, TemplateConfig } from '../config/types.js';

const PLACEHOLDER = '{name}';

// Names become directory names: no separators, no dot-names, bounded length.
const NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

export function isValidInstanceName(name: string): boolean {
  return NAME_PATTERN.test(name);
}

/**
 * If `mountPath` lies at or below an instance path of the template, the name and
 * the instance path: template '/vm/{name}', '/vm/alice/etc' → { name: 'alice', path: '/vm/alice' }.
 */
export function matchTemplate(templatePath: string, mountPath: string): { name: string; path: string } | undefined {
  const pattern = templatePath.split('/');
  const parts = mountPath.split('/');
  if (parts.length < pattern.length) return undefined;
  let name: string | undefined;
  for (let i = 0; i < pattern.length; i++) {
    const want = pattern[i] as string;
    const got = parts[i] as string;
    if (want === PLACEHOLDER) name = got;
    else if (want !== got) return undefined;
  }
  if (name === undefined || !isValidInstanceName(name)) return undefined;
  return { name, path: parts.slice(0, pattern.length).join('/') };
}

export function instantiate(template: TemplateConfig, name: string): ExportConfig {
  const fill = (s: string): string => s.split(PLACEHOLDER).join(name);
  return {
    ...template,
    path: fill(template.path),
    lower: template.lower.map(fill),
    upper: template.upper === null ? null : fill(template.upper),
    work: template.work === null ? null : fill(template.work),
    clients: [...template.clients],
  };
}

/**
 * Creates an instance's upper and work directories if missing. Directories made
 * on the way and work are 0700 (they hold tenants' data and the handle secret);
 * a new upper takes the mode and owner of the top lower's root, so the merged
 * root looks like the base image's root, as after a kernel copy-up.
 */
export async function createInstanceDirs(e: ExportConfig): Promise<void> {
  if (e.upper === null || e.work === null) return;
  const top = e.lower[0];
  const rootAttrs = top === undefined ? null : await stat(top);
  for (const dir of [e.upper, e.work]) {
    await mkdir(dirname(dir), { recursive: true, mode: 0o700 });
    let created: boolean;
    try {
      await mkdir(dir, { mode: 0o700 });
      created = true;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      created = false;
    }
    if (!created) continue;
    if (dir === e.upper && rootAttrs) {
      await chmod(dir, rootAttrs.mode & 0o7777);
      if (process.getuid?.() === 0) await chown(dir, rootAttrs.uid, rootAttrs.gid);
    } else {
      await chmod(dir, 0o700); // mkdir's mode is filtered by the umask
    }
  }
}
