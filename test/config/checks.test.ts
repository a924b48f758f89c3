import t from 'tap';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkConfigOnDisk, formatConfigError, overlapProblem, parseConfigText } from '../../src/config/index.js';

const root = mkdtempSync(join(tmpdir(), 'ovlnfs-checks-'));
t.teardown(() => rmSync(root, { recursive: true, force: true }));
for (const d of ['base', 'a/upper', 'a/work', 'b/upper', 'b/work', 'c/upper', 'c/upper/work']) mkdirSync(join(root, d), { recursive: true });
writeFileSync(join(root, 'file'), '');
symlinkSync(join(root, 'a'), join(root, 'a-link'));

async function problems(yaml: string): Promise<string[]> {
  const parsed = parseConfigText(yaml, 'c.yaml', { baseDir: root, defaultStateDir: '/s' });
  if (!parsed.ok) throw new Error(parsed.errors.map(formatConfigError).join('\n'));
  return (await checkConfigOnDisk(parsed.value)).map(formatConfigError);
}

t.test('a valid layout has no problems', async (t) => {
  t.same(
    await problems(`exports:
  - { path: /a, lower: base, upper: a/upper, work: a/work }
  - { path: /b, lower: base, upper: b/upper, work: b/work }
  - { path: /a/nested, lower: base }
templates:
  - { path: '/vm/{name}', lower: base, upper: 'vm/{name}/upper', work: 'vm/{name}/work' }
`),
    [],
    'two exports share a lower; nested export paths are allowed (knfsd allows them)',
  );
});

t.test('missing and non-directory layers', async (t) => {
  t.same(
    await problems(`exports:
  - path: /a
    lower: [base, missing]
    upper: file
    work: nowork
templates:
  - { path: '/vm/{name}', lower: gone, upper: 'vm/{name}/upper', work: 'vm/{name}/work' }
`),
    [
      `c.yaml:3: exports[0].lower: '${root}/missing' does not exist`,
      `c.yaml:4: exports[0].upper: '${root}/file' is not a directory`,
      `c.yaml:5: exports[0].work: '${root}/nowork' does not exist`,
      `c.yaml:7: templates[0].lower: '${root}/gone' does not exist`,
    ],
  );
});

t.test('upper and work must be separate directories', async (t) => {
  t.same(await problems('exports:\n  - { path: /c, lower: base, upper: c/upper, work: c/upper/work }\n'), [
    `c.yaml:2: exports[0].work: '${root}/c/upper/work' is inside upper '${root}/c/upper'`,
  ]);
  t.same(await problems('exports:\n  - { path: /c, lower: base, upper: c/upper/work, work: c/upper }\n'), [
    `c.yaml:2: exports[0].upper: '${root}/c/upper/work' is inside work '${root}/c/upper'`,
  ]);
  t.same(await problems('exports:\n  - { path: /c, lower: base, upper: a/upper, work: a-link/upper }\n'), [
    'c.yaml:2: exports[0].work: must be a different directory from upper',
  ], 'compared after resolving symlinks');
});

t.test('overlapping exports', async (t) => {
  t.same(
    await problems(`exports:
  - { path: /a, lower: base, upper: a/upper, work: a/work }
  - { path: /b, lower: base, upper: a-link/upper, work: b/work }
  - { path: /c, lower: a/upper, upper: c/upper, work: b/upper }
  - { path: /d, lower: a }
  - { path: /e, lower: base, upper: a/upper/x, work: a/work/y }
`),
    [
      `c.yaml:3: exports[1].upper: '${root}/a/upper' overlaps '${root}/a/upper' written by export '/a'`,
      `c.yaml:4: exports[2].lower: '${root}/a/upper' overlaps export '/a''s writable directory '${root}/a/upper'`,
      `c.yaml:5: exports[3].lower: '${root}/a' overlaps export '/a''s writable directory '${root}/a/upper'`,
      `c.yaml:6: exports[4].upper: '${root}/a/upper/x' does not exist`,
      `c.yaml:6: exports[4].work: '${root}/a/work/y' does not exist`,
    ],
  );
  t.same(
    overlapProblem({ path: '/n', lower: ['/srv/base'], upper: '/srv/x/u', work: '/srv/x/w' }, [
      { path: '/m', lower: ['/srv/x'], upper: null, work: null },
    ]),
    { key: 'upper', message: "'/srv/x/u' overlaps lower '/srv/x' of export '/m'" },
    'a new writable tree inside an existing lower',
  );
  t.same(overlapProblem({ path: '/n', lower: ['/'], upper: '/u', work: '/w' }, []), { key: 'lower', message: "'/' overlaps its own writable directory '/u'" });
  t.equal(overlapProblem({ path: '/n', lower: ['/srv/base'], upper: '/srv/upper', work: '/srv/work' }, []), undefined, 'siblings are fine');
});

t.test('upper and work on different filesystems', async (t) => {
  const mnt = join(root, 'other-fs');
  mkdirSync(mnt);
  if (process.getuid?.() === 0) {
    execFileSync('mount', ['-t', 'tmpfs', 'tmpfs', mnt]);
    t.teardown(() => execFileSync('umount', [mnt]));
  } else {
    const shm = mkdtempSync('/dev/shm/ovlnfs-checks-');
    t.teardown(() => rmSync(shm, { recursive: true, force: true }));
    rmSync(mnt, { recursive: true });
    symlinkSync(shm, mnt);
  }
  mkdirSync(join(mnt, 'work'));
  t.not(statSync(mnt).dev, statSync(root).dev, 'the test really has two filesystems');
  t.same(await problems('exports:\n  - path: /a\n    lower: base\n    upper: a/upper\n    work: other-fs/work\n'), [
    `c.yaml:5: exports[0].work: '${root}/other-fs/work' is on another filesystem than upper '${root}/a/upper' (they must share one)`,
  ]);
});
