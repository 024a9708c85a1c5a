import { InputError } from '../input-error.js';
import type { ReadOptions } from './source-format.js';

/**
 * What `make` returns, or undefined when it found bad input and the reader skips bad records
 * (`--skip-invalid`: the error goes to onInvalid to be counted). Without skipping, and for any
 * error that is not bad input, it throws.
 */
export function unlessInvalid<T>(options: ReadOptions, make: () => T): T | undefined {
  try {
    return make();
  } catch (error) {
    if (!(error instanceof InputError) || !options.onInvalid) throw error;
    options.onInvalid(error);
    return undefined;
  }
}
