#!/bin/bash
# Guest side of the Linux-kernel-client scenario (runs in shared/vmclient's VM; the rig mounted
# our export at $VMCLIENT_MNT with vers=3,proto=tcp,port=P,mountport=P,nolock). The host built the
# lowers (helpers/layers.ts) and copied listing.sh into the share; afterwards it checks the
# layers on disk and compares our listings with kernel overlayfs'. Any failure -> exit != 0.
set -euo pipefail
M=${VMCLIENT_MNT:-/mnt}
H=${VMCLIENT_SHARE:-/host}
step() { echo "### $(date +%T.%N | cut -c1-12) $*"; }
fail() { echo "FAIL: $*"; exit 1; }
expect() { # expect WHAT ACTUAL EXPECTED
    [[ $2 == "$3" ]] || fail "$1: got '$2', expected '$3'"
}
# Reads after this come from the server, not from the guest's page cache.
drop_caches() { sync; echo 3 > /proc/sys/vm/drop_caches; }

step "mount"
grep " $M " /proc/mounts

step "listing of the lowers as merged by the server, before any change"
bash "$H/listing.sh" "$M" > "$H/before.txt"

step "create, write, append, truncate, read back"
printf 'hello\n' > "$M/new.txt"
printf 'world\n' >> "$M/new.txt"
expect "after append" "$(cat "$M/new.txt")" "$(printf 'hello\nworld')"
truncate -s 3 "$M/new.txt"
expect "after truncate" "$(cat "$M/new.txt")" hel
truncate -s 5 "$M/new.txt"
expect "truncate up is zero-filled" "$(od -An -tx1 "$M/new.txt" | tr -d ' \n')" 68656c0000
printf 'appended to a lower file\n' >> "$M/merged/lower-file.txt"
expect "lower file after append" "$(cat "$M/merged/lower-file.txt")" "$(printf 'lower content\nappended to a lower file')"
printf 'XY' | dd of="$M/merged/shadowed.txt" bs=1 seek=5 conv=notrunc status=none
expect "write in the middle of the top lower's file" "$(cat "$M/merged/shadowed.txt")" "from XYwer2, the top lower"
# A 3 MiB lower file: copied up on open for write, then written at an offset and read back.
cp "$M/merged/big-lower.bin" /tmp/big-lower
printf 'patched' | dd of=/tmp/big-lower bs=1 seek=2000000 conv=notrunc status=none
printf 'patched' | dd of="$M/merged/big-lower.bin" bs=1 seek=2000000 conv=notrunc status=none
drop_caches
cmp /tmp/big-lower "$M/merged/big-lower.bin"
# O_EXCL (bash noclobber): the client's CREATE in EXCLUSIVE mode, then SETATTR of the mode
( set -C; echo exclusive > "$M/exclusive.txt" )
if ( set -C; echo again > "$M/exclusive.txt" ) 2>/dev/null; then fail "O_EXCL create of an existing name succeeded"; fi
expect "exclusive create: content and mode" "$(cat "$M/exclusive.txt") $(stat -c %a "$M/exclusive.txt")" "exclusive 644"

step "100 MiB file: write, read back after dropping caches, truncate, append"
head -c 100M /dev/urandom > /tmp/big
start=$(date +%s.%N)
cp /tmp/big "$M/big.bin"
sync
written=$(date +%s.%N)
drop_caches
cmp /tmp/big "$M/big.bin"
read_back=$(date +%s.%N)
truncate -s 60M "$M/big.bin"; truncate -s 60M /tmp/big
head -c 1M /dev/urandom > /tmp/tail
cat /tmp/tail >> "$M/big.bin"; cat /tmp/tail >> /tmp/big
drop_caches
cmp /tmp/big "$M/big.bin"
expect "size after truncate+append" "$(stat -c %s "$M/big.bin")" $(( 61 << 20 ))
md5sum < /tmp/big | cut -c1-32 > "$H/big.md5"
rm -f /tmp/big /tmp/tail
python3 -c "print('big file timing: write+sync %.1f s, cold read+cmp %.1f s' % ($written - $start, $read_back - $written))"

step "mkdir -p of a deep tree"
deep="$M/deep/$(seq -s / 1 40)"
mkdir -p "$deep"
echo leaf > "$deep/leaf"
drop_caches
expect "deep leaf" "$(cat "$deep/leaf")" leaf
expect "deep tree depth" "$(find "$M/deep" -type d | wc -l)" 41

