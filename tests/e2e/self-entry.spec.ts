import type { Page, TestInfo } from '@playwright/test';
import { axeViolations, expect, saveScreenshot, test } from './fixtures';
import { choosePassphrase, heading, KDF_TIMEOUT, PASSPHRASE } from './vault';

const PIN = '2580';
const RESIDENT = 'Ayşe Yılmaz';

async function snap(page: Page, testInfo: TestInfo, name: string, fullPage = true) {
  expect(await axeViolations(page), `axe on ${name}`).toEqual([]);
  await saveScreenshot(page, testInfo, `self-entry-${name}`, { fullPage });
}

/** The first run, with the gemeente step when the app has it. */
async function firstRun(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'Nieuw beginnen' }).click();
  await choosePassphrase(page);
  await page.getByRole('checkbox', { name: 'Ik heb de herstelcode veilig bewaard' }).check();
  await page.getByRole('button', { name: 'Verder' }).click();
  const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
  const gemeente = page.getByRole('button', { name: 'Opslaan en beginnen' });
  await expect(menu.or(gemeente)).toBeVisible();
  if (await gemeente.isVisible()) await gemeente.click();
  await expect(menu).toBeVisible();
}

/** A household with one adult through /huishouden/nieuw; returns its id. */
async function createHousehold(page: Page, label: string, name: string): Promise<string> {
  await page.goto('/#/huishouden/nieuw');
  await expect(heading(page, 'Nieuw huishouden')).toBeVisible();
  await page.getByLabel('Naam van het huishouden').fill(label);
  const row = page.getByRole('group', { name: 'Persoon 1' });
  await row.getByLabel('Naam', { exact: true }).fill(name);
  await row.getByLabel('Rol').selectOption('volwassene');
  await row.getByLabel('Geboortedatum (niet verplicht)').fill('02-06-1979');
  await page.getByRole('button', { name: 'Huishouden opslaan' }).click();
  await expect(heading(page, label)).toBeVisible();
  const match = /#\/huishouden\/([0-9a-f-]{36})$/.exec(page.url());
  if (match?.[1] === undefined) throw new Error(`no household id in ${page.url()}`);
  return match[1];
}

async function setPin(page: Page, testInfo: TestInfo): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Hoofdmenu' })
    .getByRole('link', { name: 'Instellingen' })
    .click();
  await page.getByRole('link', { name: 'Pincode instellen' }).click();
  await expect(heading(page, 'Pincode voor de zelfinvulmodus')).toBeVisible();
  await expect(page.getByText('Er is nog geen pincode.', { exact: false })).toBeVisible();
  await snap(page, testInfo, 'pincode-leeg');
  await page.getByLabel('Nieuwe pincode').fill('1234');
  await page.getByLabel('Typ de pincode nog een keer').fill('1234');
  await page.getByRole('button', { name: 'Pincode opslaan' }).click();
  await expect(page.getByRole('link', { name: /te makkelijk te raden/ })).toBeVisible();
  await snap(page, testInfo, 'pincode-fout');
  await page.getByLabel('Nieuwe pincode').fill(PIN);
  await page.getByLabel('Typ de pincode nog een keer').fill(PIN);
  await page.getByRole('button', { name: 'Pincode opslaan' }).click();
  await expect(page.getByText('De pincode is opgeslagen.')).toBeVisible();
  await snap(page, testInfo, 'pincode-opgeslagen');
}

/** From the intake's instruments step (its "Laat de inwoner zelf invullen" link) to the start screen. */
async function openStart(page: Page, householdId: string): Promise<string> {
  await page.goto(`/#/huishouden/${householdId}/gesprek/instrumenten`);
  const link = page.getByRole('link', { name: /^Laat de inwoner zelf invullen/ }).first();
  await expect(link).toBeVisible();
  const href = (await link.getAttribute('href')) ?? '';
  const personId = new RegExp(`/huishouden/${householdId}/zelf/([0-9a-f-]{36})$`).exec(href)?.[1];
  if (personId === undefined) throw new Error(`no person id in ${href}`);
  await link.click();
  await expect(heading(page, `Zelf invullen: ${RESIDENT}`)).toBeVisible();
  return personId;
}

const score = (page: Page, value: number) =>
  page.getByRole('radio', { name: String(value), exact: true });

