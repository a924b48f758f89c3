#!/bin/bash
# Guest side of access.test.ts (run with --no-mount --guest-addrs 10.77.0.3,10.77.0.4 --share).
# The kernel NFS client has no option for its source address, so each step points the route to
# the server at one of the guest's addresses (`ip route replace SERVER/32 dev eth0 src ADDR`)
# before it mounts; new connections then come from that address.
#   /acl:    10.77.0.2 read-write, 10.77.0.3 read-only, 10.77.0.4 not listed; squash root
#   /secure: 10.77.0.0/24, secure (privileged source ports only), squash none
# Every check prints "ok   ..." or "FAIL ..."; the host test matches the ok lines.
set -uo pipefail
S=$VMCLIENT_SERVER
OPTS="vers=3,proto=tcp,port=$VMCLIENT_PORT,mountport=$VMCLIENT_PORT,mountproto=tcp,nolock,retry=0,actimeo=0"
fails=0

check() { # check CONDITION-EXIT-STATUS WHAT
    if [[ $1 == 0 ]]; then echo "ok   $2"; else echo "FAIL $2"; fails=$((fails + 1)); fi
}
from() {
    ip route replace "$S/32" dev eth0 src "$1"
    echo "### from $1: $(ip route get "$S" | head -n1)"
}
# The server aborts its TCP connections (host/drop-wrapper.sh); the client reconnects from the
# current source address on its next call.
drop_connections() {
    rm -f /host/dropped
    touch /host/drop-request
    for _ in $(seq 1 100); do [[ -e /host/dropped ]] && break; sleep 0.1; done
    echo "  server connections dropped: $(cat /host/dropped 2> /dev/null || echo 'no answer to the drop request')"
}
mounted_as() { mount -t nfs -o "$OPTS${2:+,$2}" "$S:$1" /mnt 2> /tmp/mount.err; }

from 10.77.0.2
mounted_as /acl; check $? "/acl from 10.77.0.2 (rw client): mount"
echo "written by guest root from 10.77.0.2" > /mnt/by-root.txt; check $? "/acl from 10.77.0.2: write"
mkdir -p /mnt/dir && echo lower-visible > /mnt/dir/kept.txt; check $? "/acl from 10.77.0.2: mkdir + write below"
owner=$(stat -c %u:%g /mnt/by-root.txt)
[[ $owner == 65534:65534 ]]; check $? "/acl squash root: guest root's new file is owned by $owner (want 65534:65534)"
umount /mnt

from 10.77.0.3
mounted_as /acl; check $? "/acl from 10.77.0.3 (read-only client): mount"
grep -q "written by guest root" /mnt/by-root.txt; check $? "/acl from 10.77.0.3: read"
err=$( { echo x > /mnt/ro-write.txt; } 2>&1 ); rc=$?
echo "  write: $err"
[[ $rc != 0 && $err == *"Read-only file system"* ]]; check $? "/acl from 10.77.0.3: write fails with EROFS"
err=$(rm /mnt/by-root.txt 2>&1); rc=$?
[[ $rc != 0 && $err == *"Read-only file system"* ]]; check $? "/acl from 10.77.0.3: remove fails with EROFS"
umount /mnt

from 10.77.0.4
mounted_as /acl; rc=$?
sed 's/^/  mount: /' /tmp/mount.err
[[ $rc != 0 ]] && grep -q "access denied by server" /tmp/mount.err; check $? "/acl from 10.77.0.4 (not listed): mount denied by the server"
[[ $rc != 0 ]] || umount /mnt

from 10.77.0.2
mounted_as /secure; check $? "/secure (secure) from 10.77.0.2: mount with the kernel's privileged ports"
echo "written with squash none" > /mnt/by-root.txt; check $? "/secure: write"
owner=$(stat -c %u:%g /mnt/by-root.txt)
[[ $owner == 0:0 ]]; check $? "/secure squash none: guest root's new file is owned by $owner (want 0:0)"
umount /mnt
# noresvport: the kernel's NFS calls come from an unprivileged port; the server answers
# AUTH_TOOWEAK, which the client reports as a failed mount. (MOUNT itself still comes from
# mount.nfs's privileged port, so the refusal is the NFS program's, after MNT succeeded.)
timeout 60 mount -t nfs -o "$OPTS,noresvport" "$S:/secure" /mnt 2> /tmp/mount.err; rc=$?
sed 's/^/  mount: /' /tmp/mount.err
[[ $rc != 0 && $rc != 124 ]]; check $? "/secure with noresvport (unprivileged source port): mount refused (status $rc)"
grep -qs ' /mnt ' /proc/mounts && umount /mnt

echo "### a handle obtained from 10.77.0.2, used from 10.77.0.4"
from 10.77.0.2
mounted_as /acl; check $? "/acl from 10.77.0.2: mount"
cd /mnt/dir || exit 1
cat kept.txt > /dev/null; check $? "/acl from 10.77.0.2: read through the directory handle"
from 10.77.0.4
drop_connections
err=$(stat -c %s /mnt/dir/kept.txt 2>&1); rc=$?
echo "  stat: $err"
[[ $rc != 0 && $err == *"Permission denied"* ]]; check $? "the same mount, reconnected from 10.77.0.4: GETATTR/LOOKUP refused (EACCES)"
err=$(ls . 2>&1); rc=$?
echo "  ls in the cwd: $err"
[[ $rc != 0 && $err == *"Permission denied"* ]]; check $? "the cwd's handle from 10.77.0.4: READDIR refused (EACCES)"
err=$( { echo x > new-from-denied.txt; } 2>&1 ); rc=$?
[[ $rc != 0 ]]; check $? "the cwd's handle from 10.77.0.4: create refused ($err)"
from 10.77.0.2
drop_connections
cat kept.txt > /dev/null; check $? "back on 10.77.0.2: the same handles work again"
cd /
umount /mnt
ip route del "$S/32" dev eth0 2> /dev/null

echo
if [[ $fails == 0 ]]; then echo "access: all OK"; else echo "access: $fails FAILED"; exit 1; fi
