// MOUNT v3 (RFC 1813 appendix I) over the NFS exports.
export { mountProgram } from './program.js';
export { MountTable } from './mount-table.js';
export { normalisePath, staticMountSource, type MountableExport, type MountSource, type MountTarget } from './mountable.js';
export { registryMountSource } from './registry-source.js';
