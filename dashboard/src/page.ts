import './style.css';
import './pages/pages.css';
import { pageTargetOf } from '../../core/page-paths.js';
import { requireElement } from './panel.js';
import { renderBenchmarkPage } from './pages/benchmark-page.js';
import { renderDatasetPage } from './pages/dataset-page.js';
import { el } from './pages/dom.js';
import { renderNotFound } from './pages/not-found-page.js';
import { renderPaperPage } from './pages/paper-page.js';
import { renderRepoPage } from './pages/repo-page.js';
import { startSearchBox } from './pages/search-box.js';
import { renderSubjectPage } from './pages/subject-page.js';
import { renderTaskPage } from './pages/task-page.js';

/**
 * The entity pages' script: one for every page type, which reads the entity from the path
 * (core/page-paths.ts) and draws it from the public GraphQL API. `body[data-state]` says when
 * it is done (`ready`, or `failed`), for the browser tests.
 */
async function start(): Promise<void> {
  startSearchBox(requireElement<HTMLFormElement>(document, 'form[data-role="search"]'));
  const main = requireElement(document, '#page');
  const target = pageTargetOf(location.pathname);
  try {
    let found = false;
    if (target) {
      const { label, key } = target;
      found = await (label === 'Benchmark'
        ? renderBenchmarkPage(main, key)
        : label === 'Method' || label === 'Model'
          ? renderSubjectPage(main, label, key)
          : label === 'Dataset'
            ? renderDatasetPage(main, key)
            : label === 'Task'
              ? renderTaskPage(main, key)
              : label === 'Repo'
                ? renderRepoPage(main, key)
                : renderPaperPage(main, key));
      main.dataset.type = label;
    }
    if (!found) await renderNotFound(main, location.pathname);
    document.body.dataset.state = 'ready';
  } catch (error) {
    main.replaceChildren(el('p', { class: 'error' }, `Could not load: ${error instanceof Error ? error.message : String(error)}`));
    document.body.dataset.state = 'failed';
  } finally {
    main.setAttribute('aria-busy', 'false');
  }
}

void start();
