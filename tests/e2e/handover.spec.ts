import { readFileSync, writeFileSync } from 'node:fs';
import type { Page, TestInfo } from '@playwright/test';
import { axeViolations, expect, saveScreenshot, test } from './fixtures';
import { completeFirstRun, freshProfile, heading, KDF_TIMEOUT } from './vault';

// Two vaults (PBKDF2, 600,000 rounds each) and a handover between them.
test.setTimeout(180_000);

async function snap(page: Page, testInfo: TestInfo, name: string) {
  expect(await axeViolations(page), `axe on ${name}`).toEqual([]);
  await saveScreenshot(page, testInfo, `handover-${name}`);
}

/** A household of one adult through /huishouden/nieuw; returns its id. */
async function createHousehold(page: Page, label: string, name: string): Promise<string> {
  await page.goto('/#/huishouden/nieuw');
  await expect(heading(page, 'Nieuw huishouden')).toBeVisible();
  await page.getByLabel('Naam van het huishouden').fill(label);
  const row = page.getByRole('group', { name: 'Persoon 1' });
  await row.getByLabel('Naam', { exact: true }).fill(name);
  await row.getByLabel('Rol').selectOption('volwassene');
  await page.getByRole('button', { name: 'Huishouden opslaan' }).click();
  await expect(heading(page, label)).toBeVisible();
  const match = /#\/huishouden\/([0-9a-f-]{36})$/.exec(page.url());
  if (match?.[1] === undefined) throw new Error(`no household id in ${page.url()}`);
  return match[1];
}

test('a household goes from one laptop to another with a code read out by phone', async ({
  page,
  browser,
  baseURL,
  guards,
}, testInfo) => {
  await completeFirstRun(page);
  const householdId = await createHousehold(page, 'Gezin Öztürk', 'Elif Öztürk');

  await page.goto(`/#/huishouden/${householdId}/overdragen`);
  await expect(heading(page, 'Dossier overdragen aan een collega')).toBeVisible();
  await expect(page.getByText('Gezin Öztürk')).toBeVisible();
  await snap(page, testInfo, 'maken');

  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Overdrachtsbestand maken' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^keukentafel-overdracht-.*\.ktov$/);
  const file = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(file);
  const codeList = page.getByRole('list', { name: 'Code in vier groepen van vijf tekens' });
  await expect(codeList).toBeVisible();
  const groups = await codeList.locator('[aria-hidden="true"]').allTextContents();
  expect(groups).toHaveLength(4);
  const code = groups.join('-');
  await snap(page, testInfo, 'code');

  // The colleague's laptop: a fresh browser profile with its own vault.
  const appOrigin = new URL(baseURL ?? '').origin;
  const context = await browser.newContext({
    baseURL: appOrigin,
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    viewport: { width: 1280, height: 800 },
  });
  try {
    const colleague = await freshProfile(context, guards, appOrigin);
    await completeFirstRun(colleague);
    await colleague
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Instellingen' })
      .click();
    await colleague.getByRole('link', { name: 'Dossier ontvangen' }).click();
    await expect(heading(colleague, 'Dossier ontvangen van een collega')).toBeVisible();

    // A copy changed on the way (one byte in the middle): refused, and nothing arrives here.
    const tampered = testInfo.outputPath('veranderd.ktov');
    const bytes = readFileSync(file);
    const middle = Math.floor(bytes.length / 2);
    bytes[middle] = (bytes[middle] ?? 0) ^ 0x01;
    writeFileSync(tampered, bytes);
    const tamperedChooser = colleague.waitForEvent('filechooser');
    await colleague.getByRole('button', { name: 'Bestand kiezen' }).click();
    await (await tamperedChooser).setFiles(tampered);
    await colleague.getByLabel('Code van uw collega').fill(code);
    await colleague.getByRole('button', { name: 'Bestand openen' }).click();
    await expect(
      colleague
        .getByText('Dit overdrachtsbestand is beschadigd of niet compleet.', { exact: false })
        .first(),
    ).toBeVisible({ timeout: KDF_TIMEOUT });
    await expect(colleague.getByRole('region', { name: 'Wat zit er in het bestand' })).toHaveCount(
      0,
    );
    await snap(colleague, testInfo, 'beschadigd');
    await colleague.goto('/#/');
    await expect(colleague.getByRole('searchbox')).toBeVisible();
    await colleague.getByRole('searchbox').fill('Öztürk');
    await expect(colleague.locator('a[data-result]')).toHaveCount(0);
    await colleague.goto('/#/overdracht-ontvangen');
    await expect(heading(colleague, 'Dossier ontvangen van een collega')).toBeVisible();

    const chooserPromise = colleague.waitForEvent('filechooser');
    await colleague.getByRole('button', { name: 'Bestand kiezen' }).click();
    await (await chooserPromise).setFiles(file);
    await expect(colleague.getByText(/^Gekozen: /)).toBeVisible();

    // A mis-heard character first: refused at the field, nothing opened.
    const typo = code.slice(0, -1) + (code.endsWith('A') ? 'B' : 'A');
    await colleague.getByLabel('Code van uw collega').fill(typo);
    await colleague.getByRole('button', { name: 'Bestand openen' }).click();
    await expect(colleague.getByText(/bevat een typefout/).first()).toBeVisible();
    await snap(colleague, testInfo, 'code-fout');

    await colleague.getByLabel('Code van uw collega').fill(code.replace(/-/g, ' ').toLowerCase());
    await colleague.getByRole('button', { name: 'Bestand openen' }).click();
    const preview = colleague.getByRole('region', { name: 'Wat zit er in het bestand' });
    await expect(preview).toBeVisible({ timeout: KDF_TIMEOUT });
    await expect(preview.getByText('Gezin Öztürk')).toBeVisible();
    await expect(preview.getByText('Nieuw op deze laptop: 2.')).toBeVisible();
    await snap(colleague, testInfo, 'voorbeeld');

    await colleague.getByRole('button', { name: 'Overnemen' }).click();
    await expect(colleague.getByText(/staat nu op deze laptop/)).toBeVisible();
    await colleague.getByRole('link', { name: 'Naar het dossier' }).click();
    await expect(heading(colleague, 'Gezin Öztürk')).toBeVisible();
    await expect(colleague.getByText('Elif Öztürk').first()).toBeVisible();
  } finally {
    await context.close();
  }
});

