// Turns the output of guest/listing.sh into lines that must be equal between the Linux NFS
// client's view of our export and kernel overlayfs' view of the same layers. What may differ
// between the two, and is therefore normalised away here:
// - inode numbers: ours are fileids from the overlay identity, the kernel's are the real
//   inodes of the layers; only which names share an inode (hard links) must agree, so each
//   inode becomes the first name that has it;
// - access times are not listed at all (every read moves them, on either side).
// Everything else (type, mode, owner, size, mtime to the ns, link count, symlink target,
// file checksums) must be identical.
export interface Listing { entries: string[]; sums: string[] }

export function normaliseListing(text: string): Listing {
  const [list = '', sums = ''] = text.split('#sums\n');
  const rows = list.split('\n').filter((l) => l !== '').map((l) => l.split('\t'));
  const firstNameOfInode = new Map<string, string>();
  for (const r of rows) {
    const [name = '', , , , , , , , ino = ''] = r;
    if (!firstNameOfInode.has(ino)) firstNameOfInode.set(ino, name);
  }
  const entries = rows.map((r) => {
    const [name = '', type, mode, uid, gid, size, mtime, nlink, ino = '', target] = r;
    const linkedTo = type === 'f' && Number(nlink) > 1 ? firstNameOfInode.get(ino) : '-';
    return [name === '' ? '.' : name, type, mode, `${uid}:${gid}`, size, mtime, `nlink=${nlink}`, `same-inode-as=${linkedTo}`, target === '' ? '' : `-> ${target}`].join(' ');
  });
  return { entries, sums: sums.split('\n').filter((l) => l !== '') };
}
