#!/usr/bin/env python3
# Guest side of vm-restart.test: a lock survives a server kill -9 + restart (the client reclaims
# it after our SM_NOTIFY), and another owner cannot take it in between. The host-side server
# restarts itself when /host/restart-request appears (see vm-lock-server.ts). Then the client
# plays a reboot (sm-notify -f): the server must release the locks it held.
import errno, fcntl, os, struct, subprocess, sys, time
MNT2 = "/mnt2"
os.makedirs(MNT2, exist_ok=True)
# A second mount with its own inodes, so the server (not the client's local lock check) decides.
subprocess.run(["mount", "-t", "nfs", "-o", "vers=3,proto=tcp,port=2049,mountport=2049,mountproto=tcp,nosharecache", "10.77.0.1:/ovl", MNT2], check=True)
path = "/mnt/restart-lock"
open(path, "w").close()
fails = []
def check(c, what):
    print(("  ok   " if c else "  FAIL ") + what, flush=True)
    if not c: fails.append(what)

r, w = os.pipe()
holder = os.fork()
if holder == 0:
    fd = os.open(path, os.O_RDWR)
    fcntl.lockf(fd, fcntl.LOCK_EX)
    os.write(w, b"x")
    time.sleep(3600)
    os._exit(0)
os.read(r, 1)

# F_GETLK from another owner: the server's NLM TEST names the conflicting holder.
fd2 = os.open(MNT2 + "/restart-lock", os.O_RDWR)
fmt = "hhqqi"  # struct flock on x86_64: l_type, l_whence, l_start, l_len, l_pid
res = fcntl.fcntl(fd2, fcntl.F_GETLK, struct.pack(fmt, fcntl.F_WRLCK, 0, 10, 5, 0))
l_type, _, l_start, l_len, l_pid = struct.unpack(fmt, res[:struct.calcsize(fmt)])
check(l_type == fcntl.F_WRLCK and l_start == 0 and l_len == 0, f"F_GETLK reports the holder's write lock over the whole file (type={l_type} start={l_start} len={l_len} pid={l_pid})")
os.close(fd2)

print("holder has the lock; asking for a server kill -9 + restart", flush=True)
open("/host/restart-request", "w").close()
t0 = time.time()
while not os.path.exists("/host/restarted"):
    time.sleep(0.2)
    if time.time() - t0 > 60: check(False, "server restarted"); sys.exit(1)
print(f"server restarted after {time.time()-t0:.1f}s", flush=True)

def try_other(name="restart-lock"):
    """Another lock owner (second mount) tries NAME: 0 got it, 1 refused, 2 other error."""
    pid = os.fork()
    if pid == 0:
        fd = os.open(MNT2 + "/" + name, os.O_RDWR)
        try:
            fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            os._exit(0)
        except OSError as e:
            os._exit(1 if e.errno in (errno.EAGAIN, errno.EACCES) else 2)
    return os.waitpid(pid, 0)[1] >> 8

t1 = time.time()
rc = try_other()
check(rc == 1, f"another owner is refused after the restart (rc={rc}, {time.time()-t1:.1f}s)")
os.kill(holder, 9); os.waitpid(holder, 0)
time.sleep(0.5)
rc = try_other()
check(rc == 0, f"after the holder exits the other owner gets it (rc={rc})")
# The client "reboots": its sm-notify tells our NSM, which must release what it held.
path2 = "/mnt/reboot-lock"
open(path2, "w").close()
r2, w2 = os.pipe()
holder2 = os.fork()
if holder2 == 0:
    fd = os.open(path2, os.O_RDWR)
    fcntl.lockf(fd, fcntl.LOCK_EX)
    os.write(w2, b"x")
    time.sleep(3600)
    os._exit(0)
os.read(r2, 1)
check(try_other("reboot-lock") == 1, "second lock held by the client")
sm = subprocess.run(["sm-notify", "-f", "-d"], capture_output=True, text=True)
print("sm-notify:", sm.returncode, (sm.stdout + sm.stderr).strip()[-300:], flush=True)
got = False
for _ in range(50):
    if try_other("reboot-lock") == 0:
        got = True
        break
    time.sleep(0.2)
check(got, "after the client's SM_NOTIFY (reboot) the server released its locks")
os.kill(holder2, 9); os.waitpid(holder2, 0)
subprocess.run(["umount", MNT2])
print("restart-test: " + ("all OK" if not fails else "FAILED"), flush=True)
sys.exit(1 if fails else 0)
