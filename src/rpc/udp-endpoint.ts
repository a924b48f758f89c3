// UDP: one call per datagram, the reply goes back to the sender. There is no per-client
// flow control, so a global cap on calls in flight drops datagrams beyond it (the client
// retransmits), and counters say why a datagram went unanswered.
import dgram from 'node:dgram';
import type { Logger } from 'pino';
import { RECORD_MARK_SIZE } from './record-marking.js';
import type { CallSink, Peer, ReplyFrame } from './transport.js';

/** Largest UDP payload over IPv4 (65535 - 20 IP - 8 UDP). */
const MAX_DATAGRAM = 65507;

export interface UdpStats {
  received: number;
  answered: number;
  /** Not an RPC call we can answer (no usable header). */
  droppedUndecodable: number;
  /** Arrived while maxInFlight calls were already running. */
  droppedOverload: number;
  sendErrors: number;
}

export class UdpEndpoint {
  private inFlight = 0;
  private idle: (() => void) | undefined;
  readonly stats: UdpStats = { received: 0, answered: 0, droppedUndecodable: 0, droppedOverload: 0, sendErrors: 0 };

  private constructor(
    private readonly socket: dgram.Socket,
    private readonly sink: CallSink,
    private readonly maxInFlight: number,
    private readonly log: Logger,
  ) {
    socket.on('message', (msg, rinfo) => this.onMessage(msg, rinfo));
    socket.on('error', (err) => this.log.warn({ err }, 'udp socket error'));
  }

  static bind(host: string, port: number, sink: CallSink, maxInFlight: number, log: Logger): Promise<UdpEndpoint> {
    const socket = dgram.createSocket({ type: host.includes(':') ? 'udp6' : 'udp4' });
    return new Promise((resolve, reject) => {
      socket.once('error', reject);
      socket.bind({ address: host, port, exclusive: true }, () => {
        socket.off('error', reject);
        resolve(new UdpEndpoint(socket, sink, maxInFlight, log));
      });
    });
  }

  get port(): number {
    return this.socket.address().port;
  }

  /** Stops receiving, waits for calls in flight to answer, closes the socket. */
  async close(): Promise<void> {
    this.socket.removeAllListeners('message');
    if (this.inFlight > 0) await new Promise<void>((resolve) => (this.idle = resolve));
    await new Promise<void>((resolve) => this.socket.close(() => resolve()));
  }

  private onMessage(msg: Buffer, rinfo: dgram.RemoteInfo): void {
    this.stats.received++;
    if (this.inFlight >= this.maxInFlight) {
      this.stats.droppedOverload++;
      return;
    }
    this.inFlight++;
    const local = this.socket.address();
    const peer: Peer = { transport: 'udp', remoteAddress: rinfo.address, remotePort: rinfo.port, localAddress: local.address, localPort: local.port };
    const reply = this.sink.handle(msg, peer);
    if (reply instanceof Promise) {
      reply.then(
        (frame) => this.finish(frame, rinfo),
        (err: unknown) => {
          this.log.error({ err }, 'udp call failed outside its handler');
          this.finish(null, rinfo);
        },
      );
    } else {
      this.finish(reply, rinfo);
    }
  }

  private finish(frame: ReplyFrame, rinfo: dgram.RemoteInfo): void {
    this.inFlight--;
    if (frame === null) this.stats.droppedUndecodable++;
    else this.send(frame, rinfo);
    if (this.inFlight === 0 && this.idle) this.idle();
  }

  private send(frame: Buffer, rinfo: dgram.RemoteInfo): void {
    let datagram = frame.subarray(RECORD_MARK_SIZE);
    if (datagram.length > MAX_DATAGRAM) {
      this.log.warn({ size: datagram.length, peer: `${rinfo.address}:${rinfo.port}` }, 'reply too large for UDP, answering SYSTEM_ERR');
      datagram = this.sink.systemError(datagram.readUInt32BE(0)).subarray(RECORD_MARK_SIZE);
    }
    this.socket.send(datagram, rinfo.port, rinfo.address, (err) => {
      if (err) {
        this.stats.sendErrors++;
        this.log.debug({ err }, 'udp send failed');
      } else {
        this.stats.answered++;
      }
    });
  }
}
