// Syscalls Node's fs lacks, path-based and never following a final symlink.
// Every function returns a value or a negative errno number (errors as values); the
// typed wrapper in src/sys/index.ts turns them into codes. No child processes, no state.
#define _GNU_SOURCE
#include <node_api.h>
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/sysmacros.h>
#include <sys/xattr.h>
#include <unistd.h>

#define PATH_BUF 4097
#define NAME_BUF 256

static napi_value num(napi_env env, double v) {
  napi_value r; napi_create_double(env, v, &r); return r;
}

static int get_str(napi_env env, napi_value v, char *buf, size_t len) {
  size_t got;
  if (napi_get_value_string_utf8(env, v, buf, len, &got) != napi_ok) return -EINVAL;
  if (got >= len - 1) return -ENAMETOOLONG;
  return 0;
}

static int64_t get_i64(napi_env env, napi_value v) {
  int64_t r = 0; napi_get_value_int64(env, v, &r); return r;
}

#define ARGS(n) size_t argc = n; napi_value argv[n]; napi_get_cb_info(env, info, &argc, argv, NULL, NULL); \
  if (argc < n) { napi_throw_type_error(env, NULL, "missing arguments"); return NULL; }
#define PATH(i, var) char var[PATH_BUF]; { int e_ = get_str(env, argv[i], var, PATH_BUF); if (e_) return num(env, e_); }

// mknod(path, mode, major, minor) -> 0 | -errno
static napi_value Mknod(napi_env env, napi_callback_info info) {
  ARGS(4) PATH(0, path)
  dev_t dev = makedev((unsigned)get_i64(env, argv[2]), (unsigned)get_i64(env, argv[3]));
  int r = mknodat(AT_FDCWD, path, (mode_t)get_i64(env, argv[1]), dev);
  return num(env, r < 0 ? -errno : 0);
}

// renameat2(from, to, flags) -> 0 | -errno   (flags: RENAME_NOREPLACE 1, EXCHANGE 2, WHITEOUT 4)
static napi_value Rename2(napi_env env, napi_callback_info info) {
  ARGS(3) PATH(0, from) PATH(1, to)
  long r = syscall(SYS_renameat2, AT_FDCWD, from, AT_FDCWD, to, (unsigned)get_i64(env, argv[2]));
  return num(env, r < 0 ? -errno : 0);
}

// lgetxattr(path, name) -> Buffer | -errno
static napi_value Lgetxattr(napi_env env, napi_callback_info info) {
  ARGS(2) PATH(0, path) PATH(1, name)
  char small[256];
  ssize_t n = lgetxattr(path, name, small, sizeof small);
  if (n >= 0) { napi_value b; void *d; napi_create_buffer_copy(env, (size_t)n, small, &d, &b); return b; }
  if (errno != ERANGE) return num(env, -errno);
  for (;;) {
    ssize_t want = lgetxattr(path, name, NULL, 0);
    if (want < 0) return num(env, -errno);
    char *big = malloc((size_t)want + 1);
    if (!big) return num(env, -ENOMEM);
    n = lgetxattr(path, name, big, (size_t)want + 1);
    if (n >= 0) { napi_value b; void *d; napi_create_buffer_copy(env, (size_t)n, big, &d, &b); free(big); return b; }
    free(big);
    if (errno != ERANGE) return num(env, -errno);
  }
}

// lsetxattr(path, name, Buffer, flags) -> 0 | -errno
static napi_value Lsetxattr(napi_env env, napi_callback_info info) {
  ARGS(4) PATH(0, path) PATH(1, name)
  void *data; size_t len;
  if (napi_get_buffer_info(env, argv[2], &data, &len) != napi_ok) return num(env, -EINVAL);
  int r = lsetxattr(path, name, data, len, (int)get_i64(env, argv[3]));
  return num(env, r < 0 ? -errno : 0);
}

// llistxattr(path) -> Buffer of NUL-terminated names | -errno
static napi_value Llistxattr(napi_env env, napi_callback_info info) {
  ARGS(1) PATH(0, path)
  for (;;) {
    ssize_t want = llistxattr(path, NULL, 0);
    if (want < 0) return num(env, -errno);
    char *buf = malloc((size_t)want + 1);
    if (!buf) return num(env, -ENOMEM);
    ssize_t n = llistxattr(path, buf, (size_t)want + 1);
    if (n >= 0) { napi_value b; void *d; napi_create_buffer_copy(env, (size_t)n, buf, &d, &b); free(buf); return b; }
    free(buf);
    if (errno != ERANGE) return num(env, -errno);
  }
}

// lremovexattr(path, name) -> 0 | -errno
static napi_value Lremovexattr(napi_env env, napi_callback_info info) {
  ARGS(2) PATH(0, path) PATH(1, name)
  int r = lremovexattr(path, name);
  return num(env, r < 0 ? -errno : 0);
}

