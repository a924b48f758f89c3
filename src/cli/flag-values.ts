// Parsers for flag values, shared by the commands: a bad value is a commander usage error
// naming the flag, before anything runs.
import { InvalidArgumentError } from 'commander';

export function integer(min: number, max: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!/^\d+$/.test(value) || n < min || n > max) throw new InvalidArgumentError(`expected an integer ${min}..${max}`);
    return n;
  };
}

/** "a, b,,c" → ['a', 'b', 'c']: blanks around and between commas mean nothing. */
export function commaList(value: string): string[] {
  return value.split(',').map((s) => s.trim()).filter((s) => s !== '');
}
