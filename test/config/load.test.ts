import t from 'tap';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatConfigError, loadConfigFile, parseConfigText, type Result, type ServerConfig } from '../../src/config/index.js';

const parse = (text: string): Result<ServerConfig> =>
  parseConfigText(text, 'ovl.yaml', { baseDir: '/etc/ovlnfs', defaultStateDir: '/state' });

function errorLines(text: string): string[] {
  const r = parse(text);
  if (r.ok) throw new Error('expected errors');
  return r.errors.map(formatConfigError);
}

t.test('a full configuration with defaults filled in', async (t) => {
  const r = parse(`
listen: [0.0.0.0, '::']
port: 2049
portmapper: on
state_dir: state
log_level: debug
exports:
  - path: /base
    lower: [/srv/base, lowers/extra]
    upper: /srv/u/upper
    work: /srv/u/work
    clients: [10.0.0.0/8, 'fd00::/8', { address: 10.0.0.9, readonly: true }]
    squash: all
    anonuid: 1000
    fsid: 7
    locks: off
  - path: /mirror
    lower: /srv/mirror
templates:
  - path: /vm/{name}
    lower: /srv/base
    upper: /srv/uppers/{name}/upper
    work: /srv/uppers/{name}/work
`);
  if (!r.ok) throw new Error(r.errors.map(formatConfigError).join('\n'));
  const c = r.value;
  t.same(c.listen, ['0.0.0.0', '::']);
  t.equal(c.port, 2049);
  t.equal(c.portmapper, 'on');
  t.equal(c.stateDir, '/etc/ovlnfs/state', 'relative to the file');
  t.equal(c.logLevel, 'debug');
  const [base, mirror] = c.exports;
  t.match(base, {
    path: '/base',
    lower: ['/srv/base', '/etc/ovlnfs/lowers/extra'],
    upper: '/srv/u/upper',
    work: '/srv/u/work',
    readonly: false,
    squash: 'all',
    anonuid: 1000,
    anongid: 65534,
    secure: false,
    fsid: 7,
    locks: false,
    source: { file: 'ovl.yaml', line: 8, key: 'exports[0]', keyLines: { path: 8, lower: 9, upper: 10, clients: 12 } },
  });
  t.same(base?.clients.map((c) => [c.spec, c.readonly]), [['10.0.0.0/8', undefined], ['fd00::/8', undefined], ['10.0.0.9', true]]);
  t.match(mirror, { lower: ['/srv/mirror'], upper: null, work: null, readonly: true, squash: 'root', locks: true, fsid: null });
  t.same(mirror?.clients.map((c) => c.spec), ['127.0.0.0/8', '::1'], 'default: loopback only');
  t.equal(c.templates[0]?.path, '/vm/{name}');
});

t.test('empty file: defaults, no exports', async (t) => {
  const r = parse('');
  t.match(r, { ok: true, value: { listen: ['127.0.0.1', '::1'], port: 'auto', portmapper: 'auto', stateDir: '/state', logLevel: 'info', gracePeriod: 90, lockLease: 300, exports: [] } });
});

t.test('locking settings: grace_period and lock_lease in seconds, bounded', async (t) => {
  t.match(parse('grace_period: 0\nlock_lease: 10\n'), { ok: true, value: { gracePeriod: 0, lockLease: 10 } });
  t.same(errorLines('grace_period: 5000\nlock_lease: 0\n'), [
    'ovl.yaml:1: grace_period: must be a number of seconds 0..3600',
    'ovl.yaml:2: lock_lease: must be a number of seconds 1..86400',
  ]);
});

t.test('schema errors name file, line and key', async (t) => {
  t.same(
    errorLines(`port: 70000
portmapper: sometimes
exports:
  - path: /a
    lower: /l
    readonyl: true
    squash: maybe
    anonuid: -1
  - lower: /l
`),
    [
      'ovl.yaml:1: port: Too big: expected number to be <=65535',
      "ovl.yaml:2: portmapper: must be 'auto', 'on' or 'off'",
      "ovl.yaml:7: exports[0].squash: must be 'none', 'root' or 'all'",
      'ovl.yaml:8: exports[0].anonuid: must be an integer 0..4294967295',
      'ovl.yaml:6: exports[0].readonyl: unknown key',
      "ovl.yaml:9: exports[1].path: is required: the path clients mount, e.g. '/ovl'",
    ],
  );
  t.same(errorLines('bogus: 1\n'), ['ovl.yaml:1: bogus: unknown key']);
  t.same(errorLines('- a\n- b\n'), ['ovl.yaml:1: Invalid input: expected object, received array']);
});