// utimens(path, atimeSec, atimeNsec, mtimeSec, mtimeNsec) -> 0 | -errno; never follows a symlink.
// nsec may be UTIME_NOW / UTIME_OMIT.
static napi_value Utimens(napi_env env, napi_callback_info info) {
  ARGS(5) PATH(0, path)
  struct timespec ts[2];
  ts[0].tv_sec = get_i64(env, argv[1]); ts[0].tv_nsec = get_i64(env, argv[2]);
  ts[1].tv_sec = get_i64(env, argv[3]); ts[1].tv_nsec = get_i64(env, argv[4]);
  int r = utimensat(AT_FDCWD, path, ts, AT_SYMLINK_NOFOLLOW);
  return num(env, r < 0 ? -errno : 0);
}

// openDir(path) -> fd | -errno; O_NOFOLLOW so a symlink is never listed through.
static napi_value OpenDir(napi_env env, napi_callback_info info) {
  ARGS(1) PATH(0, path)
  int fd = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
  return num(env, fd < 0 ? -errno : fd);
}

// getdents(fd, bufSize) -> { names: string[], inos: BigUint64Array, types: Uint8Array } | -errno
// An empty batch means end of directory. '.' and '..' are left out.
struct linux_dirent64 { uint64_t d_ino; int64_t d_off; unsigned short d_reclen; unsigned char d_type; char d_name[]; };
static int is_dot_or_dotdot(const char *name) {
  return name[0] == '.' && (name[1] == 0 || (name[1] == '.' && name[2] == 0));
}
static napi_value Getdents(napi_env env, napi_callback_info info) {
  ARGS(2)
  int fd = (int)get_i64(env, argv[0]);
  size_t size = (size_t)get_i64(env, argv[1]);
  if (size < 4096) size = 4096;
  char *buf = malloc(size);
  if (!buf) return num(env, -ENOMEM);
  // getdents64 stops filling a batch as soon as a signal is pending (filldir64), e.g. the
  // profiler's SIGPROF under --cpu-prof, so a batch may hold nothing but '.' and/or '..' (first
  // in a big ext4 directory, anywhere in a one-block one, which ext4 returns in hash order).
  // Such a batch is not the end: read on until a name or the real end (0 bytes).
  long n;
  size_t count;
  do {
    n = syscall(SYS_getdents64, fd, buf, size);
    if (n < 0) { int e = errno; free(buf); return num(env, -e); }
    count = 0;
    for (long off = 0; off < n;) {
      struct linux_dirent64 *d = (struct linux_dirent64 *)(buf + off);
      if (!is_dot_or_dotdot(d->d_name)) count++;
      off += d->d_reclen;
    }
  } while (n > 0 && count == 0);
  napi_value names, inoBuf, inos, typeBuf, types, result;
  void *inoData, *typeData;
  napi_create_array_with_length(env, count, &names);
  napi_create_arraybuffer(env, count * 8, &inoData, &inoBuf);
  napi_create_typedarray(env, napi_biguint64_array, count, inoBuf, 0, &inos);
  napi_create_arraybuffer(env, count, &typeData, &typeBuf);
  napi_create_typedarray(env, napi_uint8_array, count, typeBuf, 0, &types);
  size_t i = 0;
  for (long off = 0; off < n;) {
    struct linux_dirent64 *d = (struct linux_dirent64 *)(buf + off);
    off += d->d_reclen;
    if (is_dot_or_dotdot(d->d_name)) continue;
    napi_value s;
    napi_create_string_utf8(env, d->d_name, NAPI_AUTO_LENGTH, &s);
    napi_set_element(env, names, (uint32_t)i, s);
    ((uint64_t *)inoData)[i] = d->d_ino;
    ((uint8_t *)typeData)[i] = d->d_type;
    i++;
  }
  free(buf);
  napi_create_object(env, &result);
  napi_set_named_property(env, result, "names", names);
  napi_set_named_property(env, result, "inos", inos);
  napi_set_named_property(env, result, "types", types);
  return result;
}

// closeFd(fd) -> 0 | -errno
static napi_value CloseFd(napi_env env, napi_callback_info info) {
  ARGS(1)
  int r = close((int)get_i64(env, argv[0]));
  return num(env, r < 0 ? -errno : 0);
}

