/** One line of a JSON Lines file as an object, or `fail` with what is wrong with it. */
export function jsonObjectLine(text: string, fail: (reason: string) => never): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    fail(`not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail('expected a JSON object');
  return Object.fromEntries(Object.entries(value));
}
