// Throws fuzz records at a dispatcher directly, at a server over TCP, and over UDP, and
// counts what came back. Every check that a record was answered or its connection closed
// lives here, so the test sample (test/rpc/fuzz.test.ts) and the 1,000,000-record run
// (bench/rpc/fuzz.ts) judge the same way; each caller asserts on the counts.
import dgram from 'node:dgram';
import type { Dispatcher } from '../../src/rpc/dispatcher.js';
import type { UdpStats } from '../../src/rpc/udp-endpoint.js';
import { RECORD_MARK_SIZE } from '../../src/rpc/record-marking.js';
import { msg_type } from '../../src/generated/rpc.js';
import type { Random } from '../xdr/helpers/random.js';
import type { FuzzProcedure } from './fuzz-programs.js';
import { frameForFuzz } from './fuzz-framing.js';
import { fuzzRecord } from './fuzz-records.js';
import { readReply } from './helpers.js';
import { RawConnection } from './raw-client.js';

export interface FuzzCounts {
  sent: number;
  answered: number;
  /** Records the server could not read as a call: no answer (UDP) or the connection closed (TCP). */
  unanswered: number;
  /** Replies that are not a well-formed RPC reply to an xid we sent. */
  badReplies: number;
  /** Times the server neither answered nor closed within the timeout. */
  hangs: number;
  /** UDP only: replies the server sent that never arrived (the client's receive buffer overflowed). */
  lost: number;
  /** TCP only: connections the server closed, and batches sent with lying record marks. */
  closedByServer: number;
  lies: number;
}

function emptyCounts(): FuzzCounts {
  return { sent: 0, answered: 0, unanswered: 0, badReplies: 0, hangs: 0, lost: 0, closedByServer: 0, lies: 0 };
}

export interface FuzzRun {
  rnd: Random;
  procedures: readonly FuzzProcedure[];
  records: number;
  /** Called now and then with the number of records sent so far (memory sampling). */
  progress?: (sent: number) => void;
}

/** True when `reply` is an RPC reply to one of `xids`. */
function goodReply(reply: Buffer, xids: ReadonlySet<number>): boolean {
  try {
    const { msg } = readReply(reply);
    return msg.body.mtype === msg_type.REPLY && xids.has(msg.xid);
  } catch {
    return false;
  }
}

function xidOf(record: Buffer): number {
  return record.length >= 4 ? record.readUInt32BE(0) : -1;
}

async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | 'timeout'> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), ms)));
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Straight into Dispatcher.handle: no transport, so every record is judged on its own. */
export async function fuzzDispatcher(dispatcher: Dispatcher, run: FuzzRun): Promise<FuzzCounts> {
  const peer = { transport: 'tcp' as const, remoteAddress: '127.0.0.1', remotePort: 1023, localAddress: '127.0.0.1', localPort: 2049 };
  const c = emptyCounts();
  for (let i = 0; i < run.records; i++) {
    const record = fuzzRecord(run.rnd, i, run.procedures);
    c.sent++;
    const frame = await dispatcher.handle(record, peer);
    if (frame === null) c.unanswered++;
    else if (goodReply(frame.subarray(RECORD_MARK_SIZE), new Set([xidOf(record)]))) c.answered++;
    else c.badReplies++;
    if ((i & 0xfff) === 0) run.progress?.(c.sent);
  }
  return c;
}

export interface TcpFuzzOptions {
  port: number;
  maxBatch: number;
  maxRecordSize: number;
  timeoutMs: number;
}

/**
 * Batches of records on one connection after another. An honest batch must be answered in
 * full or the connection closed; a batch with lying marks is followed by our FIN, and the
 * server must then close. Either way within the timeout.
 */
