import type { Page } from '@playwright/test';
import { axeViolations, expect, saveScreenshot, test } from './fixtures';
import { completeFirstRun, heading } from './vault';

/**
 * Moves the keyboard's starting point to the top of the page. Blurring alone is not enough: the
 * browser goes on from the blurred heading, and the start screen has links after it.
 */
async function startTabbingFromTop(page: Page) {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    document.body.tabIndex = -1;
    document.body.focus();
    document.body.removeAttribute('tabindex');
  });
}

test.describe('app shell in the web host', () => {
  test.setTimeout(60_000);

  test('shows the Dutch first screen after the first run', async ({ page }, testInfo) => {
    await completeFirstRun(page);
    await expect(page).toHaveTitle('Welkom bij Keukentafel – Keukentafel');
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeVisible();
    // The start screen is the caseload: search, and the way to a new household.
    await expect(page.getByRole('searchbox', { name: 'Zoek een huishouden' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Nieuw huishouden' })).toBeVisible();
    await saveScreenshot(page, testInfo, 'start');
  });

  test('the first screen has no axe violations (WCAG 2.1 A and AA)', async ({ page }) => {
    await completeFirstRun(page);
    expect(await axeViolations(page)).toEqual([]);
  });

  test('the about screen shows the web host and has no axe violations', async ({
    page,
  }, testInfo) => {
    await completeFirstRun(page);
    await page.getByRole('link', { name: 'Over Keukentafel' }).click();
    await expect(heading(page, 'Over Keukentafel')).toBeVisible();
    await expect(page.getByText('Proefversie in de browser')).toBeVisible();
    await expect(page.getByText('0.1.0')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, testInfo, 'over');
  });

  test('an unknown route says so in Dutch and has no axe violations', async ({
    page,
  }, testInfo) => {
    await completeFirstRun(page);
    await page.evaluate(() => {
      window.location.hash = '#/bestaat-niet';
    });
    await expect(heading(page, 'Deze pagina bestaat niet')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, testInfo, 'niet-gevonden');
  });

  test('works by keyboard: skip link, menu, focus moves to the new heading', async ({ page }) => {
    await completeFirstRun(page);
    // After unlock the page title holds the focus.
    await expect(heading(page, 'Welkom bij Keukentafel')).toBeFocused();
    await startTabbingFromTop(page);
    await page.keyboard.press('Tab');
    const skipLink = page.getByRole('link', { name: 'Ga naar de inhoud' });
    await expect(skipLink).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Start' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Instellingen' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Back-up' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Over Keukentafel' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Vergrendelen Ctrl+L' })).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await expect(heading(page, 'Over Keukentafel')).toBeFocused();
    await expect(page.getByRole('link', { name: 'Over Keukentafel' })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });

  test('the skip link moves focus to the content and keeps the route', async ({ page }) => {
    await completeFirstRun(page);
    await startTabbingFromTop(page);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page.locator('#inhoud')).toBeFocused();
    await expect(heading(page, 'Welkom bij Keukentafel')).toBeVisible();
  });
});
