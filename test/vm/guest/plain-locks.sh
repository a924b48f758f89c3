#!/bin/bash
# Guest side of plain-locks.test.ts (--no-mount): the mount a user types, with no options at all,
# then fcntl locks through it. mount.nfs finds NFS v3 and MOUNT through the server's portmapper;
# locking stays on (no nolock), so the kernel's lockd talks NLM to the server and rpc.statd
# (started by the rig) is asked to monitor it.
set -uo pipefail
S=$VMCLIENT_SERVER
fails=0
check() { if [[ $1 == 0 ]]; then echo "ok   $2"; else echo "FAIL $2"; fails=$((fails + 1)); fi; }

echo "### mount -t nfs $S:/ovl /mnt"
mount -t nfs "$S:/ovl" /mnt; check $? "mount -t nfs $S:/ovl /mnt (no options)"
line=$(grep ' /mnt ' /proc/mounts)
echo "  $line"
[[ $line == *vers=3* && $line == *local_lock=none* && $line != *nolock* ]]; check $? "NFSv3 with locking through the server (local_lock=none, no nolock)"
echo hello > /mnt/locked.dat; check $? "write"

echo "### python3 -c 'import fcntl ... lockf ...'"
python3 -c 'import fcntl; f = open("/mnt/locked.dat", "r+"); fcntl.lockf(f, fcntl.LOCK_EX); print("  locked"); fcntl.lockf(f, fcntl.LOCK_UN); print("  unlocked")'
check $? "python3 lockf lock + unlock on the plain mount"

echo "### contended lock between two mounts (nosharecache: own inodes, the server decides)"
mkdir -p /mnt2
mount -t nfs -o nosharecache "$S:/ovl" /mnt2; check $? "second mount with nosharecache"
python3 - <<'PY'
import errno, fcntl, os, struct, sys, time

def check(ok, what):
    print(("ok   " if ok else "FAIL ") + what, flush=True)
    if not ok:
        sys.exit(1)

holder = os.open("/mnt/locked.dat", os.O_RDWR)
fcntl.lockf(holder, fcntl.LOCK_EX)
check(True, "holder: exclusive lockf on /mnt/locked.dat")

# POSIX locks belong to a process: the other owner must be another process.
def in_child(fn):
    pid = os.fork()
    if pid == 0:
        try:
            os._exit(fn())
        except BaseException as e:  # never return into the parent's code
            print(f"  child: {e!r}", flush=True)
            os._exit(3)
    return os.waitpid(pid, 0)[1] >> 8

def try_lock():
    fd = os.open("/mnt2/locked.dat", os.O_RDWR)
    try:
        fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return 0
    except OSError as e:
        return 1 if e.errno in (errno.EAGAIN, errno.EACCES) else 2

def test_lock():
    # F_GETLK goes to the server as NLM TEST; it reports the holder's write lock.
    fd = os.open("/mnt2/locked.dat", os.O_RDWR)
    res = fcntl.fcntl(fd, fcntl.F_GETLK, struct.pack("hhqqi", fcntl.F_WRLCK, 0, 0, 0, 0))
    return 1 if struct.unpack("hhqqi", res)[0] == fcntl.F_WRLCK else 0

check(in_child(try_lock) == 1, "a non-blocking attempt through /mnt2 is refused")
check(in_child(test_lock) == 1, "F_GETLK through /mnt2 reports the holder's write lock (NLM TEST)")

r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(r)
    fd = os.open("/mnt2/locked.dat", os.O_RDWR)
    fcntl.lockf(fd, fcntl.LOCK_EX)          # blocks (NLM4_BLOCKED) until the server grants it
    os.write(w, str(time.monotonic()).encode())
    fcntl.lockf(fd, fcntl.LOCK_UN)
    os._exit(0)
os.close(w)
time.sleep(3)                               # the waiter's blocking NLM_LOCK reaches the server
check(os.waitpid(pid, os.WNOHANG) == (0, 0), "waiter through /mnt2 is blocked while the lock is held")
released = time.monotonic()
fcntl.lockf(holder, fcntl.LOCK_UN)
os.close(holder)
got = os.read(r, 100)                       # EOF if the waiter died without the lock
os.waitpid(pid, 0)
check(bool(got), "waiter is granted the lock after the release")
if got:
    waited = float(got) - released
    how = "NLM_GRANTED callback" if waited < 10 else "client re-poll"
    print(f"  granted {waited:.3f}s after the release ({how})")
PY
check $? "contended lock: blocked, then granted"
umount /mnt2
umount /mnt; check $? "umount"

echo
if [[ $fails == 0 ]]; then echo "plain-locks: all OK"; else echo "plain-locks: $fails FAILED"; exit 1; fi
