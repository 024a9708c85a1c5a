/**
 * Runs one panel's loading: marks it busy while loading, shows a failure inside the panel
 * (the other panels go on), and marks it `data-state="ready"` when drawn, which the browser
 * tests wait for.
 */
export async function loadPanel(panel: HTMLElement, load: () => Promise<void>): Promise<void> {
  panel.setAttribute('aria-busy', 'true');
  panel.dataset.state = 'loading';
  panel.querySelector(':scope > .error')?.remove();
  try {
    await load();
    panel.dataset.state = 'ready';
  } catch (error) {
    panel.dataset.state = 'failed';
    const message = document.createElement('p');
    message.className = 'error';
    message.textContent = `Could not load: ${error instanceof Error ? error.message : String(error)}`;
    panel.append(message);
  } finally {
    panel.setAttribute('aria-busy', 'false');
  }
}

export function requireElement<T extends Element = HTMLElement>(root: ParentNode, selector: string): T {
  const element = root.querySelector<T & Element>(selector);
  if (!element) throw new Error(`the page lacks ${selector}`);
  return element;
}
