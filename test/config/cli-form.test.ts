import t from 'tap';
import { configFromCli, formatConfigError, parseConfigText, splitEscaped, type CliExportOptions } from '../../src/config/index.js';

const base = { cwd: '/home/me', defaultStateDir: '/state' };
const cli = (o: Omit<CliExportOptions, 'cwd' | 'defaultStateDir'>) => configFromCli({ ...base, ...o });

t.test('splitEscaped', async (t) => {
  t.same(splitEscaped('a:b\\:c:d', ':'), ['a', 'b:c', 'd']);
  t.same(splitEscaped('a\\\\:b', ':'), ['a\\', 'b'], 'escaped backslash before a separator');
  t.same(splitEscaped('x=a\\:b,y=c\\,d', ',', ':'), ['x=a\\:b', 'y=c,d'], 'kept escapes stay for the next split');
  t.same(splitEscaped('', ':'), ['']);
});

t.test('the CLI form equals the one-export file', async (t) => {
  const fromCli = cli({ mountOptions: 'lowerdir=/l1:l2,upperdir=u,workdir=/w', exportPath: '/ovl' });
  const fromFile = parseConfigText('exports:\n  - path: /ovl\n    lower: [/l1, l2]\n    upper: u\n    work: /w\n', 'f.yaml', { ...base, baseDir: '/home/me' });
  if (!fromCli.ok || !fromFile.ok) throw new Error('both forms should be valid');
  const strip = (c: typeof fromCli.value) => ({ ...c, file: '', exports: c.exports.map((e) => ({ ...e, source: null })) });
  t.same(strip(fromCli.value), strip(fromFile.value));
  t.same(fromCli.value.exports[0]?.lower, ['/l1', '/home/me/l2']);
  t.equal(fromCli.value.file, 'command line');
});

t.test('escapes, read-only, extra settings and globals', async (t) => {
  const r = cli({
    mountOptions: 'lowerdir=/a\\:b:/c\\,d,ro',
    exportPath: '/x',
    extra: { clients: ['10.0.0.0/8'], squash: 'none' },
    global: { port: 12049, portmapper: 'off' },
  });
  t.match(r, { ok: true, value: { port: 12049, portmapper: 'off', exports: [{ path: '/x', lower: ['/a:b', '/c,d'], upper: null, readonly: true, squash: 'none' }] } });
  const dflt = cli({ mountOptions: 'lowerdir=/l' });
  t.match(dflt, { ok: true, value: { exports: [{ path: '/ovl' }] } }, 'default export path /ovl');
});

t.test('CLI errors name the flag', async (t) => {
  const lines = (o: Omit<CliExportOptions, 'cwd' | 'defaultStateDir'>): string[] => {
    const r = cli(o);
    return r.ok ? [] : r.errors.map(formatConfigError);
  };
  t.same(lines({ mountOptions: 'upperdir=/u,workdir=/w' }), ['command line: -o lowerdir: is required (lowerdir=DIR[:DIR...])']);
  t.same(lines({ mountOptions: 'lowerdir=/l,metacopy=on' }), ["command line: -o: unsupported option 'metacopy' (supported: lowerdir, upperdir, workdir, ro, rw)"]);
  t.same(lines({ mountOptions: 'lowerdir=/l,upperdir=' }), ['command line: -o upperdir: needs a value']);
  t.same(lines({ mountOptions: 'lowerdir=/a::/b' }), ['command line: -o lowerdir: contains an empty directory name']);
  t.same(lines({ mountOptions: 'lowerdir=/l,upperdir=/u' }), ["command line: -o upperdir: needs 'work' as well (same filesystem as upper)"]);
  t.same(lines({ mountOptions: 'lowerdir=/l', exportPath: 'ovl' }), ["command line: --export: must be an absolute path such as '/ovl'"]);
  t.same(lines({ mountOptions: 'lowerdir=/l', extra: { clients: ['nope'] } }), ["command line: --clients[0]: 'nope' is not an IPv4/IPv6 address or CIDR (host names are not supported)"]);
  t.same(lines({ mountOptions: 'lowerdir=/l', global: { port: 70000 } }), ['command line: port: Too big: expected number to be <=65535']);
});
