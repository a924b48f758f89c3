// NFS version 3 (RFC 1813) over an overlay export: program table, one file per procedure
// (procs/), one status mapping (status.ts), attribute conversion (attributes.ts). With many
// exports, router.ts serves one program that sends each call to the export its handle names,
// after the export's access checks (routes.ts says which handle and how a refusal looks).
export { nfsProgram } from './program.js';
export { routedNfsProgram, nfsRuntime, type NfsRuntime, type RoutedExports } from './router.js';
export { NfsExport, type NfsExportOptions } from './nfs-export.js';
export { openNfsExport, type OpenExportOptions } from './open-export.js';
