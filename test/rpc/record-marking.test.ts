import t from 'tap';
import { RecordReader, frameRecord, markSingleFragment } from '../../src/rpc/record-marking.js';
import { isLent, releaseArgs } from '../../src/rpc/reply-pool.js';

function drain(reader: RecordReader): Buffer[] {
  const records: Buffer[] = [];
  for (;;) {
    const next = reader.next();
    if (next.kind === 'need-more') return records;
    if (next.kind === 'too-large') throw new Error(`too large: ${next.size}`);
    records.push(next.record);
  }
}

const first = Buffer.from('the first record, cut into three fragments');
const second = Buffer.from('second, one fragment');
// Fragments of 5, 0 (allowed by RFC 5531) and 11 bytes, then the last fragment.
const stream = Buffer.concat([frameRecord(first, [5, 0, 11]), frameRecord(second)]);

t.test('a multi-fragment request split at every byte boundary reassembles', async (t) => {
  for (let cut = 0; cut <= stream.length; cut++) {
    const reader = new RecordReader(1024);
    reader.push(stream.subarray(0, cut));
    const records = drain(reader);
    reader.push(stream.subarray(cut));
    records.push(...drain(reader));
    t.same(records.map(String), [String(first), String(second)], `cut at ${cut}`);
    t.equal(reader.pendingBytes, 0);
  }
});

t.test('byte-by-byte delivery reassembles', async (t) => {
  const reader = new RecordReader(1024);
  const records: Buffer[] = [];
  for (let i = 0; i < stream.length; i++) {
    reader.push(stream.subarray(i, i + 1));
    records.push(...drain(reader));
  }
  t.same(records.map(String), [String(first), String(second)]);
});

t.test('a single fragment inside one chunk is returned without a copy', async (t) => {
  const framed = frameRecord(second);
  const reader = new RecordReader(1024);
  reader.push(framed);
  const next = reader.next();
  t.equal(next.kind, 'record');
  if (next.kind === 'record') t.equal(next.record.buffer, framed.buffer);
});

t.test('a large record spread over socket chunks is copied into pooled memory, reused once released', async (t) => {
  const size = 1024 * 1024 + 200;
  const body = Buffer.alloc(size);
  for (let i = 0; i < size; i++) body[i] = i % 251;
  const framed = frameRecord(body);
  const reader = new RecordReader(2 * 1024 * 1024);
  for (let at = 0; at < framed.length; at += 65536) reader.push(framed.subarray(at, at + 65536));
  const [record] = drain(reader);
  t.ok(record !== undefined && record.equals(body), 'same bytes');
  t.ok(record !== undefined && isLent(record), 'pooled memory');
  const memory = record?.buffer;
  releaseArgs(record!.subarray(100, 200)); // a view of the arguments is enough
  t.notOk(isLent(record!), 'given back');
  for (let at = 0; at < framed.length; at += 65536) reader.push(framed.subarray(at, at + 65536));
  const [again] = drain(reader);
  t.equal(again?.buffer, memory, 'the next record reuses the memory');
  t.ok(again !== undefined && again.equals(body));

  // Small copied records are ordinary allocations: nothing to give back.
  const small = frameRecord(Buffer.alloc(1000, 1));
  reader.push(small.subarray(0, 500));
  reader.push(small.subarray(500));
  const [plain] = drain(reader);
  t.notOk(plain !== undefined && isLent(plain));
});

t.test('the size cap counts all fragments and is checked before the data arrives', async (t) => {
  const reader = new RecordReader(20);
  const framed = frameRecord(Buffer.alloc(30), [12]);
  reader.push(framed.subarray(0, 4 + 12 + 4)); // first fragment and the second mark only
  t.same(reader.next(), { kind: 'too-large', size: 30 });
  const huge = new RecordReader(1 << 20);
  huge.push(Buffer.from([0xff, 0xff, 0xff, 0xff]));
  t.same(huge.next(), { kind: 'too-large', size: 0x7fffffff });
});

t.test('a record exactly at the cap is accepted', async (t) => {
  const reader = new RecordReader(30);
  reader.push(frameRecord(Buffer.alloc(30, 1), [10, 10]));
  t.same(drain(reader), [Buffer.alloc(30, 1)]);
});

t.test('markSingleFragment sets the last-fragment bit and the body length', async (t) => {
  const frame = Buffer.alloc(4 + 8);
  markSingleFragment(frame);
  t.same([...frame.subarray(0, 4)], [0x80, 0, 0, 8]);
});