t.test('YAML syntax errors', async (t) => {
  const [first] = errorLines('exports:\n  - path: /a\n    lower: [x, y\n  - path: /b\n');
  t.match(first, /^ovl\.yaml:\d+: YAML syntax: /);
  t.same(errorLines('port: 1\nport: 2\n'), ['ovl.yaml:2: YAML syntax: Map keys must be unique']);
});

t.test('semantic errors', async (t) => {
  t.same(
    errorLines(`listen: [0.0.0.0, localhost]
exports:
  - path: ovl
    lower: /l
  - path: /a/../b
    lower: /l
    upper: /u
  - path: /c
    lower: /l
    work: /w
  - path: /d
    lower: /l
    readonly: false
    clients:
      - 10.0.0.1/8
      - 10.0.0.0/8
      - 10.0.0.0/8
      - { address: 10.0.0.9, readonly: false }
  - path: /e
    lower: /l
    clients: []
  - path: /d
    lower: /l
    upper: /x/{name}
    work: /y
    fsid: 3
  - path: /f
    lower: /l
    fsid: 3
`),
    [
      "ovl.yaml:1: listen[1]: 'localhost' is not an IPv4/IPv6 address",
      "ovl.yaml:3: exports[0].path: must be an absolute path such as '/ovl'",
      "ovl.yaml:5: exports[1].path: must not contain '.' or '..'",
      "ovl.yaml:7: exports[1].upper: needs 'work' as well (same filesystem as upper)",
      "ovl.yaml:10: exports[2].work: needs 'upper' as well",
      "ovl.yaml:13: exports[3].readonly: an export without 'upper' is always read-only",
      "ovl.yaml:15: exports[3].clients[0]: '10.0.0.1/8' has host bits set beyond /8",
      "ovl.yaml:17: exports[3].clients[2]: '10.0.0.0/8' is listed twice",
      "ovl.yaml:18: exports[3].clients[3]: cannot be read-write: the export has no 'upper'",
      'ovl.yaml:21: exports[4].clients: an empty list admits nobody; omit clients for loopback only',
      'ovl.yaml:24: exports[5].upper: {name} is only allowed in templates',
      "ovl.yaml:22: exports[5].path: '/d' is already used at line 11",
      "ovl.yaml:29: exports[6].fsid: 3 is already used by '/d' (line 22)",
    ],
  );
});

t.test('template rules', async (t) => {
  t.same(
    errorLines(`templates:
  - path: /vm/{name}x
    lower: /l
    upper: /u/{name}
    work: /w
  - path: /vm/{name}
    lower: /l
  - path: /vm/{name}
    lower: /l
    upper: /u/{name}/upper
    work: /u/{name}/work
    fsid: 4
`),
    [
      'ovl.yaml:2: templates[0].path: a template path needs {name} exactly once, as a whole component (e.g. /vm/{name})',
      'ovl.yaml:5: templates[0].work: must contain {name}, or every instance would share one directory',
      "ovl.yaml:6: templates[1]: a template needs 'upper' and 'work' containing {name}",
      'ovl.yaml:12: templates[2].fsid: every instance needs its own fsid; leave it out of templates',
      "ovl.yaml:8: templates[2].path: '/vm/{name}' is already used at line 6",
    ],
  );
});

t.test('loadConfigFile reads from disk; missing file is one error', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'ovlnfs-config-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, 'ovlnfs.yaml');
  writeFileSync(file, 'exports:\n  - path: /x\n    lower: base\n');
  const r = await loadConfigFile(file, { defaultStateDir: '/s' });
  t.match(r, { ok: true, value: { file, exports: [{ lower: [join(dir, 'base')] }] } });
  const missing = await loadConfigFile(join(dir, 'nope.yaml'));
  t.same(missing.ok ? [] : missing.errors.map(formatConfigError), [`${join(dir, 'nope.yaml')}: cannot read configuration: no such file`]);
});

t.test('anchors and merge keys share settings between exports', async (t) => {
  const r = parse(`
x-lan: &lan
  clients: [10.0.0.0/8]
  squash: all
exports:
  - { <<: *lan, path: /a, lower: /l }
  - <<: *lan
    path: /b
    lower: /l
    squash: none
`);
  t.match(r, { ok: true, value: { exports: [{ path: '/a', squash: 'all', clients: [{ spec: '10.0.0.0/8' }] }, { path: '/b', squash: 'none', clients: [{ spec: '10.0.0.0/8' }] }] } });
  t.same(errorLines('defaults: { squash: all }\n'), ['ovl.yaml:1: defaults: unknown key'], "only 'x-' keys are ignored");
});
