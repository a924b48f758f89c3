#!/bin/bash
# Guest side of handles-restart.test: the Linux client keeps file handles (an open fd for
# reading a lower file, one for writing a new file, its cwd in a deep lower directory) across
# two server kill -9 + restarts, with a rename of an ancestor and a copy-up of the open lower
# file in between, and goes on using them (the server wrapper restarts the server when
# /host/restart-request appears, then creates /host/restarted-N). Mounted with actimeo=0, so
# every use of an old handle reaches the server (GETATTR) instead of the attribute cache.
set -euo pipefail
M=${VMCLIENT_MNT:-/mnt}
H=${VMCLIENT_SHARE:-/host}
step() { echo "### $*"; }
fail() { echo "FAIL: $*"; exit 1; }
expect() { [[ $2 == "$3" ]] || fail "$1: got '$2', expected '$3'"; }
drop_caches() { sync; echo 3 > /proc/sys/vm/drop_caches; }
restart() {
    local start=$(date +%s.%N)
    touch "$H/restart-request"
    for _ in $(seq 1 300); do [[ -e $H/restarted-$1 ]] && break; sleep 0.2; done
    [[ -e $H/restarted-$1 ]] || fail "server restart $1 not seen within 60 s"
    python3 -c "print('server killed and restarted ($1) after %.1f s' % ($(date +%s.%N) - $start))"
}

step "handles taken before the restarts"
cd "$M/dir1/dir2/dir3"                        # cwd: a deep lower directory
exec 3< deep.txt                              # a lower file open for reading
expect "first read" "$(cat <&3)" "deep lower"  # (reads to EOF: the offset stays there)
exec 4> "$M/written-across-restarts.txt"      # a new file open for writing
echo "line 1" >&4
ino_cwd=$(stat -c %i .); ino_deep=$(stat -c %i deep.txt); ino_dir1=$(stat -c %i "$M/dir1")
ino_written=$(stat -c %i "$M/written-across-restarts.txt")

step "server kill -9 and restart (1), then the old handles"
restart 1
drop_caches
expect "read through the open fd" "$(cat /proc/self/fd/3)" "deep lower"
echo "line 2" >&4
expect "cwd fileid" "$(stat -c %i .)" "$ino_cwd"
expect "lookup in the old cwd" "$(cat other.txt)" "other lower"
expect "readdir of the old cwd" "$(ls | tr '\n' ' ')" "deep.txt other.txt "

step "rename an ancestor, copy up the open lower file, create in the old cwd"
mv "$M/dir1" "$M/dir1-renamed"
echo appended >> deep.txt                     # copy-up of the file fd 3 has open
expect "the open fd reads on past its old end" "$(cat <&3)" appended
mkdir made-in-old-cwd                         # copies up the cwd chain under its new name
echo made > made-in-old-cwd/f
expect "created through the old cwd, seen at the new path" "$(cat "$M/dir1-renamed/dir2/dir3/made-in-old-cwd/f")" made

step "server kill -9 and restart (2), then the old handles again"
restart 2
drop_caches
expect "read through the open fd after copy-up + restart" "$(cat /proc/self/fd/3)" "$(printf 'deep lower\nappended')"
echo "line 3" >&4
exec 4>&-
expect "cwd fileid (renamed ancestor, copied up, restarted)" "$(stat -c %i .)" "$ino_cwd"
expect "file fileid (copied up, restarted)" "$(stat -c %i deep.txt)" "$ino_deep"
expect "ancestor fileid (renamed, restarted)" "$(stat -c %i "$M/dir1-renamed")" "$ino_dir1"
expect "written file fileid" "$(stat -c %i "$M/written-across-restarts.txt")" "$ino_written"
expect "readdir of the old cwd" "$(ls | tr '\n' ' ')" "deep.txt made-in-old-cwd other.txt "
expect "old cwd's path" "$(/bin/pwd)" "$M/dir1-renamed/dir2/dir3"
drop_caches
expect "content written across the restarts" "$(cat "$M/written-across-restarts.txt")" "$(printf 'line 1\nline 2\nline 3')"
cd /

step "kernel messages"
if dmesg | grep -Ei 'stale|fileid changed|bad handle'; then fail "the NFS client complained"; fi
echo "restart-handles: all OK"