step "cp -a of a tree with symlinks and hard links, then compare"
mkdir -p /tmp/src/sub/subsub
echo one > /tmp/src/one; echo two > /tmp/src/sub/two; echo three > /tmp/src/sub/subsub/three
ln /tmp/src/one /tmp/src/one-hardlink; ln /tmp/src/one /tmp/src/sub/one-hardlink-2
ln -s one /tmp/src/one-symlink; ln -s ../one /tmp/src/sub/up-symlink; ln -s /nonexistent /tmp/src/dangling
chmod 0750 /tmp/src/sub; chmod 0600 /tmp/src/sub/two; chown 1001:1002 /tmp/src/sub/two
touch -d '2001-02-03 04:05:06.789' /tmp/src/one /tmp/src/sub/subsub /tmp/src/sub
cp -a /tmp/src "$M/copied"
drop_caches
diff -r --no-dereference /tmp/src "$M/copied"
for f in one one-hardlink sub/one-hardlink-2; do
    expect "link count of copied/$f" "$(stat -c %h "$M/copied/$f")" 3
    expect "inode of copied/$f" "$(stat -c %i "$M/copied/$f")" "$(stat -c %i "$M/copied/one")"
done
# mode, owner, mtime (ns) and size or symlink target of every object, source vs copy
# (directory sizes are the filesystems' own business: tmpfs and the upper's ext4 differ)
meta() { (cd "$1" && find . \( -type d -printf '%P %y %m %U:%G %T@\n' \) -o -printf '%P %y %m %U:%G %T@ %s %l\n' | LC_ALL=C sort); }
diff <(meta /tmp/src) <(meta "$M/copied")
expect "copied/sub mode+mtime" "$(stat -c '%a %Y' "$M/copied/sub")" "750 $(stat -c %Y /tmp/src/sub)"
expect "dangling symlink target" "$(readlink "$M/copied/dangling")" /nonexistent
# The same from the lowers: a merged directory with a lower hard-link pair and symlinks.
cp -a "$M/merged" "$M/merged-copy"
diff -r --no-dereference "$M/merged" "$M/merged-copy"
expect "hard link pair copied as a pair" "$(stat -c %i "$M/merged-copy/hl-a")" "$(stat -c %i "$M/merged-copy/hl-b")"

step "rename files and lower directories"
mv "$M/new.txt" "$M/renamed.txt"
[[ -f $M/renamed.txt && ! -e $M/new.txt ]] || fail "rename of an upper file"
mv "$M/merged/only-l2.txt" "$M/merged/only-l2-renamed.txt"
expect "renamed lower file" "$(cat "$M/merged/only-l2-renamed.txt")" "only in lower2"
[[ ! -e $M/merged/only-l2.txt ]] || fail "old name of a renamed lower file still there"
mv "$M/lowerdir-to-rename" "$M/renamed-lowerdir"
[[ ! -e $M/lowerdir-to-rename ]] || fail "old name of a renamed lower dir still there"
expect "file in renamed lower dir" "$(cat "$M/renamed-lowerdir/inner/file.txt")" inner
expect "symlink in renamed lower dir" "$(readlink "$M/renamed-lowerdir/up")" ../merged/lower-file.txt
# a directory merged from both lowers, moved into another directory
mv "$M/merged/nested/x" "$M/merged/dir-from-l2/x-moved"
expect "moved merged dir, lower1 part" "$(cat "$M/merged/dir-from-l2/x-moved/y/z/deep.txt")" "deep in lower1"
expect "moved merged dir, lower2 part" "$(cat "$M/merged/dir-from-l2/x-moved/l2-file.txt")" "lower2 inside a merged nested dir"
expect "old parent is empty" "$(ls -A "$M/merged/nested")" ""
# rename over an existing lower file
mv "$M/merged/only-l1.txt" "$M/merged/shadowed.txt"
expect "rename over a lower file" "$(cat "$M/merged/shadowed.txt")" "only in lower1"

step "rm -rf of lower subtrees"
rm -rf "$M/tree-to-remove"
[[ ! -e $M/tree-to-remove ]] || fail "removed tree still there"
rm -rf "$M/tree-to-replace"
mkdir "$M/tree-to-replace"
expect "recreated dir is empty" "$(ls -A "$M/tree-to-replace")" ""
echo new > "$M/tree-to-replace/new.txt"
rm "$M/merged/dangling"

step "a big merged directory: readdir over many pages, creates, removes, rm -rf"
expect "entries merged from both lowers" "$(ls "$M/many" | wc -l)" 1200
expect "a name in both lowers comes from the top one" "$(cat "$M/many/f0950")" "many/f0950 from the top lower"
for i in $(seq -w 0 199); do : > "$M/many/n$i"; done
rm -f "$M"/many/f00[0-9][0-9]
expect "after 200 creates and 100 removes" "$(ls "$M/many" | wc -l)" 1300
expect "no name twice in an unsorted readdir" "$(ls -f "$M/many" | sort | uniq -d)" ""
ls "$M/many" > "$H/many-names.txt"
# rm -rf reads the directory while it removes from it: cookies must stay valid across removes
rm -rf "$M/many"
[[ ! -e $M/many ]] || fail "many/ still there after rm -rf"

