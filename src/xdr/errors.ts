/**
 * The one error every decoder and encoder throws for bad wire data: truncated input, non-zero
 * padding, a length over its declared bound, an unknown enum value or union discriminant, or
 * bytes left over after a complete value. The RPC layer maps it to GARBAGE_ARGS.
 */
export class XdrError extends Error {
  override name = 'XdrError';
}
