import type { Page } from '@playwright/test';
import { axeViolations, expect, saveScreenshot, test } from './fixtures';
import { completeFirstRun, heading } from './vault';

const PRACTICE = 'Oefendossier: gezin Jansen';
const BADGE = 'Oefendossier – verzonnen gegevens';

async function fillMember(
  page: Page,
  position: number,
  member: { name: string; role: string; birthDate: string },
) {
  const row = page.getByRole('group', { name: `Persoon ${String(position)}` });
  await row.getByLabel('Naam').fill(member.name);
  await row.getByLabel('Rol').selectOption({ label: member.role });
  await row.getByLabel('Geboortedatum (niet verplicht)').fill(member.birthDate);
}

const search = (page: Page) => page.getByRole('searchbox', { name: 'Zoek een huishouden' });
// One card per household; the members inside a card are a list of their own.
const results = (page: Page) =>
  page.getByRole('region', { name: 'Gevonden huishoudens' }).locator('li.caseload-item');

test.describe('caseload, new household and dossier', () => {
  test.setTimeout(120_000);

  test('from an empty profile: oefendossier, a new household, search and open', async ({
    page,
  }, testInfo) => {
    await completeFirstRun(page);

    // First day: the practice household is there, clearly marked.
    const recent = page.getByRole('region', { name: 'Recent' });
    await expect(recent.getByRole('link', { name: PRACTICE })).toBeVisible();
    await expect(recent.getByText(BADGE)).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, testInfo, 'caseload-leeg');

    await recent.getByRole('link', { name: PRACTICE }).click();
    await expect(heading(page, PRACTICE)).toBeVisible();
    await expect(heading(page, PRACTICE)).toBeFocused();
    await expect(page.getByText(BADGE)).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Volwassenen', exact: true })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Kinderen', exact: true })).toBeVisible();
    await expect(
      page.getByRole('heading', { name: 'Positieve Gezondheid voor volwassenen' }),
    ).toBeVisible();
    // The oefendossier has two PG measurements of Sanne: T0/T1 out of the box.
    const change = page.getByRole('heading', { level: 5, name: /^Wat is er veranderd sinds / });
    await expect(change).toBeVisible();
    await expect(page.getByText('Meedoen: van 4 naar 7, beter')).toBeVisible();
    await expect(page.getByText('Dagelijks functioneren: van 7 naar 5, minder goed')).toBeVisible();
    await expect(page.getByTestId('spiderweb-previous')).toBeVisible();
    await expect(page.locator('[data-bench="dossier"][data-household-id]')).toHaveCount(1);
    const plan = page.getByRole('region', { name: 'Plan' });
    await expect(plan.getByRole('link', { name: 'Plan openen' })).toBeVisible();
    await expect(plan.getByRole('link', { name: 'Overdragen aan een collega' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, testInfo, 'dossier-oefen');
    await change.scrollIntoViewIfNeeded();
    await saveScreenshot(page, testInfo, 'dossier-oefen-t0-t1', { fullPage: false });

    // A new household: nothing is saved while the form has errors.
    await page.getByRole('link', { name: 'Terug naar het overzicht' }).first().click();
    await page.getByRole('link', { name: 'Nieuw huishouden' }).click();
    await expect(heading(page, 'Nieuw huishouden')).toBeFocused();
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, testInfo, 'nieuw-huishouden-leeg');

    await page.getByRole('group', { name: 'Persoon 1' }).getByLabel('Naam').fill('Fatma');
    await page
      .getByRole('group', { name: 'Persoon 1' })
      .getByLabel('Geboortedatum (niet verplicht)')
      .fill('31-02-1980');
    await page.getByRole('button', { name: 'Huishouden opslaan' }).click();
    const summary = page.getByRole('heading', { name: 'Er is een probleem' });
    await expect(summary).toBeVisible();
    await expect(
      page.getByRole('link', { name: 'Vul de naam van het huishouden in.' }),
    ).toBeVisible();
    await expect(
      page.getByRole('link', {
        name: 'Kies de rol van persoon 1: volwassene, jongere of kind.',
      }),
    ).toBeVisible();
    await expect(
      page.getByRole('link', {
        name: 'De geboortedatum van persoon 1 bestaat niet. Kijk of de dag en de maand kloppen.',
      }),
    ).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, testInfo, 'nieuw-huishouden-fouten');

    await page.getByLabel('Naam van het huishouden').fill('Gezin Yılmaz-de Boer');
    await page
      .getByLabel('Adres (niet verplicht)')
      .fill('Lindenlaan 14, 3961 AB Wijk bij Duurstede');
    await fillMember(page, 1, {
      name: 'Fatma Yılmaz',
      role: 'Volwassene',
      birthDate: '03-11-1979',
    });
    await page.getByRole('button', { name: 'Persoon toevoegen' }).click();
    await expect(page.getByRole('group', { name: 'Persoon 2' }).getByLabel('Naam')).toBeFocused();
    await fillMember(page, 2, {
      name: 'Pieter de Boer',
      role: 'Volwassene',
      birthDate: '21-6-1977',
    });
    await page.getByRole('button', { name: 'Persoon toevoegen' }).click();
    await fillMember(page, 3, { name: 'Elif de Boer', role: 'Kind', birthDate: '09-09-2016' });
    await page.getByRole('button', { name: 'Huishouden opslaan' }).click();

    await expect(heading(page, 'Gezin Yılmaz-de Boer')).toBeVisible();
    await expect(
      page.getByText('Het huishouden Gezin Yılmaz-de Boer is opgeslagen.'),
    ).toBeVisible();
    await expect(page.getByText('Pieter de Boer')).toBeVisible();
    await expect(page.getByText('Elif de Boer')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Gesprek starten' })).toHaveAttribute(
      'href',
      /#\/huishouden\/[0-9a-f-]{36}\/gesprek\/vraag$/,
    );
    await expect(page.getByText(BADGE)).toHaveCount(0);
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, testInfo, 'dossier-nieuw');

    await page.getByRole('link', { name: 'Gegevens aanpassen' }).click();
    await expect(heading(page, 'Gegevens van Gezin Yılmaz-de Boer aanpassen')).toBeFocused();
    await expect(page.getByRole('group', { name: 'Persoon 1' }).getByLabel('Naam')).toHaveValue(
      'Pieter de Boer',
    );
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, testInfo, 'huishouden-aanpassen');
    await page.getByRole('link', { name: 'Terug zonder opslaan' }).click();
    await expect(heading(page, 'Gezin Yılmaz-de Boer')).toBeVisible();

    // Back to the caseload: search by name, by birth date and by part of the address.
    await page.getByRole('link', { name: 'Terug naar het overzicht' }).first().click();
    await expect(heading(page, 'Welkom bij Keukentafel')).toBeVisible();
    await search(page).fill('pieter');
    await expect(results(page)).toHaveCount(1);
    await expect(results(page).first()).toContainText('Gezin Yılmaz-de Boer');
    await expect(results(page).first()).toContainText('Gevonden op: naam.');
    await expect(
      page.getByRole('status').filter({ hasText: '1 huishouden gevonden.' }),
    ).toHaveCount(1);
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, testInfo, 'caseload-resultaten');

    await search(page).fill('9-9-2016');
    await expect(results(page)).toHaveCount(1);
    await expect(results(page).first()).toContainText('Gevonden op: geboortedatum.');

    await search(page).fill('lindenl');
    await expect(results(page)).toHaveCount(1);
    await expect(results(page).first()).toContainText('Gevonden op: adres.');

    await search(page).fill('jansen');
    await expect(results(page)).toHaveCount(1);
    await expect(results(page).first()).toContainText(PRACTICE);

    await search(page).fill('zzz');
    await expect(page.getByText('Geen huishoudens gevonden.').first()).toBeVisible();
    await expect(results(page)).toHaveCount(0);

    // Keyboard: arrow down from the search box to the hit, Enter opens it.
    await search(page).fill('wijk bij');
    await expect(results(page)).toHaveCount(1);
    await search(page).press('ArrowDown');
    await expect(page.getByRole('link', { name: 'Gezin Yılmaz-de Boer' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(heading(page, 'Gezin Yılmaz-de Boer')).toBeVisible();
  });

  test('the oefendossier can be deleted and does not come back', async ({ page }, testInfo) => {
    await completeFirstRun(page);
    await page.getByRole('link', { name: PRACTICE }).click();
    await expect(heading(page, PRACTICE)).toBeVisible();
    await page.getByRole('button', { name: 'Oefendossier verwijderen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Oefendossier verwijderen?' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Nee, bewaren' })).toBeFocused();
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, testInfo, 'dossier-oefen-verwijderen', { fullPage: false });
    await dialog.getByRole('button', { name: 'Ja, verwijderen' }).click();

    await expect(heading(page, 'Welkom bij Keukentafel')).toBeVisible();
    await expect(page.getByText('Het oefendossier is verwijderd.')).toBeVisible();
    await expect(page.getByText('U hebt nog geen huishoudens.')).toBeVisible();
    await search(page).fill('jansen');
    await expect(results(page)).toHaveCount(0);

    // After a reload and unlock the caseload is empty again: it is never made a second time.
    await page.reload();
    await page
      .getByLabel('Wachtwoord', { exact: true })
      .fill('paarse fiets rijdt langs het kanaal');
    await page.getByRole('button', { name: 'Ontgrendelen' }).click();
    await expect(page.getByText('U hebt nog geen huishoudens.')).toBeVisible({ timeout: 20_000 });
    await expect(page.getByRole('link', { name: PRACTICE })).toHaveCount(0);
  });

  test('reflows at 320 px without sideways scrolling', async ({ page }, testInfo) => {
    await page.setViewportSize({ width: 320, height: 720 });
    await completeFirstRun(page);
    const noSideways = () =>
      page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
    await expect(page.getByRole('link', { name: PRACTICE })).toBeVisible();
    expect(await noSideways()).toBe(true);
    await saveScreenshot(page, testInfo, 'smal-caseload');
    await page.getByRole('link', { name: PRACTICE }).click();
    await expect(heading(page, PRACTICE)).toBeVisible();
    await expect(page.getByRole('group', { name: /^Spinnenweb van Sanne Jansen/ })).toBeVisible();
    expect(await noSideways()).toBe(true);
    await saveScreenshot(page, testInfo, 'smal-dossier');
    await page.getByRole('link', { name: 'Start', exact: true }).click();
    await page.getByRole('link', { name: 'Nieuw huishouden' }).click();
    await page.getByRole('button', { name: 'Persoon toevoegen' }).click();
    await page.getByRole('button', { name: 'Huishouden opslaan' }).click();
    await expect(page.getByRole('heading', { name: 'Er is een probleem' })).toBeVisible();
    expect(await noSideways()).toBe(true);
    await saveScreenshot(page, testInfo, 'smal-nieuw-huishouden');
  });
});
