#!/usr/bin/env bash
# bench/nfs/compare.sh - ovlnfs against nfs-ganesha with the shared nfsbench harness
# (shared/bench: nfsbench, compare.sh), so anyone can reproduce the README's ratio table:
#
#   1. prepares the benchmark tree (bigfile, dir10k, scratch) with prepare-data.sh;
#   2. builds ovlnfs (npm run build) unless --no-build;
#   3. serves that tree as the LOWER layer of an overlay export /data with a fresh, empty
#      upper and work directory (in a temporary directory next to the data: same filesystem),
#      without root squashing (nfsbench runs as root; ganesha exports with No_Root_Squash);
#   4. runs the harness's compare.sh, which starts its own nfs-ganesha on the same tree and
#      runs every workload against both servers, interleaved, and prints the ratio table;
#   5. stops our server and removes the upper/work directories.
#
# Usage: bench/nfs/compare.sh [--bench DIR] [--data DIR] [--port P] [--no-build] [-- compare.sh args]
#   --bench DIR   the shared harness (default $NFSBENCH_DIR or shared/bench next to the project)
#   --data DIR    benchmark tree (default /var/tmp/nfsbench/data)
#   --port P      our NFS+MOUNT port on 127.0.0.1 (default 2070)
#   after --: passed to compare.sh, e.g. -- --reps 5 --workloads getattr,lookup
# Needs root (the harness installs Debian packages on first use and nfsbench runs as root).
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BENCH="${NFSBENCH_DIR:-$(cd "$REPO/.." && pwd)/shared/bench}"
DATA=/var/tmp/nfsbench/data
PORT=2070
BUILD=1
EXTRA=()
while [ $# -gt 0 ]; do
  case "$1" in
    --bench) BENCH="$2"; shift 2 ;;
    --data) DATA="$2"; shift 2 ;;
    --port) PORT="$2"; shift 2 ;;
    --no-build) BUILD=0; shift ;;
    --) shift; EXTRA=("$@"); break ;;
    -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
    *) echo "bench/nfs/compare.sh: unknown argument $1" >&2; exit 64 ;;
  esac
done
[ -x "$BENCH/compare.sh" ] || { echo "no nfsbench harness at $BENCH (use --bench DIR)" >&2; exit 1; }

"$BENCH/prepare-data.sh" "$DATA"
if [ "$BUILD" = 1 ]; then (cd "$REPO" && npm run build >/dev/null); fi

STATE="$(mktemp -d "$(dirname "$DATA")/ovlnfs-bench.XXXXXX")"
mkdir "$STATE/upper" "$STATE/work" "$STATE/state"
SERVER_PID=""
cleanup() {
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill -TERM "$SERVER_PID"
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  rm -rf "$STATE"
}
trap cleanup EXIT

# --squash none: nfsbench runs as root and the reference ganesha exports with No_Root_Squash.
# A private --state-dir keeps this server apart from any other ovlnfs on the machine.
node "$REPO/out/src/cli/main.js" serve \
  -o "lowerdir=$DATA,upperdir=$STATE/upper,workdir=$STATE/work" \
  --export /data --listen "127.0.0.1:$PORT" --portmapper off --squash none \
  --state-dir "$STATE/state" >"$STATE/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 100); do
  grep -q 'ovlnfs ready' "$STATE/server.log" && break
  kill -0 "$SERVER_PID" 2>/dev/null || { cat "$STATE/server.log" >&2; exit 1; }
  sleep 0.1
done
grep -q 'ovlnfs ready' "$STATE/server.log" || { echo "server did not get ready" >&2; cat "$STATE/server.log" >&2; exit 1; }
echo "ovlnfs: pid $SERVER_PID, port $PORT, upper/work in $STATE" >&2

"$BENCH/compare.sh" --data "$DATA" \
  --other-url "nfs://127.0.0.1/data?nfsport=$PORT&mountport=$PORT&version=3" --other-name ours \
  ${EXTRA[@]+"${EXTRA[@]}"}
