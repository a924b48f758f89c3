// The embedded default for a first run with no configuration: the sample tree
// shipped with the package as the only lower, a private upper and work under
// the state directory, exported as /ovl to loopback clients. Built through the
// command-line form, so it is exactly `serve -o lowerdir=SAMPLE,upperdir=…,workdir=…`,
// with one difference: every caller acts as the user running the server (squash all).
import { chmod, mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { configFromCli, type CliExportOptions } from './cli-form.js';
import type { Result } from './errors.js';
import type { ServerConfig } from './types.js';

export interface ZeroConfigOptions {
  /** The sample tree shipped with the package. */
  sampleDir: string;
  stateDir: string;
  /** Settings from command-line flags, as for the CLI form (e.g. a --listen given with no -o). */
  global?: CliExportOptions['global'];
  extra?: CliExportOptions['extra'];
}

/**
 * The try-it export must let whoever mounts it write. Its upper belongs to the server's user;
 * with knfsd's root squash (the default elsewhere) a root-run server's upper root, root's 0755,
 * refuses everyone: root is squashed to 65534 and other users are not the owner. So every
 * caller becomes the server's user, who owns the upper (it is loopback-only by default).
 * An explicit --squash means what it means with -o (anonuid/anongid default 65534 again);
 * --anonuid/--anongid alone choose whom everyone becomes.
 */
function ownerSquash(extra: ZeroConfigOptions['extra']): NonNullable<ZeroConfigOptions['extra']> {
  if (extra?.squash !== undefined) return extra;
  // getuid/getgid exist on every POSIX platform; 65534 (nobody) only where they do not.
  return { squash: 'all', anonuid: process.getuid?.() ?? 65534, anongid: process.getgid?.() ?? 65534, ...extra };
}

/** Creates STATE/default/{upper,work} if missing (0700; upper takes the sample root's mode) and returns the config. */
export async function zeroConfig(o: ZeroConfigOptions): Promise<Result<ServerConfig>> {
  const upper = join(o.stateDir, 'default', 'upper');
  const work = join(o.stateDir, 'default', 'work');
  try {
    const sampleMode = (await stat(o.sampleDir)).mode & 0o7777;
    await mkdir(join(o.stateDir, 'default'), { recursive: true, mode: 0o700 });
    for (const [dir, mode] of [[upper, sampleMode], [work, 0o700]] as const) {
      try {
        await mkdir(dir, { mode: 0o700 });
        await chmod(dir, mode); // mkdir's mode is filtered by the umask
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      }
    }
  } catch (err) {
    return { ok: false, errors: [{ file: 'default configuration', line: 0, key: '', message: (err as Error).message }] };
  }
  const escape = (p: string): string => p.replace(/[\\:,]/g, '\\$&');
  return configFromCli({
    mountOptions: `lowerdir=${escape(o.sampleDir)},upperdir=${escape(upper)},workdir=${escape(work)}`,
    exportPath: '/ovl',
    extra: ownerSquash(o.extra),
    global: { ...o.global, state_dir: o.stateDir },
    cwd: '/',
    defaultStateDir: o.stateDir,
  });
}
