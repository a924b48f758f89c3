// What NSM must remember across restarts, in one small JSON file in the state directory:
// the state number (odd while the server is up, bumped on every start so clients can tell a
// restart happened) and the hosts that hold or held locks here (whom to notify after a restart).
// Every change is written to a temporary file, fsynced and renamed over the old one, then the
// directory is fsynced: a crash leaves the old record or the new one, never half of one.
// Writes are serialised, so concurrent MONs cannot reorder renames.

import { promises as fs } from 'node:fs';
import path from 'node:path';

export interface MonitoredHost {
  name: string; // the client's caller_name
  address: string; // where its NSM (via its portmapper) can be reached
}

export interface NsmRecord {
  state: number;
  hosts: MonitoredHost[];
}

const FILE = 'nsm.json';

export class NsmStateStore {
  private chain: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly dir: string,
    private record: NsmRecord,
  ) {}

  // Load the record and start a new up-period: the state number becomes the next odd number,
  // persisted before anything else happens. `previousHosts` are the hosts on record before.
  static async open(dir: string): Promise<{ store: NsmStateStore; previousHosts: MonitoredHost[] }> {
    await fs.mkdir(dir, { recursive: true, mode: 0o700 });
    const old = await readRecord(path.join(dir, FILE));
    const state = old.state % 2 === 1 ? old.state + 2 : old.state + 1;
    const store = new NsmStateStore(dir, { state, hosts: old.hosts });
    await store.save();
    return { store, previousHosts: old.hosts };
  }

  get state(): number {
    return this.record.state;
  }

  hosts(): readonly MonitoredHost[] {
    return this.record.hosts;
  }

  async add(host: MonitoredHost): Promise<void> {
    const existing = this.record.hosts.find((h) => h.name === host.name);
    if (existing?.address === host.address) return;
    const hosts = this.record.hosts.filter((h) => h.name !== host.name);
    hosts.push({ name: host.name, address: host.address });
    this.record = { ...this.record, hosts };
    await this.save();
  }

  async remove(name: string): Promise<void> {
    if (!this.record.hosts.some((h) => h.name === name)) return;
    this.record = { ...this.record, hosts: this.record.hosts.filter((h) => h.name !== name) };
    await this.save();
  }

  private save(): Promise<void> {
    const snapshot = JSON.stringify(this.record);
    const next = this.chain.then(() => writeAtomically(this.dir, FILE, snapshot));
    this.chain = next.catch(() => undefined);
    return next;
  }
}

async function readRecord(file: string): Promise<NsmRecord> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { state: 0, hosts: [] };
    throw err;
  }
  const parsed = JSON.parse(text) as Partial<NsmRecord>;
  const state = typeof parsed.state === 'number' && Number.isInteger(parsed.state) && parsed.state >= 0 ? parsed.state : 0;
  const hosts = Array.isArray(parsed.hosts)
    ? parsed.hosts.filter((h): h is MonitoredHost => typeof h?.name === 'string' && typeof h?.address === 'string')
    : [];
  return { state, hosts };
}

async function writeAtomically(dir: string, name: string, content: string): Promise<void> {
  const tmp = path.join(dir, `.${name}.${process.pid}.tmp`);
  const fh = await fs.open(tmp, 'w', 0o600);
  try {
    await fh.writeFile(content);
    await fh.sync();
  } finally {
    await fh.close();
  }
  await fs.rename(tmp, path.join(dir, name));
  const dh = await fs.open(dir, 'r');
  try {
    await dh.sync();
  } finally {
    await dh.close();
  }
}
