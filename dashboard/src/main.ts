import './style.css';
import { renderCounts } from './counts.js';
import { renderHeatmap } from './heatmap.js';
import { LeaderboardPanel } from './leaderboard.js';
import { NeighbourhoodPanel } from './neighbourhood.js';
import { loadPanel, requireElement } from './panel.js';
import { fetchStats, type Stats } from './stats.js';
import { renderTopList } from './top-lists.js';

const TOP = 12;
/** Benchmarks offered in the leaderboard selector. */
const SELECTABLE_BENCHMARKS = 100;
const MATRIX_SIZE = 20;

async function start(): Promise<void> {
  const panel = (id: string) => requireElement(document, `#${id}`);
  const leaderboard = new LeaderboardPanel(panel('leaderboard'));
  const neighbourhood = new NeighbourhoodPanel(panel('neighbourhood'));

  // One stats request feeds every overview panel; each panel shows its own failure.
  const stats: Promise<Stats> = fetchStats(SELECTABLE_BENCHMARKS, MATRIX_SIZE);
  await Promise.allSettled([
    loadPanel(panel('counts'), async () => renderCounts(panel('counts'), await stats)),
    loadPanel(panel('top-benchmarks'), async () => renderTopList(panel('top-benchmarks'), (await stats).topBenchmarks.slice(0, TOP), 'methods and models evaluated')),
    loadPanel(panel('top-methods'), async () => renderTopList(panel('top-methods'), (await stats).topMethods.slice(0, TOP), 'benchmarks')),
    loadPanel(panel('heatmap'), async () => renderHeatmap(panel('heatmap'), (await stats).matrix)),
    stats.then(
      (loaded) => leaderboard.start(loaded.topBenchmarks),
      () => loadPanel(panel('leaderboard'), () => stats.then(() => undefined)),
    ),
    stats.then(
      async (loaded) => {
        const first = loaded.topMethods[0]?.entity ?? loaded.topBenchmarks[0]?.entity;
        await loadPanel(panel('neighbourhood'), async () => {
          if (first) await neighbourhood.show(first);
        });
      },
      () => loadPanel(panel('neighbourhood'), () => stats.then(() => undefined)),
    ),
  ]);
  document.body.dataset.state = 'ready';
}

void start();
