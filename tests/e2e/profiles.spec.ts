import path from 'node:path';
import { MAASHORST, WIJK_BIJ_DUURSTEDE } from '../../shared/profiles';
import { axeViolations, expect, saveScreenshot, test } from './fixtures';
import { completeFirstRun, heading } from './vault';

// The first run makes a vault (PBKDF2, 600,000 rounds) before the screen can open.
test.setTimeout(120_000);

const BROKEN = path.resolve('docs/examples/profiles/kapot-profiel.json');

test('a beheerder switches the gemeente profile and a broken file is refused', async ({
  page,
}, testInfo) => {
  await completeFirstRun(page);
  await page.getByRole('link', { name: 'Instellingen' }).click();
  await expect(heading(page, 'Instellingen')).toBeVisible();
  await page.getByRole('link', { name: 'Gemeenteprofiel kiezen' }).click();
  await expect(heading(page, 'Gemeenteprofiel')).toBeVisible();

  const active = page.getByRole('region', { name: 'Profiel dat nu gebruikt wordt' });
  await expect(active).toContainText(WIJK_BIJ_DUURSTEDE.name);

  await page.getByRole('radio', { name: new RegExp(`^${MAASHORST.name} `) }).check();
  await page.getByRole('button', { name: 'Dit profiel gebruiken' }).click();
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: `Opgeslagen. De app gebruikt nu het profiel ${MAASHORST.name}.` }),
  ).toBeVisible();
  await expect(active).toContainText(MAASHORST.name);

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Profiel inlezen' }).click();
  await (await chooser).setFiles(BROKEN);
  const refusal = page.getByRole('alert').filter({ hasText: 'Het profiel is niet ingelezen' });
  await expect(refusal).toContainText('Er is niets veranderd.');
  await expect(refusal).toContainText(/Fout in het profiel bij voorziening \d+ in de catalogus/);
  await expect(active).toContainText(MAASHORST.name);
  await expect(page.getByRole('radio')).toHaveCount(4);

  expect(await axeViolations(page)).toEqual([]);
  await saveScreenshot(page, testInfo, 'gemeenteprofiel-kapot-bestand');

  // The choice is stored: a fresh visit to the screen reads it back from the settings.
  await page.getByRole('link', { name: 'Instellingen' }).click();
  await page.getByRole('link', { name: 'Gemeenteprofiel kiezen' }).click();
  await expect(heading(page, 'Gemeenteprofiel')).toBeVisible();
  await expect(active).toContainText(MAASHORST.name);
});
