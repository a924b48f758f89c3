import t from 'tap';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import rimraf from '@zkochan/rimraf';
import { Nsm } from '../../src/nsm/nsm.js';
import type { MonitoredHost } from '../../src/nsm/state-store.js';

t.test('hosts monitored before a restart are notified after it, with the new state', async (t) => {
  const dir = await mkdtemp(path.join(tmpdir(), 'ovlnfs-nsm-'));
  t.teardown(() => rimraf(dir));
  const sent: Array<[string, number]> = [];
  const notifyPeer = async (h: MonitoredHost, state: number) => {
    sent.push([h.name, state]);
    return h.name !== 'gone';
  };
  const first = await Nsm.open({ stateDir: dir, notifyPeer });
  t.equal(first.state, 1);
  t.same(await first.notifyRestart(), { notified: [], failed: [] }, 'nobody to notify on a first start');
  t.equal(await first.monitor('a', '10.0.0.2'), true);
  t.equal(await first.monitor('gone', '10.0.0.3'), true);
  t.equal(await first.monitor('b', '10.0.0.4'), true);
  await first.unmonitor('b');

  const second = await Nsm.open({ stateDir: dir, notifyPeer });
  t.equal(second.state, 3);
  const answered: string[] = [];
  const result = await second.notifyRestart((h) => answered.push(h.name));
  t.same(result.notified, ['a']);
  t.same(result.failed, ['gone']);
  t.same(answered, ['a']);
  t.same(sent.sort(), [
    ['a', 3],
    ['gone', 3],
  ]);
  t.same(second.monitoredHosts().map((h) => h.name).sort(), ['a', 'gone'], 'kept on record until NLM drops them');
});

t.test('a client reboot reaches the listeners; a failing store refuses to monitor', async (t) => {
  const dir = await mkdtemp(path.join(tmpdir(), 'ovlnfs-nsm-'));
  t.teardown(() => rimraf(dir));
  const nsm = await Nsm.open({ stateDir: dir, notifyPeer: async () => true });
  const heard: Array<[string, string | undefined]> = [];
  nsm.onPeerRebooted((name, address) => heard.push([name, address]));
  nsm.peerRebooted('vmclient', '10.77.0.2', 5);
  t.same(heard, [['vmclient', '10.77.0.2']]);
  await rimraf(dir);
  t.equal(await nsm.monitor('x', 'y'), false, 'state dir gone: monitor fails, so NLM answers NOLOCKS');
});
