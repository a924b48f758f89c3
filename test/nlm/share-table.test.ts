import t from 'tap';
import { ShareTable } from '../../src/nlm/share-table.js';

const F = 7n;
const oh = (s: string) => Buffer.from(s);

t.test('share reservations deny what others do', async (t) => {
  const s = new ShareTable();
  t.equal(s.share(F, { host: 'a', oh: oh('1'), access: 1, mode: 2 }), true, 'read, deny write');
  t.equal(s.share(F, { host: 'b', oh: oh('1'), access: 1, mode: 0 }), true, 'another reader is fine');
  t.equal(s.share(F, { host: 'b', oh: oh('2'), access: 2, mode: 0 }), false, 'a writer is denied');
  t.equal(s.share(F, { host: 'b', oh: oh('3'), access: 1, mode: 1 }), false, 'denying read to a reader is refused');
  t.equal(s.share(F, { host: 'a', oh: oh('1'), access: 3, mode: 1 }), false, 'replacing own share still checks others');
  s.unshare(F, 'b', oh('1'));
  t.equal(s.share(F, { host: 'a', oh: oh('1'), access: 3, mode: 3 }), true, 'own earlier share does not conflict');
  t.equal(s.sharesOf(F).length, 1);
  t.equal(s.hostHasState('a'), true);
  s.releaseHost('a');
  t.equal(s.hostHasState('a'), false);
  t.same(s.sharesOf(F), []);
});
