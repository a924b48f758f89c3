#!/bin/bash
# Guest side of zero-config.test.ts (--no-mount --share): runs the mount commands that
# `npm start` printed (host/…: its stdout is in /host/server-stdout.txt), verbatim.
set -uo pipefail
fails=0
check() { if [[ $1 == 0 ]]; then echo "ok   $2"; else echo "FAIL $2"; fails=$((fails + 1)); fi; }

out=/host/server-stdout.txt
for _ in $(seq 1 50); do grep -q '^  Linux:' "$out" 2> /dev/null && break; sleep 0.2; done
echo "### the server's stdout"
sed 's/^/  | /' "$out"
explicit=$(sed -n 's/^  Linux:  //p' "$out" | head -n1)
plain=$(sed -n 's/^  Linux (portmapper, with locking):  //p' "$out" | head -n1)
[[ -n $explicit ]]; check $? "the server printed a Linux mount command"

echo "### $explicit"
bash -c "$explicit"; check $? "the printed Linux mount command mounts"
if grep -qs ' /mnt ' /proc/mounts; then
    grep ' /mnt ' /proc/mounts | sed 's/^/  /'
    echo "### the sample tree"
    (cd /mnt && find . | sort | sed 's/^/  /')
    [[ -f /mnt/README.txt && -f /mnt/docs/hello.txt && -L /mnt/hello-link ]]; check $? "the sample tree is there (README.txt, docs/hello.txt, hello-link)"
    [[ $(cat /mnt/hello-link) == "$(cat /mnt/docs/hello.txt)" ]]; check $? "hello-link resolves to docs/hello.txt"
    echo "written through the printed mount command" > /mnt/written-by-guest.txt; check $? "write a file"
    [[ $(cat /mnt/written-by-guest.txt) == "written through the printed mount command" ]]; check $? "read it back"
    umount /mnt; check $? "umount"
fi

[[ -n $plain ]]; check $? "the server printed the plain (portmapper) form"
if [[ -n $plain ]]; then
    echo "### $plain"
    bash -c "$plain"; check $? "the printed plain mount command mounts"
    grep ' /mnt ' /proc/mounts | sed 's/^/  /'
    grep -q 'written through the printed mount command' /mnt/written-by-guest.txt; check $? "the plain mount sees the file written before"
    grep -qs ' /mnt .*local_lock=none' /proc/mounts; check $? "the plain mount locks through the server (local_lock=none)"
    grep -qs ' /mnt ' /proc/mounts && umount /mnt
fi

echo
if [[ $fails == 0 ]]; then echo "zero-config: all OK"; else echo "zero-config: $fails FAILED"; exit 1; fi
