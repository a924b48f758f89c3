import t from 'tap';
import { XdrReader } from '../../src/xdr/index.js';
import * as mount from '../../src/generated/mount3.js';
import * as rpc from '../../src/generated/rpc.js';
import { goldens, mntCall } from './fixtures/golden.js';

for (const g of goldens) {
  t.test(g.name, async (t) => {
    t.same(g.codec.decode(g.bytes), g.value, 'decodes to the expected value');
    t.same(g.codec.encode(g.value), g.bytes, 'encodes to the expected bytes');
    t.equal(g.codec.size(g.value), g.bytes.length, 'size is the encoded length');
  });
}

t.test('AUTH_SYS credential inside a call header', async (t) => {
  const call = goldens.find((g) => g.name.startsWith('RPC call header'));
  if (!call) throw new Error('fixture missing');
  const msg = rpc.xdr_rpc_msg.decode(call.bytes);
  if (msg.body.mtype !== rpc.msg_type.CALL) throw new Error('not a call');
  const cred = rpc.xdr_authsys_parms.decode(msg.body.cbody.cred.body);
  t.same(cred, { stamp: 1234, machinename: 'host', uid: 1000, gid: 1000, gids: [1000, 27] });
});

t.test('MOUNT MNT call: header then arguments from one record', async (t) => {
  const r = new XdrReader(mntCall);
  const msg = rpc.xdr_rpc_msg.read(r);
  t.same(msg, {
    xid: 42,
    body: {
      mtype: rpc.msg_type.CALL,
      cbody: {
        rpcvers: 2,
        prog: mount.MOUNT_PROGRAM,
        vers: mount.MOUNT_V3,
        proc: mount.MOUNTPROC3_MNT,
        cred: { flavor: 0, body: Buffer.alloc(0) },
        verf: { flavor: 0, body: Buffer.alloc(0) },
      },
    },
  });
  t.equal(r.pos, 40, 'procedure arguments start after the header');
  t.equal(mount.MOUNT_PROGRAM_MOUNT_V3.procedures.MOUNTPROC3_MNT.args.read(r), '/export');
  t.equal(r.remaining(), 0, 'record fully consumed');
});

t.test('program tables carry numbers and codecs', async (t) => {
  const mnt = mount.MOUNT_PROGRAM_MOUNT_V3;
  t.equal(mnt.program, 100005);
  t.equal(mnt.version, 3);
  t.equal(mnt.procedures.MOUNTPROC3_MNT.proc, 1);
  t.equal(mnt.procedures.MOUNTPROC3_MNT.res, mount.xdr_mountres3);
  t.equal(mnt.procedures.MOUNTPROC3_EXPORT.res, mount.xdr_exports);
});
