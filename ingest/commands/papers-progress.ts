import cliProgress from 'cli-progress';

/**
 * A running count of papers on stderr, shown only on a terminal (nothing in a pipe or a log).
 * The total is unknown while a file streams, so the bar's end moves with the count.
 */
export interface PapersProgress {
  update(papers: number, phase: string): void;
  stop(): void;
}

export function papersProgress(firstPhase: string): PapersProgress | undefined {
  if (!process.stderr.isTTY) return undefined;
  const bar = new cliProgress.SingleBar({ format: ' {phase} |{bar}| {value} papers', stream: process.stderr }, cliProgress.Presets.shades_classic);
  bar.start(0, 0, { phase: firstPhase });
  return {
    update(papers, phase) {
      if (papers > bar.getTotal()) bar.setTotal(papers);
      bar.update(papers, { phase });
    },
    stop: () => bar.stop(),
  };
}
