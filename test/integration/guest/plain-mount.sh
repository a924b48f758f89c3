#!/bin/bash
# Guest side of the plain-mount test (run with --no-mount): what a user typing
# `mount -t nfs -o nolock SERVER:/ovl /mnt` gets. mount.nfs tries NFSv4 first on port 2049
# (our server refuses the version), then falls back to v3 and asks the portmapper our server
# runs on port 111 for the NFS and MOUNT ports. Then a read of a lower file and a write.
set -euo pipefail
S=$VMCLIENT_SERVER
fail() { echo "FAIL: $*"; exit 1; }

echo "### rpcinfo -p $S"
rpcinfo -p "$S" | tee /tmp/rpcinfo
grep -Eq '100003 +3 +tcp +2049' /tmp/rpcinfo || fail "nfs v3/tcp not registered"
grep -Eq '100005 +3 +tcp +2049' /tmp/rpcinfo || fail "mount v3/tcp not registered"

echo "### showmount -e $S"
showmount -e "$S" | tee /tmp/showmount
grep -q '^/ovl ' /tmp/showmount || fail "/ovl not in the export list"

echo "### mount -v -t nfs -o nolock $S:/ovl /mnt"
mount -v -t nfs -o nolock "$S:/ovl" /mnt 2>&1 | tee /tmp/mount.log
line=$(grep ' /mnt ' /proc/mounts) || fail "not mounted"
echo "$line"
[[ $line == *vers=3* ]] || fail "not an NFSv3 mount"

echo "### read a lower file, write a new one"
[[ $(cat /mnt/hello.txt) == "hello from the lower" ]] || fail "lower file content"
echo "written through a plain mount" > /mnt/written.txt
sync
echo 3 > /proc/sys/vm/drop_caches
[[ $(cat /mnt/written.txt) == "written through a plain mount" ]] || fail "read back"

echo "### umount /mnt"
umount /mnt
! grep -q ' /mnt ' /proc/mounts || fail "still mounted"
echo "plain-mount: all OK"
