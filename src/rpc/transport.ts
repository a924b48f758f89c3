// What the TCP and UDP transports need from the dispatcher, so both stay ignorant of
// RPC message formats.

export interface Peer {
  transport: 'tcp' | 'udp';
  remoteAddress: string;
  remotePort: number;
  localAddress: string;
  localPort: number;
}

/**
 * A reply frame starts with 4 bytes of headroom for the TCP record mark (UDP sends the
 * rest). `null` means the record was not an RPC call we can answer at all (no usable
 * header): UDP drops it, TCP closes the connection.
 */
export type ReplyFrame = Buffer | null;

export interface CallSink {
  handle(record: Buffer, peer: Peer): ReplyFrame | Promise<ReplyFrame>;
  /** A SYSTEM_ERR reply for `xid`, used when a reply cannot be sent as it is. */
  systemError(xid: number): Buffer;
}
