import path from 'node:path';
import { MAASHORST, WIJK_BIJ_DUURSTEDE } from '../../shared/profiles';
import { axeViolations, expect, saveScreenshot, test } from './fixtures';
import { completeFirstRun, expectLocked, heading, unlockAndWait } from './vault';

// The first run makes a vault (PBKDF2, 600,000 rounds) before the screen can open.
test.setTimeout(120_000);

const BROKEN = path.resolve('docs/examples/profiles/kapot-profiel.json');
const EXAMPLE = path.resolve('docs/examples/profiles/voorbeeldstad.json');

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

test('an imported profile is sealed on the laptop: it survives a reload and unlock, until removed', async ({
  page,
}, testInfo) => {
  await completeFirstRun(page);
  const openScreen = async () => {
    await page.getByRole('link', { name: 'Instellingen' }).click();
    await page.getByRole('link', { name: 'Gemeenteprofiel kiezen' }).click();
    await expect(heading(page, 'Gemeenteprofiel')).toBeVisible();
  };
  await openScreen();
  const active = page.getByRole('region', { name: 'Profiel dat nu gebruikt wordt' });
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Profiel inlezen' }).click();
  await (await chooser).setFiles(EXAMPLE);
  await expect(
    page.getByRole('status').filter({ hasText: 'Het profiel Voorbeeldstad' }),
  ).toBeVisible();
  await page.getByRole('radio', { name: /^Voorbeeldstad .*ingelezen\)$/ }).check();
  await page.getByRole('button', { name: 'Dit profiel gebruiken' }).click();
  await expect(active).toContainText('Voorbeeldstad');

  // A restart: the page reloads, the vault is locked, nothing is in memory any more.
  await page.reload();
  await expectLocked(page);
  await unlockAndWait(page);
  await openScreen();
  await expect(active).toContainText('Voorbeeldstad');
  await expect(active).not.toContainText('Let op');
  const list = page.getByRole('list', { name: 'Ingelezen profielen' });
  await expect(list).toContainText('Voorbeeldstad (versie 0.1.0');

  await page.getByRole('button', { name: 'Profiel Voorbeeldstad verwijderen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Profiel Voorbeeldstad verwijderen?' });
  await expect(dialog).toContainText('De app gebruikt dit profiel nu.');
  await saveScreenshot(page, testInfo, 'gemeenteprofiel-verwijderen');
  await dialog.getByRole('button', { name: 'Ja, verwijderen' }).click();
  // Removing the active profile also chooses the default, and says so: no fallback warning needed.
  await expect(
    page.getByRole('status').filter({
      hasText: `Het profiel Voorbeeldstad is verwijderd. De app gebruikt nu het profiel ${WIJK_BIJ_DUURSTEDE.name}.`,
    }),
  ).toBeVisible();
  await expect(active).not.toContainText('Let op');
  await expect(active).toContainText(WIJK_BIJ_DUURSTEDE.name);
  await expect(page.getByText('U hebt nog geen profiel ingelezen.')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await saveScreenshot(page, testInfo, 'gemeenteprofiel-terugval');

  // Still gone after the next restart, with the default chosen (the fallback notice for a profile
  // that disappeared without being removed here is in tests/unit/renderer/profiles.test.tsx).
  await page.reload();
  await expectLocked(page);
  await unlockAndWait(page);
  await openScreen();
  await expect(active).toContainText(WIJK_BIJ_DUURSTEDE.name);
  await expect(active).not.toContainText('Let op');
  await expect(page.getByRole('radio', { name: /^Voorbeeldstad / })).toHaveCount(0);
});
