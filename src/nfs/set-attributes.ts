// sattr3 (what a client asks to change) → the overlay's SetAttr.
import { time_how, type nfstime3, type sattr3, type set_atime, type set_mtime } from '../generated/nfs3.js';
import type { SetAttr, Timespec } from '../overlay/index.js';

function timeOf(t: nfstime3): Timespec {
  return { sec: t.seconds, nsec: t.nseconds };
}

function atimeOf(s: set_atime): Timespec | 'now' | undefined {
  if (s.set_it === time_how.SET_TO_CLIENT_TIME) return timeOf(s.atime);
  return s.set_it === time_how.SET_TO_SERVER_TIME ? 'now' : undefined;
}

function mtimeOf(s: set_mtime): Timespec | 'now' | undefined {
  if (s.set_it === time_how.SET_TO_CLIENT_TIME) return timeOf(s.mtime);
  return s.set_it === time_how.SET_TO_SERVER_TIME ? 'now' : undefined;
}

export function setAttrOf(s: sattr3): SetAttr {
  const out: SetAttr = {};
  if (s.mode.set_it) out.mode = s.mode.mode & 0o7777;
  if (s.uid.set_it) out.uid = s.uid.uid;
  if (s.gid.set_it) out.gid = s.gid.gid;
  if (s.size.set_it) out.size = s.size.size;
  const atime = atimeOf(s.atime);
  if (atime !== undefined) out.atime = atime;
  const mtime = mtimeOf(s.mtime);
  if (mtime !== undefined) out.mtime = mtime;
  return out;
}

export function isEmptySetAttr(s: SetAttr): boolean {
  return s.mode === undefined && s.uid === undefined && s.gid === undefined && s.size === undefined
    && s.atime === undefined && s.mtime === undefined;
}

/** The attributes to apply after creating an object whose mode was given to the create call. */
export function withoutMode(s: SetAttr): SetAttr {
  const { mode: _mode, ...rest } = s;
  return rest;
}
