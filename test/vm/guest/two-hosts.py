#!/usr/bin/env python3
"""Guest side of client-vanishes.test.ts (--no-mount --guest-addrs 10.77.0.3).

One guest plays two NLM client hosts:
  host A: the guest's own name, from 10.77.0.2, mount 10.77.0.1:/ovl at /mnt (no options)
  host B: name "vm-b", from 10.77.0.3, mount 10.0.2.2:/ovl at /mnt2 (the server's second
          address; the guest routes it from 10.77.0.3)
The kernel's NLM client keeps one "NLM host" per server address (and transport and version),
and its RPC client takes the node name, the caller_name of every lock request, current when its
first lock is sent. So a second server address gives a second NLM host, and B's first lock is
sent while the guest is called vm-b (A's before). The server sees two hosts.

Checks (each "ok   ..." / "FAIL ..."):
  1. the two hosts see each other's locks (both directions), F_GETLK across hosts, release
  2. host B holds a lock and vanishes (its address is removed: it answers nothing any more,
     as if powered off); a waiter of host A blocks on B's lock. The server probes B's statd,
     gets no answer and, after its lease, releases B's locks: A's waiter is granted. Meanwhile
     host A keeps locking, writing and reading without stalling.
"""
import errno
import fcntl
import os
import select
import signal
import struct
import subprocess
import sys
import time

S = os.environ["VMCLIENT_SERVER"]   # 10.77.0.1: host A's server address
S_B = "10.0.2.2"                     # host B's
A_ADDR, B_ADDR = "10.77.0.2", "10.77.0.3"
WAIT_LIMIT = 90.0     # how long A's waiter may wait for the server to give up on B
failures = []


def step(title):
    print(f"\n### {title}", flush=True)


def check(ok, what):
    print(("ok   " if ok else "FAIL ") + what, flush=True)
    if not ok:
        failures.append(what)


def sh(*cmd):
    subprocess.run(cmd, check=True)


def route_b():
    sh("ip", "route", "replace", f"{S_B}/32", "dev", "eth0", "src", B_ADDR)


def set_hostname(name):
    with open("/proc/sys/kernel/hostname", "w") as f:
        f.write(name)


def in_child(fn):
    """Run fn() in a forked process (another lock owner); its return value is the exit code."""
    pid = os.fork()
    if pid == 0:
        try:
            os._exit(fn())
        except BaseException as e:  # never fall back into the parent's code
            print(f"  child: {e!r}", flush=True)
            os._exit(3)
    return os.waitpid(pid, 0)[1] >> 8


def try_lock(path):
    """0: got the lock (released at exit), 1: refused by a conflicting lock."""
    def attempt():
        fd = os.open(path, os.O_RDWR)
        try:
            fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return 0
        except OSError as e:
            return 1 if e.errno in (errno.EAGAIN, errno.EACCES) else 2
    return in_child(attempt)


def getlk_sees_write_lock(path):
    def attempt():
        fd = os.open(path, os.O_RDWR)
        res = fcntl.fcntl(fd, fcntl.F_GETLK, struct.pack("hhqqi4x", fcntl.F_WRLCK, 0, 0, 0, 0))
        return 1 if struct.unpack("hhqqi4x", res)[0] == fcntl.F_WRLCK else 0
    return in_child(attempt) == 1


def holder(path, block=False):
    """A process that takes an exclusive lock on path and keeps it until killed.
    Returns (pid, read end): the pipe says 'locked <monotonic time>' once it holds the lock."""
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(r)
        try:
            fd = os.open(path, os.O_RDWR)
            fcntl.lockf(fd, fcntl.LOCK_EX if block else fcntl.LOCK_EX | fcntl.LOCK_NB)
            os.write(w, f"locked {time.monotonic()}".encode())
            while True:
                signal.pause()
        except BaseException as e:
            os.write(w, f"error {e!r}".encode())
            os._exit(3)
    os.close(w)
    return pid, r