step "ln, ln -s, chmod, chown, touch -d, setgid directory"
ln "$M/renamed.txt" "$M/renamed-link.txt"
expect "link count after ln" "$(stat -c %h "$M/renamed.txt")" 2
ln "$M/merged/lower-file.txt" "$M/merged/lower-file-link"
expect "link count of a linked lower file" "$(stat -c %h "$M/merged/lower-file.txt")" 2
# the lower hard-link pair: a write through one name is seen through the other
printf 'through hl-a\n' >> "$M/merged/hl-a"
drop_caches
expect "hl-b sees the write to hl-a" "$(cat "$M/merged/hl-b")" "$(printf 'hard linked lower\nthrough hl-a')"
expect "hl-a and hl-b share an inode" "$(stat -c %i "$M/merged/hl-b")" "$(stat -c %i "$M/merged/hl-a")"
expect "hl-b link count" "$(stat -c %h "$M/merged/hl-b")" 2
ln -s renamed.txt "$M/sym"
expect "readlink" "$(readlink "$M/sym")" renamed.txt
cmp "$M/sym" "$M/renamed.txt"
ln -s "$(printf 'x%.0s' $(seq 1 200))" "$M/long-target-symlink"
chmod 0640 "$M/merged/lower-file.txt"
expect "chmod of a lower file" "$(stat -c %a "$M/merged/lower-file.txt")" 640
chmod 0700 "$M/merged/dir-from-l2"
chmod u+s,g+s "$M/merged/only-l2-renamed.txt"
chown 1234:5678 "$M/renamed.txt"
expect "chown" "$(stat -c %u:%g "$M/renamed.txt")" 1234:5678
chown 2000 "$M/merged/owned.txt"
expect "chown of a lower file" "$(stat -c %u:%g:%a "$M/merged/owned.txt")" 2000:1000:600
chown -h 3000:3000 "$M/merged/link-to-file"
expect "chown -h of a lower symlink" "$(stat -c %u:%g "$M/merged/link-to-file")" 3000:3000
touch -d '2010-10-10 10:10:10.5' "$M/renamed.txt"
expect "touch -d" "$(stat -c %y "$M/renamed.txt")" "$(date -d '2010-10-10 10:10:10.5' '+%Y-%m-%d %H:%M:%S.500000000 %z')"
touch -d '1999-12-31 23:59:59' "$M/merged/nested"
touch -h -d '2005-05-05 05:05:05' "$M/merged/abs-link"
touch -m -d '@1234567890' "$M/merged/big-lower.bin"
expect "touch -m of a copied-up file" "$(stat -c %Y "$M/merged/big-lower.bin")" 1234567890
echo in-sgid > "$M/merged/sgid/new-file"
mkdir "$M/merged/sgid/new-dir"
expect "file created in a setgid dir takes its group" "$(stat -c %g "$M/merged/sgid/new-file")" 100
expect "dir created in a setgid dir: group and setgid bit" "$(stat -c '%g %a' "$M/merged/sgid/new-dir")" "100 2755"

step "mkfifo"
mkfifo -m 0620 "$M/fifo"
[[ -p $M/fifo ]] || fail "not a fifo"
expect "fifo mode" "$(stat -c %a "$M/fifo")" 620
# a fifo on NFS is local to the client: data passes through the guest kernel
( echo through-the-fifo > "$M/fifo" ) &
expect "read from fifo" "$(cat "$M/fifo")" through-the-fifo
wait

step "tar c | tar x round trip"
mkdir "$M/untarred"
tar -C "$M/copied" -cf - . | tar -C "$M/untarred" -xpf -
diff -r --no-dereference "$M/copied" "$M/untarred"
tar --sort=name -C "$M/copied" -cf /tmp/a.tar .
tar --sort=name -C "$M/untarred" -cf /tmp/b.tar .
cmp /tmp/a.tar /tmp/b.tar
expect "hard links survive tar" "$(stat -c %h "$M/untarred/one")" 3

step "listing of the merged tree after the changes"
drop_caches
bash "$H/listing.sh" "$M" > "$H/after.txt"
# READDIR(PLUS) fileids must be GETATTR's (the client keeps both; `ls -i`, find -inum, du use d_ino)
python3 - "$M" <<'PY'
import os, sys
bad = [e.path for d, _, _ in os.walk(sys.argv[1]) for e in os.scandir(d) if e.inode() != os.lstat(e.path).st_ino]
print(f"readdir fileids: {len(bad)} differ from GETATTR's", *bad[:10], sep="\n  ")
sys.exit(1 if bad else 0)
PY
ls -lan --time-style=full-iso "$M/merged" | tee "$H/ls-merged.txt"
step "kernel messages"
# e.g. "directory ... contains a readdir loop" (bad cookies), "fileid changed", stale handles
if dmesg | grep -Ei 'nfs.*(loop|fileid|stale|error|bad)'; then fail "the NFS client complained"; fi
echo "kernel-scenario: all OK"
