// The sattr3 that changes nothing: the base for "set only this attribute" and the
// attributes of objects tests create without caring about their mode or owner.
import { time_how, type sattr3 } from '../../src/generated/nfs3.js';

export const KEEP_ATTRS: sattr3 = {
  mode: { set_it: false },
  uid: { set_it: false },
  gid: { set_it: false },
  size: { set_it: false },
  atime: { set_it: time_how.DONT_CHANGE },
  mtime: { set_it: time_how.DONT_CHANGE },
};