const progress = (page: Page) => page.locator('.self-entry__progress');

async function expectOnlySelfEntry(page: Page, path: string, question: string) {
  await expect(page).toHaveURL(new RegExp(`#${path}$`));
  await expect(heading(page, question)).toBeVisible();
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await expect(page.locator('a')).toHaveCount(0);
}

test.describe('zelfinvulmodus', () => {
  test.setTimeout(240_000);

  test('PIN in settings; one question at a time; nothing else reachable; exit with PIN', async ({
    page,
  }, testInfo) => {
    await firstRun(page);
    await setPin(page, testInfo);
    const other = await createHousehold(page, 'Gezin Jansen', 'Anna Jansen');
    const own = await createHousehold(page, 'Gezin Yılmaz', RESIDENT);

    const personId = await openStart(page, own);
    const path = `/huishouden/${own}/zelf/${personId}`;
    await expect(
      page.getByText('Wilt u daarna terug naar uw scherm? Dan typt u uw pincode.'),
    ).toBeVisible();
    await snap(page, testInfo, 'start');
    await expect(page.getByRole('radio', { name: /^Spinnenweb/ })).toBeChecked();
    await page.getByRole('button', { name: `Geef de laptop aan ${RESIDENT}` }).click();

    await expectOnlySelfEntry(page, path, 'Lichaamsfuncties');
    await expect(progress(page)).toHaveText('Vraag 1 van 6');
    await expect(heading(page, 'Lichaamsfuncties')).toBeFocused();
    await snap(page, testInfo, 'pg-vraag-leeg');

    // Keyboard only: Tab into the scale, arrows choose, Tab to Volgende.
    await page.keyboard.press('Tab');
    await expect(score(page, 0)).toBeFocused();
    for (let step = 0; step < 7; step++) await page.keyboard.press('ArrowRight');
    await expect(score(page, 7)).toBeChecked();
    await snap(page, testInfo, 'pg-vraag-gekozen');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Volgende' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(heading(page, 'Mentaal welbevinden')).toBeFocused();
    await expect(progress(page)).toHaveText('Vraag 2 van 6');
    await page.keyboard.press('Tab');
    for (let step = 0; step < 4; step++) await page.keyboard.press('ArrowRight');
    await expect(score(page, 4)).toBeChecked();

    // Tab through the whole page: no link, nothing outside the resident's screen.
    const seen = new Set<string>();
    for (let step = 0; step < 25; step++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const element = document.activeElement;
        if (element === null || element === document.body) return 'body';
        const inside = element.closest('main.self-entry') !== null;
        return `${element.tagName.toLowerCase()}:${inside ? 'inside' : 'outside'}:${element.getAttribute('href') ?? ''}`;
      });
      seen.add(focused);
    }
    expect(
      [...seen].filter((entry) => entry.startsWith('a:') || entry.includes(':outside')),
    ).toEqual([]);
    await expectOnlySelfEntry(page, path, 'Mentaal welbevinden');

    // The other household by address (a hash change, as typed in the address bar), and Back.
    await page.evaluate((target) => {
      window.location.hash = target;
    }, `#/huishouden/${other}`);
    await expectOnlySelfEntry(page, path, 'Mentaal welbevinden');
    await page.goto(`/#/huishouden/${other}/gesprek/vraag`);
    await expectOnlySelfEntry(page, path, 'Mentaal welbevinden');
    await page.goBack();
    await expectOnlySelfEntry(page, path, 'Mentaal welbevinden');
    await expect(score(page, 4)).toBeChecked();

    // The Brug is not part of this round; walk to the end.
    for (let step = 2; step < 6; step++) {
      await page.getByRole('button', { name: 'Volgende' }).click();
    }
    await expect(progress(page)).toHaveText('Vraag 6 van 6');
    await page.getByRole('button', { name: 'Klaar' }).click();
    await expect(heading(page, 'Klaar? Geef de laptop terug.')).toBeVisible();
    await expect(
      page.getByText('Dank je wel. Je hebt 2 van de 6 vragen beantwoord.'),
    ).toBeVisible();
    await snap(page, testInfo, 'klaar');

    // Wrong PIN: stays. Right PIN: back at the intake.
    await page.getByRole('button', { name: 'Terug naar de professional' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Terug naar de professional' });
    await expect(dialog.getByLabel('Pincode')).toBeFocused();
    await snap(page, testInfo, 'uitgang-pincode', false);
    await dialog.getByLabel('Pincode').fill('9999');
    await dialog.getByRole('button', { name: 'Terug naar mijn scherm' }).click();
    await expect(
      dialog.getByText('Deze pincode klopt niet. U kunt het nog 4 keer proberen.'),
    ).toBeVisible();
    await snap(page, testInfo, 'uitgang-pincode-fout', false);
    await expect(page).toHaveURL(new RegExp(`#${path}$`));
    await dialog.getByLabel('Pincode').fill(PIN);
    await dialog.getByRole('button', { name: 'Terug naar mijn scherm' }).click();
    await expect(page).toHaveURL(new RegExp(`#/huishouden/${own}/gesprek/instrumenten$`));
    await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeVisible();

    // The answers are in the intake draft: the start screen counts them from there.
    await page.goto(`/#${path}`);
    await expect(heading(page, `Zelf invullen: ${RESIDENT}`)).toBeVisible();
    await expect(page.getByText('Al ingevuld: 2 van de 6.', { exact: false })).toBeVisible();
  });

  test('without a PIN the way back asks for the passphrase; Ctrl+L still locks', async ({
    page,
  }, testInfo) => {
    await firstRun(page);
    const own = await createHousehold(page, 'Gezin Yılmaz', RESIDENT);
    const personId = await openStart(page, own);
    const path = `/huishouden/${own}/zelf/${personId}`;
    await expect(
      page.getByText('Wilt u daarna terug naar uw scherm? Dan typt u uw wachtwoord.', {
        exact: false,
      }),
    ).toBeVisible();
    await page.getByText('Brug naar Zelfredzaamheid', { exact: true }).click();
    await expect(page.getByRole('radio', { name: /^Brug naar Zelfredzaamheid/ })).toBeChecked();
    await snap(page, testInfo, 'start-brug');
    await page.getByRole('button', { name: `Geef de laptop aan ${RESIDENT}` }).click();

    await expectOnlySelfEntry(page, path, 'Wonen');
    await expect(progress(page)).toHaveText('Vraag 1 van 7');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    const group = page.getByRole('radiogroup', { name: 'Welke zin past het best bij jou?' });
    await expect(group.getByRole('radio').nth(1)).toBeChecked();
    await snap(page, testInfo, 'brug-vraag');

    await page.getByRole('button', { name: 'Terug naar de professional' }).click();
    const dialog = page.getByRole('dialog', { name: 'Terug naar de professional' });
    const field = dialog.getByLabel('Wachtwoord');
    await expect(field).toBeFocused();
    await snap(page, testInfo, 'uitgang-wachtwoord', false);
    await field.fill('niet het goede wachtwoord');
    await dialog.getByRole('button', { name: 'Terug naar mijn scherm' }).click();
    await expect(dialog.getByText('Dit wachtwoord klopt niet. Probeer het opnieuw.')).toBeVisible({
      timeout: KDF_TIMEOUT,
    });
    await expect(page).toHaveURL(new RegExp(`#${path}$`));
    await field.fill(PASSPHRASE);
    await dialog.getByRole('button', { name: 'Terug naar mijn scherm' }).click();
    await expect(page).toHaveURL(new RegExp(`#/huishouden/${own}/gesprek/instrumenten$`), {
      timeout: KDF_TIMEOUT,
    });

    // Ctrl+L in the zelfinvulmodus locks; after unlock the mode is gone.
    await page.goto(`/#${path}`);
    // The Brug answer from before is counted on the start screen.
    await expect(page.getByText('Al ingevuld: 1 van de 7.', { exact: false })).toBeVisible();
    await page.getByRole('button', { name: `Geef de laptop aan ${RESIDENT}` }).click();
    await expectOnlySelfEntry(page, path, 'Lichaamsfuncties');
    await page.keyboard.press('Control+L');
    await expect(heading(page, 'Keukentafel is vergrendeld')).toBeVisible();
    await page.getByLabel('Wachtwoord', { exact: true }).fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Ontgrendelen' }).click();
    await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeVisible({
      timeout: KDF_TIMEOUT,
    });
    await expect(heading(page, `Zelf invullen: ${RESIDENT}`)).toBeVisible();
  });
});
