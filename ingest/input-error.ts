import { UserError } from '../core/user-error.js';
import type { SourceLocation } from './document.js';

/**
 * Bad input, named by place: printed to users as one line `file:line: message`, never as a
 * stack trace.
 */
export class InputError extends UserError {
  override name = 'InputError';

  constructor(
    readonly location: SourceLocation,
    readonly reason: string,
  ) {
    super(`${location.file}:${location.line}: ${reason}`);
  }
}
