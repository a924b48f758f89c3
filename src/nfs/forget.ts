// When a name goes away, its object's handle must answer STALE, unless other hard links
// keep the object alive: then the handle must follow one of them.
import type { Attr } from '../overlay/index.js';
import { childPath } from './names.js';
import type { NfsExport, Resolved } from './nfs-export.js';

const PAGE = 1024;

/**
 * Call after `name` in `dir` stopped naming `victim` (REMOVE, RMDIR, RENAME over it).
 * The last name: the handle is forgotten. Otherwise, if the handle table had the object at
 * the removed name, another link is looked for in the same directory (where `ln f f.bak`
 * and `ln tmp final` put them) and recorded. Known limit: a link only in another directory
 * is not found, and the handle answers STALE until a LOOKUP or READDIRPLUS records it.
 */
export async function forgetOrRelocate(exp: NfsExport, dir: Resolved, name: string, victim: Attr): Promise<void> {
  if (victim.type === 'dir' || victim.nlink <= 1) {
    exp.handles.forget(victim.id);
    return;
  }
  if (exp.handles.pathOf(victim.id) !== childPath(dir.path, name)) return;
  let cookie = 0n;
  let verifier = 0n;
  for (;;) {
    const page = await exp.overlay.readdir(dir.path, cookie, verifier, PAGE);
    const alias = page.entries.find((e) => e.id === victim.id && e.name !== name);
    if (alias !== undefined) {
      exp.handles.record(victim.id, dir.id, alias.name);
      return;
    }
    const last = page.entries.at(-1);
    if (page.eof || last === undefined) return;
    cookie = last.cookie;
    verifier = page.verifier;
  }
}
