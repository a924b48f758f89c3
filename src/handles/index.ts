// Persistent NFS file handles (contracts.md section 4).
//
// Deviations from the contract (small, additive):
// - decode's result type is exported as DecodedHandle; options as HandleTableOptions.
// - peekExportId(fh) reads the export id of a well-formed handle without verifying it, so a
//   server with several exports can pick the table that then verifies the handle.
// - record() and forget() of the root id are no-ops: the root's path is always ''.
// - batch(fn) runs several record()/forget() calls as one transaction (10x cheaper per new
//   record; atomic for RENAME over an existing target).
// - open() throws if another process (or table) has the same stateDir open.
//
// Usage by the NFS layer: record() every (id, parent, name) it learns (LOOKUP, CREATE, MKDIR,
// SYMLINK, MKNOD, LINK, RENAME, READDIRPLUS) before replying; forget() only when the object is
// gone (REMOVE of the last link, RMDIR). A hard-linked file keeps the last name recorded.
export { HandleTable, type HandleTableOptions } from './table.js';
export { peekExportId, HANDLE_SIZE, type DecodedHandle, type HandleError } from './codec.js';
