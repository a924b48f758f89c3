// An RPC server: one dispatcher reachable over TCP and UDP on the same port.
import net from 'node:net';
import type { Logger } from 'pino';
import { Dispatcher } from './dispatcher.js';
import { TcpConnection, type TcpLimits } from './tcp-connection.js';
import { UdpEndpoint, type UdpStats } from './udp-endpoint.js';
import type { ProgramVersion } from './types.js';

export interface RpcServerOptions {
  logger: Logger;
  /** Largest request record; the default fits a 1 MiB WRITE plus its headers. */
  maxRecordSize?: number;
  maxInFlightPerConnection?: number;
  maxConnections?: number;
  idleTimeoutMs?: number;
  drainTimeoutMs?: number;
  maxUdpInFlight?: number;
}

export const DEFAULT_LIMITS = {
  maxRecordSize: 1024 * 1024 + 64 * 1024,
  maxInFlightPerConnection: 64,
  maxConnections: 1024,
  idleTimeoutMs: 6 * 60 * 1000,
  drainTimeoutMs: 5000,
  maxUdpInFlight: 256,
} as const;

/** Tries before giving up finding a port free for both TCP and UDP when asked for port 0. */
const EPHEMERAL_PORT_ATTEMPTS = 20;

export class RpcServer {
  private readonly dispatcher: Dispatcher;
  private readonly limits: TcpLimits;
  private readonly log: Logger;
  private readonly connections = new Set<TcpConnection>();
  private tcp: net.Server | undefined;
  private udp: UdpEndpoint | undefined;

  constructor(private readonly options: RpcServerOptions) {
    this.log = options.logger;
    this.dispatcher = new Dispatcher(options.logger);
    this.limits = {
      maxRecordSize: options.maxRecordSize ?? DEFAULT_LIMITS.maxRecordSize,
      maxInFlightPerConnection: options.maxInFlightPerConnection ?? DEFAULT_LIMITS.maxInFlightPerConnection,
      idleTimeoutMs: options.idleTimeoutMs ?? DEFAULT_LIMITS.idleTimeoutMs,
      drainTimeoutMs: options.drainTimeoutMs ?? DEFAULT_LIMITS.drainTimeoutMs,
    };
  }

  register(pv: ProgramVersion): void {
    this.dispatcher.register(pv);
  }

  /** Listens on TCP and UDP; port 0 picks a port free for both. */
  async listen(host: string, port: number): Promise<{ port: number }> {
    for (let attempt = 1; ; attempt++) {
      const tcp = await this.listenTcp(host, port);
      const tcpPort = (tcp.address() as net.AddressInfo).port;
      try {
        this.udp = await UdpEndpoint.bind(host, tcpPort, this.dispatcher, this.options.maxUdpInFlight ?? DEFAULT_LIMITS.maxUdpInFlight, this.log);
        this.tcp = tcp;
        return { port: tcpPort };
      } catch (err) {
        await new Promise((resolve) => tcp.close(resolve));
        const retry = port === 0 && (err as NodeJS.ErrnoException).code === 'EADDRINUSE' && attempt < EPHEMERAL_PORT_ATTEMPTS;
        if (!retry) throw err;
      }
    }
  }

  get udpStats(): UdpStats | undefined {
    return this.udp?.stats;
  }

  get connectionCount(): number {
    return this.connections.size;
  }

  /** Stops accepting, answers calls in flight, closes every connection (idle ones at once). */
  async close(): Promise<void> {
    const tcp = this.tcp;
    this.tcp = undefined;
    const closing: Promise<unknown>[] = [];
    if (tcp) closing.push(new Promise((resolve) => tcp.close(resolve)));
    for (const connection of this.connections) closing.push(connection.stop());
    if (this.udp) closing.push(this.udp.close());
    this.udp = undefined;
    await Promise.all(closing);
  }

  private listenTcp(host: string, port: number): Promise<net.Server> {
    const server = net.createServer({ allowHalfOpen: true, noDelay: true }, (socket) => this.accept(socket));
    server.maxConnections = this.options.maxConnections ?? DEFAULT_LIMITS.maxConnections;
    server.on('drop', (data) => this.log.warn({ peer: `${data?.remoteAddress}:${data?.remotePort}`, limit: server.maxConnections }, 'connection limit reached, connection refused'));
    return new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen({ host, port, exclusive: true }, () => {
        server.off('error', reject);
        server.on('error', (err) => this.log.error({ err }, 'tcp listener error'));
        resolve(server);
      });
    });
  }

  private accept(socket: net.Socket): void {
    const connection = new TcpConnection(socket, this.dispatcher, this.limits, this.log);
    this.connections.add(connection);
    void connection.closed.then(() => this.connections.delete(connection));
  }
}
