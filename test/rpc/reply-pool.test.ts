import t from 'tap';
import { giveBackFrame, isLent, takeFrame } from '../../src/rpc/reply-pool.js';

t.test('small and oversized frames are plain allocations, never lent', async (t) => {
  for (const size of [0, 100, 4095, 2 * 1024 * 1024]) {
    const f = takeFrame(size);
    t.equal(f.length, size, `length ${size}`);
    t.notOk(isLent(f), `${size} bytes not lent`);
    giveBackFrame(f); // ignored
  }
});

t.test('a frame has exactly the asked size and room for a 1 MiB READ reply', async (t) => {
  const size = 1024 * 1024 + 200;
  const f = takeFrame(size);
  t.equal(f.length, size);
  t.ok(isLent(f));
  t.ok(f.buffer.byteLength >= size, 'memory holds the frame');
  t.ok(f.buffer.byteLength < 2 * 1024 * 1024, 'a 1 MiB read does not take a 2 MiB class');
  f.fill(7);
  giveBackFrame(f);
});

t.test('memory given back is reused by the next frame of its class, once', async (t) => {
  const a = takeFrame(5000);
  const memory = a.buffer;
  giveBackFrame(a);
  t.notOk(isLent(a), 'no longer lent after give-back');
  giveBackFrame(a); // a second give-back must not pool the memory twice
  const b = takeFrame(6000);
  const c = takeFrame(6000);
  t.equal(b.buffer, memory, 'reused');
  t.not(c.buffer, memory, 'not handed out twice');
  t.equal(b.length, 6000);
  giveBackFrame(b);
  giveBackFrame(c);
});

t.test('frames in flight never share memory', async (t) => {
  const sizes = [4096, 5000, 9000, 70000, 300000, 1048700];
  const frames = sizes.flatMap((s) => [takeFrame(s), takeFrame(s)]);
  const memories = new Set(frames.map((f) => f.buffer));
  t.equal(memories.size, frames.length);
  frames.forEach((f, i) => f.fill(i));
  frames.forEach((f, i) => t.ok(f.every((b) => b === i), `frame ${i} kept its bytes`));
  for (const f of frames) giveBackFrame(f);
});
