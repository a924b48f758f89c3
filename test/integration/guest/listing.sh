#!/bin/bash
# listing.sh DIR: one line per object under DIR (DIR itself included, as ""), sorted by name:
# path, type, mode, uid, gid, size, mtime (s.ns), link count, inode, symlink target; then one
# md5 line per regular file, except in many/ (1200 small files whose sizes already tell the
# layers apart; opening them all cost the guest ~13 s under TCG). Run by the guest on the NFS
# mount and by the host on a kernel overlay mount of the same layers; the test normalises
# inode numbers (see helpers/listing.ts).
set -euo pipefail
cd "$1"
LC_ALL=C find . -printf '%P\t%y\t%m\t%U\t%G\t%s\t%T@\t%n\t%i\t%l\n' | LC_ALL=C sort
echo '#sums'
LC_ALL=C find . -path ./many -prune -o -type f -print0 | LC_ALL=C sort -z | xargs -0 -r md5sum
