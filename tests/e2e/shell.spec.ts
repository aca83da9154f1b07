import { axeViolations, expect, saveScreenshot, test } from './fixtures';

test.describe('app shell in the web host', () => {
  test('shows the Dutch first screen', async ({ page }, testInfo) => {
    await page.goto('/');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Welkom bij Keukentafel' }),
    ).toBeVisible();
    await expect(page).toHaveTitle('Welkom bij Keukentafel – Keukentafel');
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeVisible();
    await expect(page.getByText('De app is gestart en werkt.')).toBeVisible();
    await saveScreenshot(page, testInfo, 'start');
  });

  test('the first screen has no axe violations (WCAG 2.1 A and AA)', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });

  test('the about screen shows the web host and has no axe violations', async ({
    page,
  }, testInfo) => {
    await page.goto('/#/over');
    await expect(page.getByRole('heading', { level: 1, name: 'Over Keukentafel' })).toBeVisible();
    await expect(page.getByText('Proefversie in de browser')).toBeVisible();
    await expect(page.getByText('0.1.0')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, testInfo, 'over');
  });

  test('an unknown route says so in Dutch and has no axe violations', async ({
    page,
  }, testInfo) => {
    await page.goto('/#/bestaat-niet');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Deze pagina bestaat niet' }),
    ).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, testInfo, 'niet-gevonden');
  });

  test('works by keyboard: skip link, menu, focus moves to the new heading', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.keyboard.press('Tab');
    const skipLink = page.getByRole('link', { name: 'Ga naar de inhoud' });
    await expect(skipLink).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Start' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Over Keukentafel' })).toBeFocused();
    await page.keyboard.press('Enter');
    const heading = page.getByRole('heading', { level: 1, name: 'Over Keukentafel' });
    await expect(heading).toBeFocused();
    await expect(page.getByRole('link', { name: 'Over Keukentafel' })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });
});
