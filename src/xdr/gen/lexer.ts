/** Tokens of the XDR/RPC language. Comments, `%` pass-through lines and `#` lines are skipped. */

export type Token =
  | { kind: 'ident'; text: string; pos: number }
  | { kind: 'number'; value: number; pos: number }
  | { kind: 'punct'; text: string; pos: number }
  | { kind: 'eof'; pos: number };

export class XdrSyntaxError extends Error {
  override name = 'XdrSyntaxError';
  constructor(
    message: string,
    readonly file: string,
    readonly line: number,
  ) {
    super(`${file}:${line}: ${message}`);
  }
}

const PUNCT = '{}()[]<>;,=*:';

export function lineOf(source: string, pos: number): number {
  let line = 1;
  for (let i = 0; i < pos && i < source.length; i++) if (source.charCodeAt(i) === 10) line++;
  return line;
}

export function tokenize(source: string, file: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const fail = (msg: string): never => {
    throw new XdrSyntaxError(msg, file, lineOf(source, i));
  };
  while (i < source.length) {
    const c = source[i] as string;
    const atLineStart = i === 0 || source[i - 1] === '\n';
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i++;
    } else if (atLineStart && (c === '%' || c === '#')) {
      while (i < source.length && source[i] !== '\n') i++;
    } else if (source.startsWith('/*', i)) {
      const close = source.indexOf('*/', i + 2);
      if (close < 0) fail('unterminated comment');
      i = close + 2;
    } else if (source.startsWith('//', i)) {
      while (i < source.length && source[i] !== '\n') i++;
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(source.slice(i, i + 256)) as RegExpExecArray;
      tokens.push({ kind: 'ident', text: m[0], pos: i });
      i += m[0].length;
    } else if (/[0-9-]/.test(c)) {
      const m = /^-?(0x[0-9A-Fa-f]+|[0-9]+)/.exec(source.slice(i, i + 64));
      if (!m) fail(`bad number`);
      const text = (m as RegExpExecArray)[0];
      const neg = text.startsWith('-');
      const digits = neg ? text.slice(1) : text;
      // RFC 4506 §6.3: a leading 0 means octal.
      const value =
        digits.startsWith('0x') ? parseInt(digits.slice(2), 16) : digits.length > 1 && digits.startsWith('0') ? parseInt(digits, 8) : parseInt(digits, 10);
      if (!Number.isFinite(value)) fail(`bad number ${text}`);
      tokens.push({ kind: 'number', value: neg ? -value : value, pos: i });
      i += text.length;
    } else if (PUNCT.includes(c)) {
      tokens.push({ kind: 'punct', text: c, pos: i });
      i++;
    } else {
      fail(`unexpected character ${JSON.stringify(c)}`);
    }
  }
  tokens.push({ kind: 'eof', pos: source.length });
  return tokens;
}
