// The zero-config export (`ovlnfs` with no -o or --config) lets whoever mounts it write: every
// caller acts as the user running the server, who owns the upper. Root and an ordinary uid both
// create files in the export's root, owned by the server's user; for a server run as root and
// for one run as uid 65534. An explicit --squash still means what it says.
import { chmodSync, chownSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import t from 'tap';
import { createmode3, nfsstat3, time_how } from '../../src/generated/nfs3.js';
import { NfsClient, ROOT, USER } from '../nfs/helpers/nfs-client.js';
import { startServe } from './serve-process.js';

const NOBODY = 65534;
const SAMPLE_LOWER = fileURLToPath(new URL('../../../share/sample-lower', import.meta.url));
const LOOPBACK = ['--listen', '127.0.0.1:0', '--portmapper', 'off'];
const KEEP = { mode: { set_it: false }, uid: { set_it: false }, gid: { set_it: false }, size: { set_it: false }, atime: { set_it: time_how.DONT_CHANGE }, mtime: { set_it: time_how.DONT_CHANGE } } as const;

/** A state directory owned by `uid`, under a base removed when the test ends. */
function stateDir(t: { teardown(fn: () => void): void }, uid: number): string {
  const base = mkdtempSync(join(tmpdir(), 'ovlnfs-cli-zero-'));
  t.teardown(() => rmSync(base, { recursive: true, force: true }));
  chmodSync(base, 0o755);
  const state = join(base, 'state');
  mkdirSync(state);
  chownSync(state, uid, uid);
  return state;
}

async function create(port: number, cred: typeof ROOT, name: string): Promise<nfsstat3> {
  const c = await NfsClient.connect(port, cred);
  try {
    const root = await c.rootHandle('/ovl');
    const r = await c.nfs('NFSPROC3_CREATE', { where: { dir: root, name }, how: { mode: createmode3.GUARDED, obj_attributes: KEEP } });
    return r.status;
  } finally {
    c.close();
  }
}

for (const serverUid of [0, NOBODY]) {
  t.test(`server as uid ${serverUid}: root and uid 1000 both create in the root, as the server's user`, async (t) => {
    const state = stateDir(t, serverUid);
    const serve = await startServe([...LOOPBACK, '--state-dir', state], undefined, serverUid === 0 ? {} : { uid: serverUid });
    t.teardown(() => serve.child.kill('SIGKILL'));
    const upper = join(state, 'default', 'upper');
    t.equal(statSync(upper).uid, serverUid, 'the upper belongs to the server user');
    // The upper root takes the sample lower's mode (0755 in a clone made with umask 022).
    t.equal(statSync(upper).mode & 0o777, statSync(SAMPLE_LOWER).mode & 0o777, 'the upper root has the sample lower root\'s mode');

    t.equal(await create(serve.port, ROOT, 'by-root.txt'), nfsstat3.NFS3_OK, 'AUTH_SYS uid 0 creates');
    t.equal(await create(serve.port, USER, 'by-user.txt'), nfsstat3.NFS3_OK, 'AUTH_SYS uid 1000 creates');
    for (const name of ['by-root.txt', 'by-user.txt']) {
      const st = statSync(join(upper, name));
      t.same({ uid: st.uid, gid: st.gid }, { uid: serverUid, gid: serverUid }, `${name} is owned by the server's user and group`);
    }
    serve.child.kill('SIGTERM');
    t.equal((await serve.exited).code, 0);
  });
}

t.test('an explicit --squash root squashes root to 65534 as with -o: no write into root\'s 0755 upper', async (t) => {
  const state = stateDir(t, 0);
  const serve = await startServe([...LOOPBACK, '--state-dir', state, '--squash', 'root']);
  t.teardown(() => serve.child.kill('SIGKILL'));
  t.equal(await create(serve.port, ROOT, 'refused.txt'), nfsstat3.NFS3ERR_ACCES);
  serve.child.kill('SIGTERM');
  t.equal((await serve.exited).code, 0);
});

t.test('--anonuid/--anongid alone choose whom every caller becomes', async (t) => {
  const state = stateDir(t, 0);
  const serve = await startServe([...LOOPBACK, '--state-dir', state, '--anonuid', '0', '--anongid', '1234']);
  t.teardown(() => serve.child.kill('SIGKILL'));
  t.equal(await create(serve.port, USER, 'by-user.txt'), nfsstat3.NFS3_OK);
  const st = statSync(join(state, 'default', 'upper', 'by-user.txt'));
  t.same({ uid: st.uid, gid: st.gid }, { uid: 0, gid: 1234 });
  serve.child.kill('SIGTERM');
  t.equal((await serve.exited).code, 0);
});
