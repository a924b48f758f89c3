// Export ids, persisted in the global state directory so file handles survive
// restarts. An id belongs to one export identity (path + layers) forever: the
// same export after a restart, or removed and added back unchanged, gets its id
// back; anything else gets a fresh number, so a handle of a removed or reset
// export can never resolve into another export. Also remembers which template
// instances exist, so their handles resolve after a restart before any new MNT.
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const STATE_FILE = 'exports.json';

interface StoredState {
  version: 1;
  nextId: number;
  ids: Record<string, number>;
  instances: { template: string; name: string }[];
}

export interface ExportIdentity {
  path: string;
  lower: readonly string[];
  upper: string | null;
  work: string | null;
}

export function identityKey(e: ExportIdentity): string {
  return JSON.stringify([e.path, e.lower, e.upper, e.work]);
}

export class ExportIdStore {
  private constructor(
    private readonly file: string,
    private readonly state: StoredState,
  ) {}

  /** Opens (or creates) the store in stateDir; the directory is created 0700. */
  static open(stateDir: string): ExportIdStore {
    mkdirSync(stateDir, { recursive: true, mode: 0o700 });
    const file = join(stateDir, STATE_FILE);
    let state: StoredState = { version: 1, nextId: 1, ids: {}, instances: [] };
    try {
      const parsed = JSON.parse(readFileSync(file, 'utf8')) as StoredState;
      if (parsed.version !== 1 || !Number.isInteger(parsed.nextId)) throw new Error(`${file}: unknown format`);
      state = parsed;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
    return new ExportIdStore(file, state);
  }

  /** The id of this identity, assigning (and persisting) a new one the first time. */
  idFor(e: ExportIdentity): number {
    const key = identityKey(e);
    const known = this.state.ids[key];
    if (known !== undefined) return known;
    return this.assignNew(key);
  }

  /** Retires the identity's current id (reset): the next idFor gives a fresh one. */
  renew(e: ExportIdentity): number {
    return this.assignNew(identityKey(e));
  }

  instances(): readonly { template: string; name: string }[] {
    return this.state.instances;
  }

  setInstance(template: string, name: string, present: boolean): void {
    const rest = this.state.instances.filter((i) => i.template !== template || i.name !== name);
    const wasPresent = rest.length !== this.state.instances.length;
    if (present === wasPresent) return;
    if (present) rest.push({ template, name });
    this.state.instances = rest;
    this.save();
  }

  private assignNew(key: string): number {
    const id = this.state.nextId;
    this.state.nextId = id + 1;
    this.state.ids[key] = id;
    this.save();
    return id;
  }

  // Write-then-rename with fsync: after a crash the file is the old or the new
  // state, never a torn one, and an id handed out is never handed out again.
  private save(): void {
    const tmp = `${this.file}.tmp`;
    const fd = openSync(tmp, 'w', 0o600);
    try {
      writeSync(fd, JSON.stringify(this.state, null, 1));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, this.file);
    const dir = openSync(dirname(this.file), 'r');
    try {
      fsyncSync(dir);
    } finally {
      closeSync(dir);
    }
  }
}
