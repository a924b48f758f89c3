// The per-export secret that keys handle MACs. It must outlive restarts (or every handle a
// client holds turns into BADHANDLE), so it is created exactly once and never rewritten.
import { randomBytes } from 'node:crypto';
import {
  closeSync, fsyncSync, linkSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync,
} from 'node:fs';
import { dirname, join } from 'node:path';

export const SECRET_FILE = 'handle-secret';
export const SECRET_SIZE = 32;

export function loadOrCreateSecret(stateDir: string): Buffer {
  mkdirSync(stateDir, { recursive: true, mode: 0o700 });
  const path = join(stateDir, SECRET_FILE);
  return readSecret(path) ?? createSecret(stateDir, path);
}

function readSecret(path: string): Buffer | undefined {
  let secret: Buffer;
  try {
    secret = readFileSync(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
  if (secret.length !== SECRET_SIZE) {
    // Never replace it silently: a new secret invalidates every handle clients hold.
    throw new Error(`${path}: expected ${SECRET_SIZE} bytes, found ${secret.length}`);
  }
  return secret;
}

// Written under a temporary name, fsynced, then published with link(2) rather than rename(2):
// link fails with EEXIST instead of replacing a secret another process published first, so two
// racing starts agree on one secret. The directories are fsynced so the names survive a crash.
function createSecret(stateDir: string, path: string): Buffer {
  const tmp = `${path}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  const secret = randomBytes(SECRET_SIZE);
  const fd = openSync(tmp, 'wx', 0o600);
  try {
    writeSync(fd, secret);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    linkSync(tmp, path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  } finally {
    unlinkSync(tmp);
  }
  fsyncDir(stateDir);
  fsyncDir(dirname(stateDir)); // stateDir itself may have just been created
  const published = readSecret(path);
  if (published === undefined) throw new Error(`${path}: vanished after creation`);
  return published;
}

function fsyncDir(dir: string): void {
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
