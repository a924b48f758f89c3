{
  "targets": [
    {
      "target_name": "ovlnfs_sys",
      "sources": ["src/sys/native/sys.c"],
      "cflags": ["-O2", "-Wall", "-Wextra", "-Wno-unused-parameter"]
    }
  ]
}