const PRACTICE = 'Oefendossier: gezin Jansen';

/** Exports a household through its handover screen; returns the saved file and the code. */
async function exportHousehold(page: Page, testInfo: TestInfo, householdId: string, name: string) {
  // Through the dossier, so the screen starts fresh even when it was open before.
  await page.goto(`/#/huishouden/${householdId}`);
  await expect(heading(page, PRACTICE)).toBeVisible();
  await page.goto(`/#/huishouden/${householdId}/overdragen`);
  await expect(heading(page, 'Dossier overdragen aan een collega')).toBeVisible();
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Overdrachtsbestand maken' }).click();
  const file = testInfo.outputPath(name);
  await (await downloadPromise).saveAs(file);
  const groups = await page
    .getByRole('list', { name: 'Code in vier groepen van vijf tekens' })
    .locator('[aria-hidden="true"]')
    .allTextContents();
  return { file, code: groups.join('-') };
}

/** Opens a handover file with its code on the import screen, up to the preview. */
async function openHandover(page: Page, file: string, code: string) {
  await page.goto('/#/overdracht-ontvangen');
  await expect(heading(page, 'Dossier ontvangen van een collega')).toBeVisible();
  const chooserPromise = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Bestand kiezen' }).click();
  await (await chooserPromise).setFiles(file);
  await page.getByLabel('Code van uw collega').fill(code);
  await page.getByRole('button', { name: 'Bestand openen' }).click();
  await expect(page.getByRole('region', { name: 'Wat zit er in het bestand' })).toBeVisible({
    timeout: KDF_TIMEOUT,
  });
}

test('a copy deleted here comes back only when the colleague chooses so', async ({
  page,
  browser,
  baseURL,
  guards,
}, testInfo) => {
  await completeFirstRun(page);
  await page.getByRole('link', { name: PRACTICE }).first().click();
  await expect(heading(page, PRACTICE)).toBeVisible();
  const match = /#\/huishouden\/([0-9a-f-]{36})$/.exec(page.url());
  if (match?.[1] === undefined) throw new Error(`no household id in ${page.url()}`);
  const householdId = match[1];
  const first = await exportHousehold(page, testInfo, householdId, 'eerste.ktov');

  const appOrigin = new URL(baseURL ?? '').origin;
  const context = await browser.newContext({
    baseURL: appOrigin,
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    viewport: { width: 1280, height: 800 },
  });
  try {
    const colleague = await freshProfile(context, guards, appOrigin);
    await completeFirstRun(colleague);
    await openHandover(colleague, first.file, first.code);
    // Take the whole file, whatever this laptop already had.
    for (const radio of await colleague
      .getByRole('radio', { name: 'Hun versie overnemen' })
      .all()) {
      await radio.check();
    }
    await colleague.getByRole('button', { name: 'Overnemen' }).click();
    await expect(colleague.getByText(/staat nu op deze laptop/)).toBeVisible();

    // The colleague deletes the household; then the sender hands it over again.
    await colleague.goto(`/#/huishouden/${householdId}`);
    await colleague.getByRole('button', { name: 'Oefendossier verwijderen' }).click();
    await colleague
      .getByRole('dialog', { name: 'Oefendossier verwijderen?' })
      .getByRole('button', { name: 'Ja, verwijderen' })
      .click();
    await expect(colleague.getByText('Het oefendossier is verwijderd.')).toBeVisible();

    const second = await exportHousehold(page, testInfo, householdId, 'tweede.ktov');
    await openHandover(colleague, second.file, second.code);
    const conflicts = colleague.getByRole('region', { name: 'Verschillen met uw versie' });
    await expect(conflicts).toBeVisible();
    await expect(
      conflicts.getByRole('table', { name: /Verschillen bij Huishouden/ }).getByRole('row', {
        name: /Verwijderd op/,
      }),
    ).toBeVisible();
    await snap(colleague, testInfo, 'verschillen');

    // Confirm without choosing: refused, named in the summary.
    await colleague.getByRole('button', { name: 'Overnemen' }).click();
    await expect(colleague.locator('.error-summary')).toBeFocused();
    await expect(
      colleague
        .locator('.error-summary')
        .getByRole('link', { name: /Kies welke versie u houdt van/ }),
    ).toHaveCount(4);
    await snap(colleague, testInfo, 'keuze-ontbreekt');

    // Keyboard: into each group on "Mijn versie houden", arrow to "Hun versie overnemen".
    const groups = await conflicts.getByRole('radiogroup').all();
    expect(groups.length).toBeGreaterThan(0);
    for (const group of groups) {
      await group.getByRole('radio', { name: 'Mijn versie houden' }).focus();
      await colleague.keyboard.press('ArrowDown');
      await expect(group.getByRole('radio', { name: 'Hun versie overnemen' })).toBeChecked();
    }
    await colleague.getByRole('button', { name: 'Overnemen' }).click();
    await expect(colleague.getByText(/staat nu op deze laptop/)).toBeVisible();
    await colleague.getByRole('link', { name: 'Naar het dossier' }).click();
    await expect(heading(colleague, PRACTICE)).toBeVisible();
  } finally {
    await context.close();
  }
});
