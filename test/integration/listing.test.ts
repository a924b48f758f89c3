// The listing normalisation the kernel-client comparison relies on: it may hide inode numbers
// and nothing else; hard-link groups, directory link counts, sizes and times stay visible.
import t from 'tap';
import { normaliseListing } from './helpers/listing.js';

const row = (...fields: string[]): string => fields.join('\t');

t.test('inode numbers become the first name of their hard-link group', async (t) => {
  const a = normaliseListing([
    row('', 'd', '755', '0', '0', '4096', '1.5', '1', '100', ''),
    row('x', 'f', '644', '0', '0', '3', '2.0000000001', '2', '7', ''),
    row('y', 'f', '644', '0', '0', '3', '2.0000000001', '2', '7', ''),
    row('z', 'l', '777', '0', '0', '1', '3.0', '1', '9', 'x'),
    '#sums', 'd41d8cd98f00b204e9800998ecf8427e  ./x', '',
  ].join('\n'));
  t.same(a.entries, [
    '. d 755 0:0 4096 1.5 nlink=1 same-inode-as=- ',
    'x f 644 0:0 3 2.0000000001 nlink=2 same-inode-as=x ',
    'y f 644 0:0 3 2.0000000001 nlink=2 same-inode-as=x ',
    'z l 777 0:0 1 3.0 nlink=1 same-inode-as=- -> x',
  ]);
  t.same(a.sums, ['d41d8cd98f00b204e9800998ecf8427e  ./x']);
});

t.test('other inode numbers compare equal; a different grouping or attribute does not', async (t) => {
  const listing = (inoY: string, mtime = '2.0'): string[] => normaliseListing([
    row('x', 'f', '644', '0', '0', '3', '2.0', '2', '7', ''),
    row('y', 'f', '644', '0', '0', '3', mtime, '2', inoY, ''),
    row('w', 'f', '644', '0', '0', '3', '2.0', '2', '8', ''),
  ].join('\n')).entries;
  t.same(listing('7'), normaliseListing([
    row('x', 'f', '644', '0', '0', '3', '2.0', '2', '1007', ''),
    row('y', 'f', '644', '0', '0', '3', '2.0', '2', '1007', ''),
    row('w', 'f', '644', '0', '0', '3', '2.0', '2', '1008', ''),
  ].join('\n')).entries, 'same groups under other inode numbers');
  t.not(listing('7').join('\n'), listing('8').join('\n'), 'y linked with w instead of x');
  t.not(listing('7').join('\n'), listing('7', '2.000000001').join('\n'), 'a nanosecond of mtime');
});
