// The UI-level figures of `npm run bench`: the same seeded vault, opened in the real app (the
// built renderer, same origin as the harness page), driven the way a professional does it.
// Times are taken inside the page (performance.now), so Playwright's own latency does not count.

import type { Page } from '@playwright/test';

/** Markers the screens carry for these measurements (see CaseloadScreen and DossierScreen). */
export const UI_MARKERS = {
  caseloadList: '[data-bench="caseload-list"]',
  searchBox: 'input[type="search"]',
  resultLink: 'a[data-result]',
  dossier: '[data-bench="dossier"]',
} as const;

export interface UiRound {
  /** Click on "Ontgrendelen" until the caseload list is in the DOM. */
  readonly unlockToList: number;
  /** Key derivation alone, measured in the same page with the same parameters. */
  readonly kdf: number;
}

/** Unlocks through the lock screen; returns the time from the click to the visible caseload. */
export async function unlockThroughUi(page: Page, passphrase: string): Promise<UiRound> {
  const field = page.getByLabel('Wachtwoord', { exact: true });
  await field.waitFor();
  await field.fill(passphrase);
  const unlockToList = await page.evaluate(async (marker) => {
    const button = Array.from(document.querySelectorAll('button')).find(
      (candidate) => candidate.textContent.trim() === 'Ontgrendelen',
    );
    if (!button) throw new Error('no unlock button');
    const visible = new Promise<number>((resolve) => {
      const check = () => {
        if (document.querySelector(marker)) {
          observer.disconnect();
          resolve(performance.now());
        }
      };
      const observer = new MutationObserver(check);
      observer.observe(document.body, { childList: true, subtree: true, attributes: true });
    });
    const start = performance.now();
    button.click();
    return (await visible) - start;
  }, UI_MARKERS.caseloadList);
  const kdf = await page.evaluate(async (secret) => {
    const salt = crypto.getRandomValues(new Uint8Array(16));
    const key = await crypto.subtle.importKey(
      'raw',
      new TextEncoder().encode(secret),
      'PBKDF2',
      false,
      ['deriveBits'],
    );
    const start = performance.now();
    await crypto.subtle.deriveBits(
      { name: 'PBKDF2', hash: 'SHA-256', salt, iterations: 600_000 },
      key,
      256,
    );
    return performance.now() - start;
  }, passphrase);
  return { unlockToList, kdf };
}

/**
 * Types each query a character at a time into the search box. Per keystroke: from the input
 * event until the result list shows that query (React has rendered and committed it).
 */
export async function typeSearches(page: Page, queries: readonly string[]): Promise<number[]> {
  await page.locator(UI_MARKERS.searchBox).first().waitFor();
  return page.evaluate(
    async ({ queries: all, searchBox }) => {
      const input = document.querySelector<HTMLInputElement>(searchBox);
      if (!input) throw new Error('no search box');
      // The native setter, called with the input as `this`, bypasses React's value tracker so
      // the input event reaches onChange as if typed.
      // eslint-disable-next-line @typescript-eslint/unbound-method
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
      if (!setValue) throw new Error('no value setter');
      const shown = (query: string) =>
        document.querySelector(`[data-bench-query="${CSS.escape(query)}"]`) !== null;
      const times: number[] = [];
      for (const query of all) {
        for (let length = 1; length <= query.length; length++) {
          const prefix = query.slice(0, length);
          const start = performance.now();
          setValue.call(input, prefix);
          input.dispatchEvent(new Event('input', { bubbles: true }));
          if (!shown(prefix)) {
            await new Promise<void>((resolve) => {
              const observer = new MutationObserver(() => {
                if (shown(prefix)) {
                  observer.disconnect();
                  resolve();
                }
              });
              observer.observe(document.body, { childList: true, subtree: true, attributes: true });
            });
          }
          times.push(performance.now() - start);
        }
        setValue.call(input, '');
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
      return times;
    },
    { queries, searchBox: UI_MARKERS.searchBox },
  );
}

/**
 * Opens `count` households from search results: from the click on a result until the dossier
 * of that household has rendered with its data. Goes back to the caseload between opens.
 */
export async function openDossiers(
  page: Page,
  queries: readonly string[],
  count: number,
): Promise<number[]> {
  const times: number[] = [];
  for (let index = 0; times.length < count && index < count * 3; index++) {
    const query = queries[index % queries.length] ?? '';
    const search = page.locator(UI_MARKERS.searchBox).first();
    await search.fill(query);
    await page.locator(`[data-bench-query="${query}"]`).waitFor();
    const links = page.locator(UI_MARKERS.resultLink);
    const available = await links.count();
    if (available === 0) continue;
    const link = links.nth(index % Math.min(available, 10));
    const time = await link.evaluate(async (element, marker) => {
      const href = element.getAttribute('href') ?? '';
      const householdId = href.split('/').pop() ?? '';
      const selector = `${marker}[data-household-id="${CSS.escape(householdId)}"]`;
      const rendered = new Promise<number>((resolve) => {
        const observer = new MutationObserver(() => {
          if (document.querySelector(selector)) {
            observer.disconnect();
            resolve(performance.now());
          }
        });
        observer.observe(document.body, { childList: true, subtree: true, attributes: true });
      });
      const start = performance.now();
      (element as HTMLElement).click();
      return (await rendered) - start;
    }, UI_MARKERS.dossier);
    times.push(time);
    await page.goBack();
  }
  return times;
}