// nameToHandle(path) -> { type, handle: Buffer } | -errno; the final symlink is not followed.
// The handle is what overlayfs stores (after its own header) in overlay.origin.
static napi_value NameToHandle(napi_env env, napi_callback_info info) {
  ARGS(1) PATH(0, path)
  union { struct file_handle fh; char buf[sizeof(struct file_handle) + MAX_HANDLE_SZ]; } h;
  h.fh.handle_bytes = MAX_HANDLE_SZ;
  int mount_id;
  if (name_to_handle_at(AT_FDCWD, path, &h.fh, &mount_id, 0) < 0) return num(env, -errno);
  napi_value r, b; void *d;
  napi_create_object(env, &r);
  napi_create_buffer_copy(env, h.fh.handle_bytes, h.fh.f_handle, &d, &b);
  napi_set_named_property(env, r, "type", num(env, h.fh.handle_type));
  napi_set_named_property(env, r, "handle", b);
  return r;
}

// inoByHandle(mountPath, type, handle) -> [dev, ino] as doubles | -errno: the inode a file
// handle names (open_by_handle_at with O_PATH; needs CAP_DAC_READ_SEARCH, i.e. root).
static napi_value InoByHandle(napi_env env, napi_callback_info info) {
  ARGS(3) PATH(0, path)
  void *data; size_t len;
  if (napi_get_buffer_info(env, argv[2], &data, &len) != napi_ok || len > MAX_HANDLE_SZ) return num(env, -EINVAL);
  union { struct file_handle fh; char buf[sizeof(struct file_handle) + MAX_HANDLE_SZ]; } h;
  h.fh.handle_bytes = (unsigned)len;
  h.fh.handle_type = (int)get_i64(env, argv[1]);
  memcpy(h.fh.f_handle, data, len);
  int mfd = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
  if (mfd < 0) return num(env, -errno);
  int fd = open_by_handle_at(mfd, &h.fh, O_PATH | O_CLOEXEC);
  int e = errno;
  close(mfd);
  if (fd < 0) return num(env, -e);
  struct stat st;
  int r = fstat(fd, &st);
  e = errno;
  close(fd);
  if (r < 0) return num(env, -e);
  napi_value arr;
  napi_create_array_with_length(env, 2, &arr);
  napi_set_element(env, arr, 0, num(env, (double)st.st_dev));
  napi_set_element(env, arr, 1, num(env, (double)st.st_ino));
  return arr;
}

// Older system headers lack FS_IOC_GETFSUUID (Linux 6.5+); the ABI is fixed.
#ifndef FS_IOC_GETFSUUID
struct fsuuid2 { uint8_t len; uint8_t uuid[16]; };
#define FS_IOC_GETFSUUID _IOR(0x15, 0, struct fsuuid2)
#endif

// fsUuid(path) -> Buffer(16) | -errno: the filesystem's UUID (FS_IOC_GETFSUUID).
static napi_value FsUuid(napi_env env, napi_callback_info info) {
  ARGS(1) PATH(0, path)
  int fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
  if (fd < 0) return num(env, -errno);
  struct fsuuid2 u;
  memset(&u, 0, sizeof u);
  int r = ioctl(fd, FS_IOC_GETFSUUID, &u);
  int e = errno;
  close(fd);
  if (r < 0) return num(env, -e);
  napi_value b; void *d;
  napi_create_buffer_copy(env, 16, u.uuid, &d, &b);
  return b;
}

static napi_value Init(napi_env env, napi_value exports) {
  napi_property_descriptor props[] = {
    { "mknod", NULL, Mknod, NULL, NULL, NULL, napi_default, NULL },
    { "rename2", NULL, Rename2, NULL, NULL, NULL, napi_default, NULL },
    { "lgetxattr", NULL, Lgetxattr, NULL, NULL, NULL, napi_default, NULL },
    { "lsetxattr", NULL, Lsetxattr, NULL, NULL, NULL, napi_default, NULL },
    { "llistxattr", NULL, Llistxattr, NULL, NULL, NULL, napi_default, NULL },
    { "lremovexattr", NULL, Lremovexattr, NULL, NULL, NULL, napi_default, NULL },
    { "utimens", NULL, Utimens, NULL, NULL, NULL, napi_default, NULL },
    { "openDir", NULL, OpenDir, NULL, NULL, NULL, napi_default, NULL },
    { "getdents", NULL, Getdents, NULL, NULL, NULL, napi_default, NULL },
    { "closeFd", NULL, CloseFd, NULL, NULL, NULL, napi_default, NULL },
    { "nameToHandle", NULL, NameToHandle, NULL, NULL, NULL, napi_default, NULL },
    { "fsUuid", NULL, FsUuid, NULL, NULL, NULL, napi_default, NULL },
    { "inoByHandle", NULL, InoByHandle, NULL, NULL, NULL, napi_default, NULL },
  };
  napi_define_properties(env, exports, sizeof props / sizeof props[0], props);
  return exports;
}

NAPI_MODULE(NODE_GYP_MODULE_NAME, Init)