def wait_locked(r, timeout):
    """The holder's message once it has the lock (or '' after timeout)."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        ready, _, _ = select.select([r], [], [], 0.1)
        if ready:
            return os.read(r, 200).decode()
    return ""


def stop(pid):
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)


def main():
    guest_name = open("/proc/sys/kernel/hostname").read().strip()
    step(f"host A ({guest_name}) from {A_ADDR}: mount -t nfs {S}:/ovl /mnt")
    sh("mount", "-t", "nfs", f"{S}:/ovl", "/mnt")
    for name in ("a.dat", "b.dat", "free.dat"):
        with open(f"/mnt/{name}", "w") as f:
            f.write("x" * 100)
    fd = os.open("/mnt/free.dat", os.O_RDWR)
    fcntl.lockf(fd, fcntl.LOCK_EX)          # host A's first NLM call: its RPC client is made now
    fcntl.lockf(fd, fcntl.LOCK_UN)
    os.close(fd)
    check(True, "host A: lock + unlock")

    step(f"host B (vm-b) from {B_ADDR}: mount -t nfs {S_B}:/ovl /mnt2")
    set_hostname("vm-b")
    route_b()
    os.makedirs("/mnt2", exist_ok=True)
    sh("mount", "-t", "nfs", f"{S_B}:/ovl", "/mnt2")
    b_pid, b_pipe = holder("/mnt2/b.dat")     # host B's first NLM call
    msg = wait_locked(b_pipe, 60)
    check(msg.startswith("locked"), f"host B holds a write lock on b.dat ({msg or 'timeout'})")
    set_hostname(guest_name)

    step("the two hosts see each other's locks")
    a_pid, a_pipe = holder("/mnt/a.dat")
    msg = wait_locked(a_pipe, 30)
    check(msg.startswith("locked"), "host A holds a write lock on a.dat")
    check(try_lock("/mnt2/a.dat") == 1, "host B is refused A's lock on a.dat")
    check(getlk_sees_write_lock("/mnt2/a.dat"), "host B's F_GETLK (NLM TEST) reports A's write lock")
    check(try_lock("/mnt/b.dat") == 1, "host A is refused B's lock on b.dat")
    check(getlk_sees_write_lock("/mnt/b.dat"), "host A's F_GETLK (NLM TEST) reports B's write lock")
    stop(a_pid)
    # The kernel sends the exiting holder's UNLOCK asynchronously: B may need a few tries.
    got = any(try_lock("/mnt2/a.dat") == 0 or time.sleep(0.5) for _ in range(20))
    check(got, "after A's holder exits, host B gets a.dat")

    step("host B vanishes while holding b.dat; a waiter of host A blocks on it")
    w_pid, w_pipe = holder("/mnt/b.dat", block=True)
    time.sleep(2)                             # the waiter's blocking NLM_LOCK reaches the server
    check(wait_locked(w_pipe, 0.1) == "", "host A's waiter is blocked by B's lock")
    sh("ip", "addr", "del", f"{B_ADDR}/24", "dev", "eth0")
    vanished = time.monotonic()
    print(f"  {B_ADDR} removed: host B answers nothing from now on", flush=True)

    ops = 0
    slowest = 0.0
    granted = ""
    while time.monotonic() - vanished < WAIT_LIMIT:
        t0 = time.monotonic()
        fd = os.open("/mnt/free.dat", os.O_RDWR)
        fcntl.lockf(fd, fcntl.LOCK_EX)
        os.pwrite(fd, f"op {ops}\n".encode(), 0)
        os.fsync(fd)
        fcntl.lockf(fd, fcntl.LOCK_UN)
        os.close(fd)
        os.stat("/mnt/a.dat")
        ops += 1
        slowest = max(slowest, time.monotonic() - t0)
        granted = wait_locked(w_pipe, 0.5)
        if granted:
            break
    ok = granted.startswith("locked")
    after = float(granted.split()[1]) - vanished if ok else None
    check(ok, "host A's waiter is granted b.dat once the server gave up on host B"
          + (f" ({after:.1f}s after B vanished)" if ok else f" (not within {WAIT_LIMIT:.0f}s: {granted or 'timeout'})"))
    check(ops > 0, f"host A kept working meanwhile: {ops} lock+write+fsync+unlock+stat rounds, none failed")
    print(f"  slowest round while B was gone: {slowest:.3f}s", flush=True)

    step("cleanup")
    stop(w_pid)
    # B comes back, so that its holder's exit can send its UNLOCK (the lock is already gone).
    sh("ip", "addr", "add", f"{B_ADDR}/24", "dev", "eth0")
    route_b()
    stop(b_pid)
    sh("umount", "/mnt2")
    sh("umount", "/mnt")

    if failures:
        print(f"two-hosts: {len(failures)} FAILED")
        return 1
    print("two-hosts: all OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
