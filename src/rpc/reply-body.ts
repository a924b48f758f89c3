// An already-encoded result body with room in front for the reply header, so a handler
// such as READ can read file data straight into the buffer that goes to the socket:
//
//   const body = ReplyBody.allocate(maxEncodedSize);
//   const w = new XdrWriter(body.bytes);
//   ... encode the result into body.bytes (read the file data into its slot) ...
//   return body.finish(w.pos);
//
// The dispatcher then writes the 4-byte record mark and the 24-byte accepted-reply
// header into the headroom and sends the whole buffer without copying the body.
import { RECORD_MARK_SIZE } from './record-marking.js';
import { takeFrame } from './reply-pool.js';

/** xid, REPLY, MSG_ACCEPTED, AUTH_NONE verifier (flavor + empty body), SUCCESS. */
export const SUCCESS_HEADER_SIZE = 24;
export const REPLY_HEADROOM = RECORD_MARK_SIZE + SUCCESS_HEADER_SIZE;

export class ReplyBody {
  private length: number;

  private constructor(private readonly frame: Buffer) {
    this.length = frame.length - REPLY_HEADROOM;
  }

  /** Large bodies come from the reply pool; the transport gives them back once written. */
  static allocate(maxSize: number): ReplyBody {
    return new ReplyBody(takeFrame(REPLY_HEADROOM + maxSize));
  }

  /** Where the handler writes the encoded result (starts at offset 0 of this view). */
  get bytes(): Buffer {
    return this.frame.subarray(REPLY_HEADROOM);
  }

  /** Declares how many bytes of `bytes` hold the encoded result. */
  finish(length: number): ReplyBody {
    if (length < 0 || length > this.frame.length - REPLY_HEADROOM) throw new RangeError(`reply body length ${length} out of range`);
    this.length = length;
    return this;
  }

  /** The full frame: headroom for the mark and header, then the body. */
  framed(): Buffer {
    return this.frame.subarray(0, REPLY_HEADROOM + this.length);
  }
}
