import { test as base, expect, type Page, type TestInfo } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import path from 'node:path';

export interface Guards {
  /** Requests that tried to leave the app's origin (they are aborted, never sent). */
  externalRequests: string[];
  consoleErrors: string[];
  /** Console errors a test provokes on purpose, e.g. a CSP violation report. */
  allowConsoleError: (pattern: RegExp) => void;
}

const localSchemes = new Set(['data:', 'blob:', 'about:']);

/** True when `url` stays inside the app: same origin as the app, or a local-only scheme. */
export function staysInApp(url: string, appOrigin: string): boolean {
  const parsed = new URL(url);
  return localSchemes.has(parsed.protocol) || parsed.origin === appOrigin;
}

export const test = base.extend<{ guards: Guards }>({
  guards: [
    async ({ context, page, baseURL }, use) => {
      const appOrigin = new URL(baseURL ?? 'http://127.0.0.1').origin;
      const externalRequests: string[] = [];
      const consoleErrors: string[] = [];
      const allowed: RegExp[] = [];

      // Every request passes this route; anything leaving the app origin is recorded and aborted.
      await context.route('**/*', async (route) => {
        const url = route.request().url();
        if (staysInApp(url, appOrigin)) {
          await route.continue();
        } else {
          externalRequests.push(url);
          await route.abort('blockedbyclient');
        }
      });
      page.on('console', (message) => {
        if (message.type() === 'error') consoleErrors.push(message.text());
      });
      page.on('pageerror', (error) => {
        consoleErrors.push(`pageerror: ${error.message}`);
      });

      await use({
        externalRequests,
        consoleErrors,
        allowConsoleError: (pattern) => allowed.push(pattern),
      });

      expect(externalRequests, 'requests that left the app origin').toEqual([]);
      const unexpected = consoleErrors.filter((text) => !allowed.some((re) => re.test(text)));
      expect(unexpected, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Axe with the WCAG 2.1 A and AA rules; returns the violations so the test can show them. */
export async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return results.violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact,
    help: violation.help,
    targets: violation.nodes.map((node) => node.target.join(' ')),
  }));
}

/**
 * Saves a screenshot under test-results/screenshots as a test artifact: the full page, or just the
 * viewport (`fullPage: false`) for a modal dialog, whose backdrop covers only the viewport.
 */
export async function saveScreenshot(
  page: Page,
  testInfo: TestInfo,
  name: string,
  { fullPage = true }: { fullPage?: boolean } = {},
) {
  const dir = path.join('test-results', 'screenshots');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.png`);
  await page.screenshot({ path: file, fullPage });
  await testInfo.attach(name, { path: file, contentType: 'image/png' });
}
