/**
 * A promise the loop awaits later, in order: a failure before then (a dying worker fails every
 * chunk at once) must not count as unhandled and end the process; the await still sees it.
 */
export function handledLater<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => {});
  return promise;
}
