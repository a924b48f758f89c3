// Fixed answers of FSINFO and PATHCONF, and the transfer sizes READ/WRITE/READDIR honour.
import { FSF3_CANSETTIME, FSF3_HOMOGENEOUS, FSF3_LINK, FSF3_SYMLINK } from '../generated/nfs3.js';

/** Largest READ and WRITE payload (Linux clients negotiate rsize/wsize up to 1 MiB). */
export const RTMAX = 1024 * 1024;
export const WTMAX = 1024 * 1024;
/** Preferred sizes: as large as allowed, like knfsd; multiples of the page size. */
export const RTPREF = RTMAX;
export const WTPREF = WTMAX;
export const RTMULT = 4096;
export const WTMULT = 4096;
/** Preferred READDIR size; large enough for a few hundred names per round trip. */
export const DTPREF = 64 * 1024;
export const MAXFILESIZE = (1n << 63n) - 1n;
/** Server times have nanosecond resolution. */
export const TIME_DELTA = { seconds: 0, nseconds: 1 };
export const FSINFO_PROPERTIES = FSF3_LINK | FSF3_SYMLINK | FSF3_HOMOGENEOUS | FSF3_CANSETTIME;

/** ext4's link limit; the upper filesystem enforces its own and reports EMLINK. */
export const LINK_MAX = 65000;
