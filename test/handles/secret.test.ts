import t from 'tap';
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadOrCreateSecret, SECRET_FILE, SECRET_SIZE } from '../../src/handles/secret.js';

t.test('created once: 32 random bytes, mode 0600, no temporary files left', async (t) => {
  const stateDir = join(t.testdir(), 'state', 'nested');
  const secret = loadOrCreateSecret(stateDir);
  t.equal(secret.length, SECRET_SIZE);
  t.equal(statSync(join(stateDir, SECRET_FILE)).mode & 0o777, 0o600);
  t.same(readdirSync(stateDir), [SECRET_FILE]);
  t.same(loadOrCreateSecret(stateDir), secret, 'read back unchanged on the next start');
});

t.test('different state directories get different secrets', async (t) => {
  const dir = t.testdir();
  t.notSame(loadOrCreateSecret(join(dir, 'a')), loadOrCreateSecret(join(dir, 'b')));
});

t.test('a secret of the wrong size is an error, never silently replaced', async (t) => {
  const dir = t.testdir();
  const path = join(dir, SECRET_FILE);
  writeFileSync(path, Buffer.alloc(5));
  t.throws(() => loadOrCreateSecret(dir), /expected 32 bytes, found 5/);
  t.equal(statSync(path).size, 5);
});
