/**
 * The steps of a (simple) Dockerfile, read as text: enough to rebuild its image's file system
 * in a folder without a Docker engine. Handles the instructions this project's Dockerfile
 * uses; anything else is an error, so a new instruction cannot be skipped silently.
 */

export type DockerStep =
  | { kind: 'from'; image: string }
  | { kind: 'workdir'; dir: string }
  | { kind: 'copy'; sources: string[]; destination: string }
  | { kind: 'run'; command: string }
  | { kind: 'env'; values: Record<string, string> }
  | { kind: 'user'; user: string }
  | { kind: 'expose'; port: string }
  | { kind: 'cmd'; argv: string[] };

export function dockerfileSteps(text: string): DockerStep[] {
  const steps: DockerStep[] = [];
  // Backslash-newline continues an instruction; comments are whole lines.
  const lines = text.replace(/\\\r?\n/g, ' ').split(/\r?\n/);
  for (const [index, raw] of lines.entries()) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const [, instruction = '', rest = ''] = /^(\S+)\s*(.*)$/.exec(line) ?? [];
    const where = `Dockerfile line ${index + 1}`;
    switch (instruction.toUpperCase()) {
      case 'FROM':
        steps.push({ kind: 'from', image: rest });
        break;
      case 'WORKDIR':
        steps.push({ kind: 'workdir', dir: rest });
        break;
      case 'COPY': {
        const words = rest.split(/\s+/).filter((word) => !word.startsWith('--'));
        if (words.length < 2) throw new Error(`${where}: COPY needs a source and a destination`);
        steps.push({ kind: 'copy', sources: words.slice(0, -1), destination: words.at(-1)! });
        break;
      }
      case 'RUN':
        steps.push({ kind: 'run', command: rest });
        break;
      case 'ENV':
        steps.push({ kind: 'env', values: Object.fromEntries([...rest.matchAll(/(\w+)=("[^"]*"|\S+)/g)].map(([, k, v]) => [k!, v!.replace(/^"|"$/g, '')])) });
        break;
      case 'USER':
        steps.push({ kind: 'user', user: rest });
        break;
      case 'EXPOSE':
        steps.push({ kind: 'expose', port: rest });
        break;
      case 'CMD': {
        const argv: unknown = JSON.parse(rest);
        if (!Array.isArray(argv) || !argv.every((word) => typeof word === 'string')) throw new Error(`${where}: CMD must be a JSON list of strings`);
        steps.push({ kind: 'cmd', argv });
        break;
      }
      default:
        throw new Error(`${where}: ${instruction} is not handled by the build-context check`);
    }
  }
  return steps;
}
