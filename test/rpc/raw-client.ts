// A bare TCP client for transport tests: writes framed records, collects reply records.
import net from 'node:net';
import { RecordReader, frameRecord } from '../../src/rpc/record-marking.js';

export class RawConnection {
  readonly replies: Buffer[] = [];
  readonly closed: Promise<void>;
  private waiters: Array<() => void> = [];
  private readonly reader = new RecordReader(1 << 24);

  private constructor(readonly socket: net.Socket) {
    this.closed = new Promise((resolve) => socket.once('close', () => resolve()));
    socket.on('data', (chunk: Buffer) => {
      this.reader.push(chunk);
      for (let next = this.reader.next(); next.kind === 'record'; next = this.reader.next()) this.replies.push(next.record);
      this.wake();
    });
    socket.on('error', () => undefined);
    socket.on('close', () => this.wake());
  }

  static connect(port: number, host = '127.0.0.1'): Promise<RawConnection> {
    return new Promise((resolve, reject) => {
      const socket = net.connect({ port, host }, () => resolve(new RawConnection(socket)));
      socket.once('error', reject);
    });
  }

  send(record: Buffer): void {
    this.socket.write(frameRecord(record));
  }

  /** Resolves once `n` replies have arrived (or the connection closed). */
  async waitForReplies(n: number): Promise<Buffer[]> {
    while (this.replies.length < n && !this.socket.destroyed && this.socket.readable) {
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
    return this.replies;
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }
}

export async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
}
