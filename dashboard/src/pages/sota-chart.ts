import * as Plot from '@observablehq/plot';
import { toEntity, truncate, type EntityData } from '../entities.js';
import { entityPageUrl } from '../page-links.js';
import { el, entityLink, paperLink } from './dom.js';

export interface SotaHistoryData {
  metric: string | null;
  higherIsBetter: boolean;
  undatedCount: number;
  steps: Array<{ value: number; rawValue: string | null; date: string; dateSource: 'PUBLISHED' | 'ARXIV_ID'; subject: EntityData; paper: { key: string; title: string } | null }>;
}

/** Every dated result of the board, drawn faintly behind the steps. */
export interface DatedResult {
  date: string;
  value: number;
  label: string;
}

/** YYYY, YYYY-MM or YYYY-MM-DD as a UTC date. */
export function toDate(iso: string): Date {
  const [year, month = '01', day = '01'] = iso.split('-');
  return new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
}

/**
 * State of the art over time: the running best as a staircase, a dot per step (a link to the
 * paper that set it) named after its method or model, every other dated result faint behind.
 */
export function sotaChart(history: SotaHistoryData, results: DatedResult[], width: number): HTMLElement {
  const wrapper = el('div', { class: 'sota' });
  if (history.steps.length === 0) {
    wrapper.append(el('p', { class: 'note', 'data-role': 'sota-empty' }, `No dated results${history.metric ? ` in ${history.metric}` : ''}${history.undatedCount ? ` (${history.undatedCount} undated)` : ''}.`));
    return wrapper;
  }
  const steps = history.steps.map((step) => {
    const subject = toEntity(step.subject);
    return {
      date: toDate(step.date),
      value: step.value,
      subject: subject.label,
      href: step.paper ? entityPageUrl({ type: 'Paper', key: step.paper.key }) : entityPageUrl(subject),
      title: `${step.date}: ${subject.label} ${step.rawValue ?? step.value}${step.paper ? `\n${step.paper.title}` : ''}`,
    };
  });
  const last = steps.at(-1)!;
  // The staircase runs on to the newest result, so the last best is seen to hold.
  const end = results.reduce((latest, result) => Math.max(latest, toDate(result.date).getTime()), last.date.getTime());
  const line = [...steps, { ...last, date: new Date(end) }];
  const plot = Plot.plot({
    width: Math.max(width, 480),
    height: 320,
    marginRight: 120,
    x: { type: 'utc', label: 'paper date' },
    y: { label: `${history.metric ?? 'score'} (${history.higherIsBetter ? 'higher' : 'lower'} is better)`, grid: true, zero: false, nice: true, reverse: !history.higherIsBetter },
    marks: [
      Plot.dot(results.map((result) => ({ ...result, date: toDate(result.date) })), { x: 'date', y: 'value', r: 2.5, fill: '#c4cad4', title: 'label' }),
      Plot.line(line, { x: 'date', y: 'value', curve: 'step-after', stroke: '#3563c9', strokeWidth: 2 }),
      Plot.dot(steps, { x: 'date', y: 'value', r: 5, fill: '#e07b24', href: 'href', title: 'title' }),
      Plot.text(steps, { x: 'date', y: 'value', text: (step) => truncate(step.subject, 22), dy: -10, fontSize: 10 }),
    ],
  });
  plot.setAttribute('data-steps', String(steps.length));
  wrapper.append(plot);

  const list = el(
    'ol',
    { class: 'sota-steps', 'data-role': 'sota-steps' },
    ...history.steps.map((step) =>
      el(
        'li',
        {},
        el('span', { class: 'date' }, step.dateSource === 'ARXIV_ID' ? `${step.date} (arXiv)` : step.date),
        ' ',
        entityLink(toEntity(step.subject)),
        ` ${step.rawValue ?? step.value} — `,
        step.paper ? paperLink(step.paper) : 'no paper',
      ),
    ),
  );
  wrapper.append(list);
  if (history.undatedCount > 0) wrapper.append(el('p', { class: 'note' }, `${history.undatedCount} result${history.undatedCount === 1 ? '' : 's'} of undated papers left out.`));
  return wrapper;
}
