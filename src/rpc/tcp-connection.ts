// One TCP client: reassembles records, runs many calls at once, writes each reply as it
// completes (out of order), and stops reading while too many calls are in flight or the
// client is not reading its replies, so a fast or stuck client cannot make us buffer
// without bound.
import type { Socket } from 'node:net';
import type { Logger } from 'pino';
import { RecordReader, markSingleFragment } from './record-marking.js';
import { giveBackFrame, isLent } from './reply-pool.js';
import type { CallSink, Peer, ReplyFrame } from './transport.js';

export interface TcpLimits {
  maxRecordSize: number;
  maxInFlightPerConnection: number;
  idleTimeoutMs: number;
  /** How long a stopping server waits for in-flight calls before cutting the connection. */
  drainTimeoutMs: number;
}

export class TcpConnection {
  private readonly reader: RecordReader;
  private readonly peer: Peer;
  private inFlight = 0;
  private corked = false;
  private readonly uncork = (): void => {
    this.corked = false;
    this.socket.uncork();
  };
  private pumping = false;
  private stopping = false;
  private clientEnded = false;
  readonly closed: Promise<void>;

  constructor(
    private readonly socket: Socket,
    private readonly sink: CallSink,
    private readonly limits: TcpLimits,
    private readonly log: Logger,
  ) {
    this.reader = new RecordReader(limits.maxRecordSize);
    this.peer = {
      transport: 'tcp',
      remoteAddress: socket.remoteAddress ?? '',
      remotePort: socket.remotePort ?? 0,
      localAddress: socket.localAddress ?? '',
      localPort: socket.localPort ?? 0,
    };
    this.closed = new Promise((resolve) => socket.once('close', () => resolve()));
    socket.on('data', (chunk: Buffer) => {
      this.reader.push(chunk);
      this.pump();
    });
    socket.on('drain', () => this.pump());
    socket.on('error', (err) => this.log.debug({ err, peer: this.describe() }, 'tcp connection error'));
    socket.on('end', () => this.onClientEnd());
    socket.on('timeout', () => this.onIdle());
    socket.setTimeout(limits.idleTimeoutMs);
  }

  get callsInFlight(): number {
    return this.inFlight;
  }

  /** Stops reading, lets in-flight calls answer, then closes; never waits for the client. */
  stop(): Promise<void> {
    if (!this.stopping) {
      this.stopping = true;
      this.socket.pause();
      if (this.inFlight === 0) this.finishStop();
      else {
        const timer = setTimeout(() => this.socket.destroy(), this.limits.drainTimeoutMs);
        timer.unref();
        void this.closed.then(() => clearTimeout(timer));
      }
    }
    return this.closed;
  }

  private pump(): void {
    if (this.pumping) return;
    this.pumping = true;
    try {
      while (!this.stopping && !this.socket.destroyed) {
        if (this.inFlight >= this.limits.maxInFlightPerConnection || this.socket.writableNeedDrain) {
          this.socket.pause();
          return;
        }
        this.socket.resume();
        const next = this.reader.next();
        if (next.kind === 'need-more') {
          // After the client's FIN nothing more can arrive: close once all is answered.
          if (this.clientEnded && this.inFlight === 0) this.finishStop();
          return;
        }
        if (next.kind === 'too-large') {
          this.log.warn({ peer: this.describe(), size: next.size, limit: this.limits.maxRecordSize }, 'record too large, closing connection');
          this.socket.destroy();
          return;
        }
        this.startCall(next.record);
      }
    } finally {
      this.pumping = false;
    }
  }

  private startCall(record: Buffer): void {
    this.inFlight++;
    const reply = this.sink.handle(record, this.peer);
    if (reply instanceof Promise) {
      reply.then(
        (frame) => this.finishCall(frame),
        (err: unknown) => {
          this.log.error({ err, peer: this.describe() }, 'call failed outside its handler, closing connection');
          this.inFlight--;
          this.socket.destroy();
        },
      );
    } else {
      this.finishCall(reply);
    }
  }

  private finishCall(frame: ReplyFrame): void {
    this.inFlight--;
    if (this.socket.destroyed) return;
    if (frame === null) {
      this.log.debug({ peer: this.describe() }, 'undecodable call header, closing connection');
      this.socket.destroy();
      return;
    }
    markSingleFragment(frame);
    // While other calls are still running, replies finished in the same turn of the event loop
    // leave in one writev: a socket write is a system call that also wakes the client, the
    // largest cost of a small call. A lone call's reply goes out at once.
    if (!this.corked && this.inFlight > 0) {
      this.corked = true;
      this.socket.cork();
      setImmediate(this.uncork);
    }
    if (isLent(frame)) this.socket.write(frame, () => giveBackFrame(frame));
    else this.socket.write(frame);
    // The idle clock restarts when the last call is answered (a timeout that fired
    // while calls were running is not re-armed by Node on its own).
    if (this.inFlight === 0) this.socket.setTimeout(this.limits.idleTimeoutMs);
    if (this.stopping) {
      if (this.inFlight === 0) this.finishStop();
    } else {
      this.pump();
    }
  }

  private finishStop(): void {
    if (this.socket.writableEnded) return;
    // end() flushes the replies already written; destroy() then releases the socket even
    // if the client never closes its side (a half-open socket would keep close() waiting).
    this.socket.end(() => this.socket.destroy());
  }

  private onClientEnd(): void {
    // The client sent FIN (the server allows half-open sockets): answer every call
    // already received, then close our side.
    this.clientEnded = true;
    this.pump();
  }

  private onIdle(): void {
    if (this.inFlight > 0) return;
    this.log.debug({ peer: this.describe() }, 'idle connection closed');
    this.socket.destroy();
  }

  private describe(): string {
    return `${this.peer.remoteAddress}:${this.peer.remotePort}`;
  }
}
