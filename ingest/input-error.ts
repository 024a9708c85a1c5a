import type { SourceLocation } from './document.js';

/**
 * Bad input, named by place: printed to users as one line `file:line: message`, never as a
 * stack trace.
 */
export class InputError extends Error {
  constructor(
    readonly location: SourceLocation,
    readonly reason: string,
  ) {
    super(`${location.file}:${location.line}: ${reason}`);
    this.name = 'InputError';
  }
}
