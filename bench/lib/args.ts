/** `--name value` and `--flag` options of the bench scripts (after npm's `--`). */
export function numberOption(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  if (at < 0) return fallback;
  const value = Number(process.argv[at + 1]);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} expects a positive number, got "${process.argv[at + 1]}"`);
  return value;
}

export function stringOption(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at < 0 ? undefined : process.argv[at + 1];
}

export function flag(name: string): boolean {
  return process.argv.includes(name);
}
