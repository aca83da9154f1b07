import type { Page } from '@playwright/test';
import { axeViolations, expect, saveScreenshot, test } from './fixtures';
import { completeFirstRun, heading } from './vault';

// WCAG 1.4.10 Reflow: at 320 CSS px (1280 px at 400% zoom) nothing may need sideways scrolling.
// The charts are the hard part: the spinnenweb's labels, the Kansencirkel's labels, the balance.

const PRACTICE = 'Oefendossier: gezin Jansen';

const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

/** Every visible box of `selector` lies inside the viewport, so nothing is cut off or hidden. */
async function expectInside(page: Page, selector: string) {
  const outside = await page.evaluate((css) => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll(css)]
      .map((element) => element.getBoundingClientRect())
      .filter((box) => box.width > 0 && (box.left < -0.5 || box.right > width + 0.5))
      .map((box) => `${box.left.toFixed(0)}..${box.right.toFixed(0)}`);
  }, selector);
  expect(outside, selector).toEqual([]);
}

test.describe('reflow at 320 px', () => {
  test.setTimeout(120_000);

  test('the intake instruments and the dossier fit 320 px without sideways scrolling', async ({
    page,
  }, testInfo) => {
    await completeFirstRun(page);
    await page
      .getByRole('region', { name: 'Recent' })
      .getByRole('link', { name: PRACTICE })
      .click();
    await expect(heading(page, PRACTICE)).toBeVisible();
    const householdId = /huishouden\/([0-9a-f-]{36})/.exec(page.url())?.[1];
    if (householdId === undefined) throw new Error(`no household id in ${page.url()}`);

    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(`/#/huishouden/${householdId}/gesprek/instrumenten`);
    const members = page.getByRole('tablist').first().getByRole('tab');
    await expect(members.first()).toBeVisible();

    // A score, so the values in the list and the balance proposals are shown too.
    const firstSlider = page.locator('.spiderweb__dim input').first();
    await firstSlider.focus();
    for (let press = 0; press < 7; press += 1) await page.keyboard.press('ArrowRight');
    await expect(page.locator('.spiderweb__value').first()).toHaveText('7');

    let sawKansencirkel = false;
    for (let member = 0; member < (await members.count()); member += 1) {
      await members.nth(member).click();
      const instruments = page.locator('.intake-tabs__tab--sub');
      for (let index = 0; index < (await instruments.count()); index += 1) {
        const tab = instruments.nth(index);
        if (!(await tab.isVisible())) continue;
        await tab.click();
        const name = (await tab.textContent()) ?? '';
        expect(await pageWidth(page), `${String(member)}: ${name}`).toBeLessThanOrEqual(320);
        if (name.startsWith('Positieve Gezondheid')) {
          // The labels with their values are a list under the web, all on screen, still named.
          await expectInside(page, '.spiderweb__dim');
          const sliders = page.locator('.spiderweb__dim input');
          for (let slider = 0; slider < (await sliders.count()); slider += 1) {
            await expect(sliders.nth(slider)).toHaveAccessibleName(/\S/);
          }
        }
        if (name.startsWith('Kansencirkel')) {
          sawKansencirkel = true;
          // Too small to read at this width: the words are in the list of areas instead.
          await expect(page.locator('.kc-label').first()).toBeHidden();
        }
        if (name.startsWith('Draagkracht')) await expectInside(page, '.balance button');
        if (member === 0 || name.startsWith('Kansencirkel')) {
          await saveScreenshot(page, testInfo, `reflow-320-${String(member)}-${String(index)}`);
        }
      }
    }
    expect(sawKansencirkel).toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(`/#/huishouden/${householdId}`);
    await expect(heading(page, PRACTICE)).toBeVisible();
    await expect(page.locator('.spiderweb').first()).toBeVisible();
    expect(await pageWidth(page)).toBeLessThanOrEqual(320);
    await expectInside(page, '.spiderweb__dim');
    await saveScreenshot(page, testInfo, 'reflow-320-dossier');

    // Wide again: the labels stand around the web as before.
    await page.setViewportSize({ width: 1280, height: 800 });
    await expect(page.locator('.spiderweb__spoke-number').first()).toBeHidden();
    expect(await pageWidth(page)).toBeLessThanOrEqual(1280);
  });
});
