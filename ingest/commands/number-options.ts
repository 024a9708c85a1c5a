import { InvalidArgumentError } from 'commander';

/** Parsers of numeric command-line options: a bad value is commander's usage error, naming the option. */

export function toWholeNumber(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError(`expected a whole number (0 or more), got "${value}"`);
  return n;
}

export function toPositiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`expected a positive whole number, got "${value}"`);
  return n;
}
