import t from 'tap';
import { anonymousCred, squash, type Cred, type SquashPolicy } from '../../src/exports/squash.js';

const policy = (mode: SquashPolicy['squash']): SquashPolicy => ({ squash: mode, anonuid: 65534, anongid: 65533 });

// caller → expected result per policy (knfsd nfsd_setuser semantics).
const matrix: { caller: Cred; none: Cred; root: Cred; all: Cred; why: string }[] = [
  {
    why: 'root with root groups',
    caller: { uid: 0, gid: 0, groups: [0, 4, 27] },
    none: { uid: 0, gid: 0, groups: [0, 4, 27] },
    root: { uid: 65534, gid: 65533, groups: [65533, 4, 27] },
    all: { uid: 65534, gid: 65533, groups: [] },
  },
  {
    why: 'ordinary user',
    caller: { uid: 1000, gid: 1000, groups: [1000, 27] },
    none: { uid: 1000, gid: 1000, groups: [1000, 27] },
    root: { uid: 1000, gid: 1000, groups: [1000, 27] },
    all: { uid: 65534, gid: 65533, groups: [] },
  },
  {
    why: 'user with primary gid 0',
    caller: { uid: 1000, gid: 0, groups: [] },
    none: { uid: 1000, gid: 0, groups: [] },
    root: { uid: 1000, gid: 65533, groups: [] },
    all: { uid: 65534, gid: 65533, groups: [] },
  },
  {
    why: 'user in supplementary group 0',
    caller: { uid: 1000, gid: 100, groups: [100, 0] },
    none: { uid: 1000, gid: 100, groups: [100, 0] },
    root: { uid: 1000, gid: 100, groups: [100, 65533] },
    all: { uid: 65534, gid: 65533, groups: [] },
  },
  {
    why: 'uid 0 with a non-root group',
    caller: { uid: 0, gid: 50, groups: [50] },
    none: { uid: 0, gid: 50, groups: [50] },
    root: { uid: 65534, gid: 50, groups: [50] },
    all: { uid: 65534, gid: 65533, groups: [] },
  },
];

t.test('squash matrix', async (t) => {
  for (const row of matrix) {
    for (const mode of ['none', 'root', 'all'] as const) {
      t.same(squash(row.caller, policy(mode)), row[mode], `${row.why}, squash ${mode}`);
    }
  }
});

t.test('unchanged credentials are returned as is; inputs are never modified', async (t) => {
  const user: Cred = { uid: 1000, gid: 1000, groups: [1000] };
  t.equal(squash(user, policy('none')), user);
  t.equal(squash(user, policy('root')), user);
  const root: Cred = { uid: 0, gid: 0, groups: [0] };
  squash(root, policy('root'));
  squash(root, policy('all'));
  t.same(root, { uid: 0, gid: 0, groups: [0] });
});

t.test('anonymous credential (AUTH_NONE)', async (t) => {
  t.same(anonymousCred(policy('none')), { uid: 65534, gid: 65533, groups: [] });
  t.not(anonymousCred(policy('none')), anonymousCred(policy('none')), 'fresh each time: callers may keep or change it');
});
