// NFSPROC3_NULL: the ping every client sends first.
export function nullProc(): () => void {
  return () => undefined;
}