export async function fuzzTcp(o: TcpFuzzOptions, run: FuzzRun): Promise<FuzzCounts> {
  const c = emptyCounts();
  let conn: RawConnection | undefined;
  let xids = new Set<number>();
  let checked = 0;
  const checkReplies = (replies: Buffer[]): void => {
    for (; checked < replies.length; checked++) {
      if (goodReply(replies[checked]!, xids)) c.answered++;
      else c.badReplies++;
    }
  };
  while (c.sent < run.records) {
    if (!conn) {
      conn = await RawConnection.connect(o.port);
      xids = new Set();
      checked = 0;
    }
    const before = conn.replies.length;
    const parts: Buffer[] = [];
    let lied = false;
    const batch = Math.min(1 + run.rnd.below(o.maxBatch), run.records - c.sent);
    for (let i = 0; i < batch && !lied; i++) {
      const record = fuzzRecord(run.rnd, c.sent, run.procedures);
      const framed = frameForFuzz(record, run.rnd, o.maxRecordSize);
      xids.add(xidOf(record));
      parts.push(framed.bytes);
      lied = !framed.honest;
      c.sent++;
      if ((c.sent & 0xfff) === 0) run.progress?.(c.sent);
    }
    conn.socket.write(Buffer.concat(parts));
    let closed: boolean;
    if (lied) {
      c.lies++;
      conn.socket.end();
      const outcome = await withTimeout(conn.closed, o.timeoutMs);
      if (outcome === 'timeout') c.hangs++;
      closed = true;
    } else {
      const outcome = await withTimeout(conn.waitForReplies(before + parts.length), o.timeoutMs);
      if (outcome === 'timeout') c.hangs++;
      closed = outcome === 'timeout' || conn.replies.length < before + parts.length;
      if (closed && outcome !== 'timeout') c.closedByServer++;
    }
    checkReplies(conn.replies);
    if (closed) {
      conn.socket.destroy();
      conn = undefined;
    }
  }
  if (conn) {
    checkReplies(conn.replies);
    conn.socket.destroy();
  }
  c.unanswered = c.sent - c.answered;
  return c;
}

export interface UdpFuzzOptions {
  port: number;
  maxBatch: number;
  timeoutMs: number;
  /** The in-process server's counters: every datagram must be answered or dropped as undecodable. */
  stats: UdpStats;
}

/** How long a reply the server has sent may take to arrive before it counts as lost. */
const UDP_ARRIVAL_MS = 2000;
/** Large enough for a batch of the biggest replies (portmap DUMP of a full registry); the kernel caps it at net.core.rmem_max. */
const UDP_RECEIVE_BUFFER = 4 * 2 ** 20;

async function until(done: () => boolean, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (!done() && Date.now() < deadline) await new Promise((resolve) => setImmediate(resolve));
  return done();
}

/**
 * Batches of datagrams, each batch settled before the next: the server must answer or drop
 * as undecodable every datagram within the timeout (its own counters say which). UDP may
 * lose a reply on the way back; that is counted, not judged.
 */
export async function fuzzUdp(o: UdpFuzzOptions, run: FuzzRun): Promise<FuzzCounts> {
  const c = emptyCounts();
  const socket = dgram.createSocket({ type: 'udp4', recvBufferSize: UDP_RECEIVE_BUFFER });
  await new Promise<void>((resolve) => socket.connect(o.port, '127.0.0.1', resolve));
  let xids = new Set<number>();
  socket.on('message', (reply) => {
    if (goodReply(reply, xids)) c.answered++;
    else c.badReplies++;
  });
  const s = o.stats;
  const start = { ...s };
  const settled = () => s.answered + s.droppedUndecodable + s.droppedOverload + s.sendErrors - (start.answered + start.droppedUndecodable + start.droppedOverload + start.sendErrors);
  const arrived = () => c.answered + c.badReplies + c.lost >= s.answered - start.answered;
  try {
    while (c.sent < run.records) {
      xids = new Set();
      const batch = Math.min(1 + run.rnd.below(o.maxBatch), run.records - c.sent);
      for (let i = 0; i < batch; i++) {
        const record = fuzzRecord(run.rnd, c.sent, run.procedures);
        xids.add(xidOf(record));
        socket.send(record);
        c.sent++;
        if ((c.sent & 0xfff) === 0) run.progress?.(c.sent);
      }
      if (!(await until(() => settled() >= c.sent, o.timeoutMs))) {
        c.hangs++;
        break;
      }
      if (!(await until(arrived, UDP_ARRIVAL_MS))) c.lost += s.answered - start.answered - (c.answered + c.badReplies + c.lost);
    }
  } finally {
    socket.close();
  }
  c.unanswered = c.sent - c.answered;
  return c;
}
