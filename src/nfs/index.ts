// NFS version 3 (RFC 1813) over an overlay export: program table, one file per procedure
// (procs/), one status mapping (status.ts), attribute conversion (attributes.ts).
export { nfsProgram } from './program.js';
export { NfsExport, type NfsExportOptions } from './nfs-export.js';
export { openNfsExport, type OpenExportOptions } from './open-export.js';
