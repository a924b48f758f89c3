// MOUNT v3 (RFC 1813 appendix I) over the NFS exports: a fixed list (tests, tools) or the
// export registry (registry-source.ts: client lists, secure ports, templates on first MNT).
export { mountProgram } from './program.js';
export { MountTable } from './mount-table.js';
export { normalisePath, staticMountSource, type MountableExport, type MountSource, type MountTarget } from './mountable.js';
export { registryMountSource } from './registry-source.js';
