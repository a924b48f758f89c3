// Self-tests of the differential harness: the generators are deterministic, the tree comparison
// reports every kind of difference, a second kernel mount never diverges from the first, and a
// subject that misbehaves on purpose is caught (results, trees, and the on-disk format).
import t from 'tap';
import { execFileSync } from 'node:child_process';
import { chmodSync, readdirSync, writeFileSync, linkSync, unlinkSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { kernelSubject, runSeed, explain, type Subject } from './differential.js';
import { kernelTree } from './kernel-tree.js';
import { generateLowers } from './lowers.js';
import { Scratch } from './mounts.js';
import { OpGenerator, type Op } from './ops.js';
import { compareTrees, shapeOf } from './tree.js';
import { lremovexattr, utimens } from '../../../src/sys/index.js';

const asRoot = process.getuid?.() === 0;
const skip = asRoot ? false : 'needs root (overlay mounts, trusted xattrs, chown)';

t.test('generators are deterministic per seed', { skip }, async (t) => {
  const s = new Scratch('selfgen');
  t.teardown(() => s.cleanup());
  const a = generateLowers(11, s.dir('a'));
  const b = generateLowers(11, s.dir('b'));
  const c = generateLowers(12, s.dir('c'));
  t.equal(a.length, b.length);
  for (let i = 0; i < a.length; i++) {
    t.same(compareTrees(kernelTree(a[i] as string), kernelTree(b[i] as string), { mtime: 'exact', linkGroups: true }), [], `layer ${i + 1} identical`);
  }
  t.not(compareTrees(kernelTree(a[0] as string), kernelTree(c[0] as string), { mtime: 'exact', linkGroups: false }).length, 0,
    'another seed gives other layers');
  const more = [13, 14, 15, 16, 17].flatMap((seed) => generateLowers(seed, s.dir(`s${seed}`)));
  const types = new Set([...a, ...c, ...more].flatMap((l) => [...kernelTree(l).values()].map((e) => e.type)));
  t.same([...types].sort(), ['chr', 'dir', 'fifo', 'file', 'symlink'], 'layers hold every object kind incl. whiteouts');

  const shape = shapeOf(kernelTree(a[0] as string));
  const g1 = new OpGenerator(5);
  const g2 = new OpGenerator(5);
  const ops1: Op[] = [];
  const ops2: Op[] = [];
  for (let i = 0; i < 200; i++) { ops1.push(g1.next(shape)); ops2.push(g2.next(shape)); }
  t.same(ops1, ops2, 'same seed, same operations');
  t.same(new Set(ops1.map((o) => o.k)).size, 14, 'every operation kind is drawn');
  const onlyRenames = new OpGenerator(5, ['rename']);
  t.ok(Array.from({ length: 50 }, () => onlyRenames.next(shape)).every((o) => o.k === 'rename'), 'kinds can be restricted');
});

t.test('tree comparison reports each kind of difference', { skip }, async (t) => {
  const s = new Scratch('selfcmp');
  t.teardown(() => s.cleanup());
  const base = s.dir('base');
  writeFileSync(join(base, 'f'), 'hello');
  writeFileSync(join(base, 'g'), 'world');
  const fresh = { mtime: 'fresh', freshSince: 1_600_000_000, linkGroups: true } as const;
  const exact = { mtime: 'exact', linkGroups: true } as const;
  const variant = (name: string, change: (dir: string) => void): string[] => {
    const dir = join(s.root, name);
    execFileSync('cp', ['-a', base, dir]);
    change(dir);
    return compareTrees(kernelTree(base), kernelTree(dir), exact);
  };
  t.same(variant('same', () => undefined), [], 'a faithful copy compares equal');
  t.match(variant('mode', (d) => chmodSync(join(d, 'f'), 0o600)), [/^f: expected .*mode=644.*\| actual .*mode=600/]);
  t.match(variant('content', (d) => writeFileSync(join(d, 'f'), 'hellO')), [/^f: .*sha=/]);
  t.match(variant('missing', (d) => rmSync(join(d, 'g'))).join('\n'), /g: missing/);
  t.match(variant('extra', (d) => writeFileSync(join(d, 'h'), '')).join('\n'), /h: unexpected file/);
  t.match(variant('mtime', (d) => utimens(join(d, 'f'), 'omit', { sec: 1_000_000_000, nsec: 1 })).join('\n'), /f: .*mtime=1000000000\.000000001/);
  t.match(variant('link', (d) => { unlinkSync(join(d, 'g')); linkSync(join(d, 'f'), join(d, 'g')); }).join('\n'), /hard-link group|nlink=2/);

  const now = kernelTree(base);
  const later = new Map(now);
  const f = now.get('f')!;
  later.set('f', { ...f, mtimeSec: f.mtimeSec + 5 });
  t.same(compareTrees(now, later, fresh), [], 'two fresh mtimes compare equal under "fresh"');
  later.set('f', { ...f, mtimeSec: 1_500_000_000 });
  t.equal(compareTrees(now, later, fresh).length, 1, 'a fresh mtime against an old one differs');
});

t.test('a second kernel mount never diverges from the first', { skip }, async (t) => {
  for (const seed of [101, 102]) {
    const r = await runSeed({ seed, ops: 300, subject: 'kernel' });
    t.same(r.divergences, [], explain(r));
    t.equal(r.ops.length, 300);
    t.ok(r.results.filter((x) => x === 'OK').length > 150, 'most operations succeed');
  }
});

// A kernel subject with one deliberate fault.
const faulty = (fault: (inner: Subject) => Partial<Subject>) => async (...args: Parameters<typeof kernelSubject>): Promise<Subject> => {
  const inner = await kernelSubject(...args);
  return { ...inner, ...fault(inner) };
};

t.test('divergences are reported', { skip }, async (t) => {
  const wrongErrno = await runSeed({ seed: 103, ops: 300, subject: faulty((inner) => ({
    apply: async (op) => { const r = await inner.apply(op); return r === 'ENOTEMPTY' ? 'EEXIST' : r; },
  })) });
  t.match(wrongErrno.divergences, [{ what: 'results differ', details: ['expected ENOTEMPTY, actual EEXIST'] }]);

  const lostChmod = await runSeed({ seed: 104, ops: 300, subject: faulty((inner) => ({
    apply: async (op) => (op.k === 'chmod' ? 'OK' : inner.apply(op)),
  })) });
  t.match(lostChmod.divergences, [{ what: 'merged trees differ' }]);

  const crash = await runSeed({ seed: 105, ops: 20, subject: faulty(() => ({
    apply: async () => { throw new Error('boom'); },
  })) });
  t.match(crash.divergences, [{ step: 0, what: 'subject threw' }]);

  // A subject whose view lies about one object it wrote: the kernel reading its upper disagrees.
  const lyingView = await runSeed({ seed: 106, ops: 60, subject: faulty((inner) => ({
    tree: async () => { const tree = await inner.tree(); const e = tree.get(''); if (e) tree.set('', { ...e, mode: 0o700 }); return tree; },
  })) });
  t.match(lyingView.divergences, [{ what: 'merged trees differ', details: [/^\/: expected dir mode=777 .*\| actual dir mode=700/] }]);
});

t.test('a subject whose ids change across a restart is caught', { skip }, async (t) => {
  let opens = 0;
  const r = await runSeed({ seed: 108, ops: 60, format: false, subject: async (d, scratch) => {
    const inner = await kernelSubject(d, scratch);
    const shift = opens++;
    return {
      ...inner,
      tree: async () => {
        const tree = await inner.tree();
        for (const [path, e] of tree) tree.set(path, { ...e, ino: `${e.ino}+${shift}` });
        return tree;
      },
    };
  } });
  t.equal(opens, 2, 'the subject was reopened once');
  t.match(r.divergences, [{ step: 30, what: 'subject changed across a restart', details: [/^\/: expected .*id=\d+\+0 \| actual .*id=\d+\+1/] }]);
});

t.test('format checks catch a corrupt upper', { skip }, async (t) => {
  // The subject plants an object in its upper after the sequence: its own view (taken before)
  // no longer matches what the kernel mounts, and W/work leftovers are reported.
  const r = await runSeed({ seed: 107, ops: 40, restart: false, subject: async (d, scratch) => {
    const inner = await kernelSubject(d, scratch);
    return {
      ...inner,
      close: async () => {
        await inner.close();
        writeFileSync(join(d.upper, 'planted'), 'x');
        writeFileSync(join(d.work, 'work', 'leftover'), 'x');
      },
    };
  } });
  t.match(r.divergences.map((d) => d.what).sort(), ['subject left objects in W/work', 'subject upper mounted by the kernel differs']);
  const details = r.divergences.find((d) => d.what.startsWith('subject upper'))?.details ?? [];
  t.ok(details.some((l) => /^planted: unexpected file/.test(l)), details.join('\n'));
});

t.test('format checks catch an index entry no name refers to', { skip }, async (t) => {
  // The kernel removes an index entry when its inode loses its last name; the subject leaves one.
  const r = await runSeed({ seed: 107, ops: 40, restart: false, subject: async (d, scratch) => {
    const inner = await kernelSubject(d, scratch);
    return { ...inner, close: async () => { await inner.close(); writeFileSync(join(d.work, 'index', 'orphan'), 'x'); } };
  } });
  const index = r.divergences.find((d) => d.what === 'W/index entries differ');
  t.same(index?.details, ['expected []', 'actual ["file linked to (no upper name)"]'], explain(r));
});

t.test('format checks catch an upper without impure markers', { skip }, async (t) => {
  // The subject (a kernel mount) loses every overlay.impure marker of its upper after the
  // sequence, as an upper written without them: the markers differ from the reference's, and a
  // kernel mount of that upper reports readdir d_ino != st_ino for the copied-up entries.
  const r = await runSeed({ seed: 107, ops: 40, restart: false, subject: async (d, scratch) => {
    const inner = await kernelSubject(d, scratch);
    return { ...inner, close: async () => { await inner.close(); stripImpure(d.upper); } };
  } });
  const what = r.divergences.map((d) => d.what).sort();
  t.same(what, ['impure markers differ', 'subject upper mounted by the kernel: readdir d_ino != st_ino'], explain(r));
  const dino = r.divergences.find((d) => d.what.includes('d_ino'))?.details ?? [];
  t.ok(dino.length > 0 && dino.every((l) => /: readdir d_ino \d+ != lstat st_ino \d+$/.test(l)), dino.join('\n'));
});

function stripImpure(dir: string): void {
  lremovexattr(dir, 'trusted.overlay.impure');
  for (const e of readdirSync(dir, { withFileTypes: true })) if (e.isDirectory()) stripImpure(join(dir, e.name));
}
