import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { WEB_LOCK_EVENT } from '../../renderer/src/platform/web';
import { axeViolations, expect, saveScreenshot, test } from './fixtures';
import {
  KDF_TIMEOUT,
  PASSPHRASE,
  completeFirstRun,
  confirmRecoveryCode,
  expectLocked,
  freshProfile,
  heading,
  readRecoveryCode,
  unlock,
  unlockAndWait,
} from './vault';

// Every test makes a vault (PBKDF2, 600,000 rounds) and unlocks it at least once.
test.setTimeout(120_000);

const SENTINEL = 'SENTINEL-Fatma-Yilmaz-0612345678';

async function expectNoAxeViolations(page: Page) {
  expect(await axeViolations(page)).toEqual([]);
}

/** Puts the sentinel on screen: typed in a visible (shown) field on the Back-up screen. */
async function showSentinel(page: Page) {
  await page.getByRole('link', { name: 'Back-up' }).click();
  await expect(heading(page, 'Back-up')).toBeVisible();
  const field = page.getByLabel('Wachtwoord van de back-up', { exact: true });
  await field.fill(SENTINEL);
  await page.getByRole('button', { name: 'Toon wachtwoord' }).click();
  await expect(field).toHaveAttribute('type', 'text');
  expect(await pageHolds(page, SENTINEL)).toBe(true);
}

/** True when `text` is anywhere in the page: visible text, markup, or a field's value. */
function pageHolds(page: Page, text: string) {
  return page.evaluate((needle) => {
    const values = [...document.querySelectorAll('input, textarea')].map(
      (field) => (field as HTMLInputElement).value,
    );
    return (
      document.body.innerText.includes(needle) ||
      document.documentElement.outerHTML.includes(needle) ||
      values.some((value) => value.includes(needle))
    );
  }, text);
}

async function expectSentinelGone(page: Page) {
  await expectLocked(page);
  expect(await pageHolds(page, SENTINEL)).toBe(false);
}

test.describe('first run', () => {
  test('passphrase, recovery code (downloadable), then the unlocked start screen', async ({
    page,
  }, testInfo) => {
    await page.goto('/');
    await expect(heading(page, 'Welkom bij Keukentafel')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Ik heb een back-up' })).toBeVisible();
    await expectNoAxeViolations(page);
    await saveScreenshot(page, testInfo, 'eerste-start');

    await page.getByRole('button', { name: 'Nieuw beginnen' }).click();
    await expect(heading(page, 'Kies een wachtwoord')).toBeFocused();
    await expect(page.getByText(/minstens 12 tekens, of minstens vier woorden/)).toBeVisible();
    await expectNoAxeViolations(page);
    await saveScreenshot(page, testInfo, 'wachtwoord-kiezen');

    // Too short: the summary takes focus and the field says why.
    await page.getByLabel('Wachtwoord', { exact: true }).fill('kort');
    await expect(page.getByText(/Sterkte: /)).toBeVisible();
    await page.getByRole('button', { name: 'Wachtwoord maken' }).click();
    await expect(page.locator('.error-summary')).toBeFocused();
    await expect(page.getByLabel('Wachtwoord', { exact: true })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    await expectNoAxeViolations(page);
    await saveScreenshot(page, testInfo, 'wachtwoord-kiezen-fout');

    await page.getByLabel('Wachtwoord', { exact: true }).fill(PASSPHRASE);
    await expect(page.getByText(/Dit wachtwoord is goed genoeg/)).toBeVisible();
    await page.getByLabel('Typ het wachtwoord nog een keer').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Wachtwoord maken' }).click();
    // The calm progress state while the key is derived.
    await expect(page.getByText('Even geduld, de sleutel wordt gemaakt…')).toBeVisible();
    await expect(page.locator('form[aria-busy="true"]')).toHaveCount(1);
    await expect(heading(page, 'Uw herstelcode')).toBeVisible({ timeout: KDF_TIMEOUT });

    const code = await readRecoveryCode(page);
    expect(code).toMatch(/^[A-Z0-9]{4}(-[A-Z0-9]{4})+/);
    await expectNoAxeViolations(page);
    await saveScreenshot(page, testInfo, 'herstelcode');

    const downloadPromise = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Bewaar als bestand' }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toBe('keukentafel-herstelcode.txt');
    const file = testInfo.outputPath('herstelcode.txt');
    await download.saveAs(file);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain(code);
    expect(text).toContain('NIET op de laptop met Keukentafel');
    await expect(page.getByText(/opgeslagen als keukentafel-herstelcode\.txt/)).toBeVisible();

    // The print stylesheet leaves only the code and its explanation.
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('button', { name: 'Afdrukken' })).toBeHidden();
    await expect(page.getByRole('navigation')).toHaveCount(0);
    await expect(page.getByText('Keukentafel – herstelcode')).toBeVisible();
    await saveScreenshot(page, testInfo, 'herstelcode-afdruk');
    await page.emulateMedia({ media: 'screen' });

    // Going on needs the checkbox.
    await page.getByRole('button', { name: 'Verder' }).click();
    await expect(
      page.getByText('Vink eerst aan dat u de herstelcode veilig hebt bewaard.').first(),
    ).toBeVisible();
    await expectNoAxeViolations(page);
    await confirmRecoveryCode(page);
    expect(await pageHolds(page, code)).toBe(false);
    await expectNoAxeViolations(page);
    await saveScreenshot(page, testInfo, 'start-ontgrendeld');
  });
});

test.describe('locking', () => {
  test('the Vergrendelen button locks and clears the screen', async ({ page }, testInfo) => {
    await completeFirstRun(page);
    await showSentinel(page);
    await page.getByRole('button', { name: 'Vergrendelen Ctrl+L' }).click();
    await expectSentinelGone(page);
    await expect(
      page.getByText('U hebt de app vergrendeld. Uw gegevens zijn veilig.'),
    ).toBeVisible();
    await expect(page.getByLabel('Wachtwoord', { exact: true })).toBeFocused();
    await expectNoAxeViolations(page);
    await saveScreenshot(page, testInfo, 'vergrendeld');
    await unlockAndWait(page);
    await expect(heading(page, 'Back-up')).toBeVisible();
    expect(await pageHolds(page, SENTINEL)).toBe(false);
  });

  test('Ctrl+L locks, also while typing in a field', async ({ page }) => {
    await completeFirstRun(page);
    await showSentinel(page);
    await page.getByLabel('Wachtwoord van de back-up', { exact: true }).focus();
    await page.keyboard.press('Control+L');
    await expectSentinelGone(page);
  });

  test('the operating system lock event locks', async ({ page }, testInfo) => {
    await completeFirstRun(page);
    await showSentinel(page);
    await page.evaluate((type) => {
      window.dispatchEvent(new CustomEvent(type, { detail: { reason: 'screen-lock' } }));
    }, WEB_LOCK_EVENT);
    await expectSentinelGone(page);
    await expect(
      page.getByText(
        'De app is vergrendeld omdat de computer op slot ging. Uw gegevens zijn veilig.',
      ),
    ).toBeVisible();
    await saveScreenshot(page, testInfo, 'vergrendeld-scherm-op-slot');
  });

  test('idle locks after the minutes from the settings', async ({ page }, testInfo) => {
    await page.clock.install();
    await completeFirstRun(page);

    await page.getByRole('link', { name: 'Instellingen' }).click();
    await expect(heading(page, 'Instellingen')).toBeVisible();
    const minutes = page.getByLabel('Vergrendel na zoveel minuten zonder gebruik');
    await expect(minutes).toHaveValue('5');
    await minutes.fill('45');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect(page.locator('.error-summary')).toBeFocused();
    await expect(minutes).toHaveAccessibleDescription(/Kies een heel getal van 1 tot en met 30/);
    await expectNoAxeViolations(page);
    await saveScreenshot(page, testInfo, 'instellingen-fout');
    await minutes.fill('2');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect(
      page.getByText('Opgeslagen. De app vergrendelt na 2 minuten zonder gebruik.'),
    ).toBeVisible();
    await expectNoAxeViolations(page);
    await saveScreenshot(page, testInfo, 'instellingen');

    await showSentinel(page);
    await page.clock.fastForward('01:50');
    await expect(heading(page, 'Back-up')).toBeVisible();
    await page.clock.fastForward('00:15');
    await expectSentinelGone(page);
    await expect(
      page.getByText(
        'De app is vergrendeld omdat u 2 minuten niets hebt gedaan. Uw gegevens zijn veilig.',
      ),
    ).toBeVisible();
    await saveScreenshot(page, testInfo, 'vergrendeld-inactief');

    // The setting was stored: after unlock the timer still runs with 2 minutes.
    await unlockAndWait(page);
    await page.mouse.move(10, 10);
    await page.clock.fastForward('01:00');
    await page.mouse.move(20, 20);
    await page.clock.fastForward('01:30');
    await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeVisible();
    await page.clock.fastForward('00:40');
    await expectLocked(page);
  });
});

test.describe('unlocking', () => {
  test('a wrong passphrase says so in Dutch and deletes nothing', async ({ page }, testInfo) => {
    await completeFirstRun(page);
    // Something stored before the mistakes, to find back afterwards.
    await page.getByRole('link', { name: 'Instellingen' }).click();
    await page.getByLabel('Vergrendel na zoveel minuten zonder gebruik').fill('7');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect(page.getByText(/vergrendelt na 7 minuten/)).toBeVisible();
    await page.keyboard.press('Control+L');
    await expectLocked(page);

    await unlock(page, 'dit is niet mijn wachtwoord');
    await expect(
      page.getByText('Dit wachtwoord klopt niet. Er is niets gewist. Probeer het opnieuw.').first(),
    ).toBeVisible({ timeout: KDF_TIMEOUT });
    await expect(page.locator('.error-summary')).toBeFocused();
    await expectNoAxeViolations(page);
    await saveScreenshot(page, testInfo, 'ontgrendelen-fout');

    // A reload (a restart) still finds the vault.
    await page.reload();
    await expectLocked(page);
    await unlockAndWait(page);
    await page.getByRole('link', { name: 'Instellingen' }).click();
    await expect(page.getByLabel('Vergrendel na zoveel minuten zonder gebruik')).toHaveValue('7');
  });

  test('repeated failures slow down, with a Dutch message', async ({ page }, testInfo) => {
    await completeFirstRun(page);
    await page.keyboard.press('Control+L');
    await expectLocked(page);
    const throttled = page.getByText(/U hebt te vaak een verkeerd wachtwoord getypt\. Wacht/);
    for (let attempt = 1; attempt <= 6; attempt += 1) {
      await unlock(page, `verkeerd wachtwoord nummer ${attempt}`);
      await expect(page.locator('form[aria-busy="false"]')).toHaveCount(1, {
        timeout: KDF_TIMEOUT,
      });
      if (await throttled.isVisible()) break;
    }
    await expect(throttled).toBeVisible();
    await expect(throttled).toContainText('Er is niets gewist.');
    await expectNoAxeViolations(page);
    await saveScreenshot(page, testInfo, 'ontgrendelen-vertraagd');
  });

  test('change the passphrase, then only the new one unlocks', async ({ page }, testInfo) => {
    const next = 'groene tram naar het strand';
    await completeFirstRun(page);
    await page.getByRole('link', { name: 'Instellingen' }).click();
    await page.getByRole('link', { name: 'Wachtwoord wijzigen' }).click();
    await expect(heading(page, 'Wachtwoord wijzigen')).toBeFocused();
    await expectNoAxeViolations(page);
    await saveScreenshot(page, testInfo, 'wachtwoord-wijzigen');

    await page.getByLabel('Huidig wachtwoord').fill(PASSPHRASE);
    await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill(next);
    await page.getByLabel('Typ het nieuwe wachtwoord nog een keer').fill(next);
    await page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
    await expect(
      page.getByText('Uw wachtwoord is gewijzigd. Gebruik vanaf nu het nieuwe wachtwoord.'),
    ).toBeVisible({ timeout: KDF_TIMEOUT * 2 });
    await expectNoAxeViolations(page);
    await saveScreenshot(page, testInfo, 'wachtwoord-gewijzigd');

    await page.keyboard.press('Control+L');
    await expectLocked(page);
    await unlock(page, PASSPHRASE);
    await expect(page.getByText(/Dit wachtwoord klopt niet/).first()).toBeVisible({
      timeout: KDF_TIMEOUT,
    });
    await page.getByLabel('Wachtwoord', { exact: true }).fill('');
    await unlockAndWait(page, next);
  });

  test('recover with the recovery code sets a new passphrase', async ({ page }, testInfo) => {
    const next = 'blauwe boot op de rivier';
    const code = await completeFirstRun(page);
    await page.keyboard.press('Control+L');
    await expectLocked(page);
    await page.getByRole('button', { name: 'Wachtwoord vergeten? Gebruik uw herstelcode' }).click();
    await expect(heading(page, 'Nieuw wachtwoord met uw herstelcode')).toBeFocused();
    await expectNoAxeViolations(page);
    await saveScreenshot(page, testInfo, 'herstellen');

    await page
      .getByLabel('Herstelcode', { exact: true })
      .fill(code.toLowerCase().replaceAll('-', ' '));
    await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill(next);
    await page.getByLabel('Typ het nieuwe wachtwoord nog een keer').fill(next);
    await page.getByRole('button', { name: 'Nieuw wachtwoord instellen' }).click();
    await expect(page.getByText(/De oude herstelcode werkt niet meer/)).toBeVisible({
      timeout: KDF_TIMEOUT * 2,
    });
    const newCode = await readRecoveryCode(page);
    expect(newCode).not.toBe(code);
    await expectNoAxeViolations(page);
    await saveScreenshot(page, testInfo, 'herstellen-nieuwe-code');
    await confirmRecoveryCode(page);

    await page.keyboard.press('Control+L');
    await expectLocked(page);
    await unlockAndWait(page, next);
  });
});

test.describe('backup and restore', () => {
  test('a backup made here restores on a new laptop; a tampered copy is refused', async ({
    page,
    browser,
    baseURL,
    guards,
  }, testInfo) => {
    await completeFirstRun(page);
    await page.getByRole('link', { name: 'Instellingen' }).click();
    await page.getByLabel('Vergrendel na zoveel minuten zonder gebruik').fill('9');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect(page.getByText(/vergrendelt na 9 minuten/)).toBeVisible();

    await page.getByRole('link', { name: 'Back-up' }).click();
    await expect(heading(page, 'Back-up')).toBeVisible();
    await expectNoAxeViolations(page);
    await saveScreenshot(page, testInfo, 'back-up');
    const downloadPromise = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Back-up maken' }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toMatch(/^keukentafel-reservekopie-.*\.ktbk$/);
    const backupFile = testInfo.outputPath(download.suggestedFilename());
    await download.saveAs(backupFile);
    await expect(page.getByText(/De back-up is opgeslagen als/)).toBeVisible();

    const bytes = readFileSync(backupFile);
    const tamperedFile = testInfo.outputPath('veranderd.ktbk');
    const tampered = Buffer.from(bytes);
    const middle = Math.floor(tampered.length / 2);
    tampered[middle] = (tampered[middle] ?? 0) ^ 0xff;
    writeFileSync(tamperedFile, tampered);
    const truncatedFile = testInfo.outputPath('afgekapt.ktbk');
    writeFileSync(truncatedFile, bytes.subarray(0, Math.floor(bytes.length * 0.7)));

    // A new laptop: a fresh browser profile with an empty database.
    const appOrigin = new URL(baseURL ?? '').origin;
    const context = await browser.newContext({
      baseURL: appOrigin,
      locale: 'nl-NL',
      timezoneId: 'Europe/Amsterdam',
      viewport: { width: 1280, height: 800 },
    });
    try {
      const fresh = await freshProfile(context, guards, appOrigin);
      await fresh.goto('/');
      await fresh.getByRole('button', { name: 'Ik heb een back-up' }).click();
      await expect(heading(fresh, 'Back-up terugzetten')).toBeFocused();
      await expectNoAxeViolations(fresh);
      await saveScreenshot(fresh, testInfo, 'terugzetten-nieuwe-laptop');

      const choose = async (file: string) => {
        const chooserPromise = fresh.waitForEvent('filechooser');
        await fresh.getByRole('button', { name: /Bestand kiezen|Ander bestand kiezen/ }).click();
        const chooser = await chooserPromise;
        await chooser.setFiles(file);
        await expect(fresh.getByText(/^Gekozen: /)).toBeVisible();
      };
      const secret = fresh.getByLabel('Wachtwoord van de back-up', { exact: true });

      // Tampered: refused in Dutch, nothing restored.
      await choose(tamperedFile);
      await secret.fill(PASSPHRASE);
      await fresh.getByRole('button', { name: 'Back-up controleren' }).click();
      const refused = fresh
        .getByRole('alert')
        .filter({ hasText: 'De gegevens op deze laptop zijn niet veranderd.' });
      await expect(refused).toBeVisible({ timeout: KDF_TIMEOUT });
      await expectNoAxeViolations(fresh);
      await saveScreenshot(fresh, testInfo, 'terugzetten-geweigerd');

      // Truncated: refused too.
      await choose(truncatedFile);
      await fresh.getByRole('button', { name: 'Back-up controleren' }).click();
      await expect(refused).toBeVisible({ timeout: KDF_TIMEOUT });

      // Wrong passphrase for the real file: refused at the field.
      await choose(backupFile);
      await secret.fill('niet het wachtwoord van de back-up');
      await fresh.getByRole('button', { name: 'Back-up controleren' }).click();
      await expect(fresh.getByText(/Dit wachtwoord klopt niet/).first()).toBeVisible({
        timeout: KDF_TIMEOUT,
      });

      // The database is still empty: a reload shows the first-run welcome.
      await fresh.reload();
      await expect(heading(fresh, 'Welkom bij Keukentafel')).toBeVisible();
      await expect(fresh.getByRole('button', { name: 'Nieuw beginnen' })).toBeVisible();

      await fresh.getByRole('button', { name: 'Ik heb een back-up' }).click();
      await choose(backupFile);
      await secret.fill(PASSPHRASE);
      await fresh.getByRole('button', { name: 'Back-up controleren' }).click();
      const preview = fresh.getByRole('region', { name: 'Dit zit in de back-up' });
      await expect(preview).toBeVisible({ timeout: KDF_TIMEOUT });
      await expect(preview.getByText('Gemaakt op')).toBeVisible();
      await expect(preview.getByText('Huishoudens')).toBeVisible();
      await expectNoAxeViolations(fresh);
      await saveScreenshot(fresh, testInfo, 'terugzetten-voorbeeld');

      await fresh.getByRole('button', { name: 'Terugzetten' }).click();
      const dialog = fresh.getByRole('dialog', { name: 'Back-up echt terugzetten?' });
      await expect(dialog).toBeVisible();
      await expect(dialog.getByRole('button', { name: 'Nee, niet terugzetten' })).toBeFocused();
      await expectNoAxeViolations(fresh);
      await saveScreenshot(fresh, testInfo, 'terugzetten-bevestigen', { fullPage: false });
      // Escape cancels; the page stays as it was.
      await fresh.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      await expect(fresh.getByRole('button', { name: 'Terugzetten' })).toBeFocused();

      await fresh.getByRole('button', { name: 'Terugzetten' }).click();
      await dialog.getByRole('button', { name: 'Ja, zet de back-up terug' }).click();
      await expect(
        fresh.getByText('De back-up is teruggezet. Uw gegevens staan nu op deze laptop.'),
      ).toBeVisible({ timeout: KDF_TIMEOUT });
      await expect(fresh.getByRole('navigation', { name: 'Hoofdmenu' })).toBeVisible();
      await saveScreenshot(fresh, testInfo, 'teruggezet');

      // The restored vault opens with the backup's passphrase and kept its settings.
      await fresh.keyboard.press('Control+L');
      await expectLocked(fresh);
      await unlockAndWait(fresh);
      await fresh.getByRole('link', { name: 'Instellingen' }).click();
      await expect(fresh.getByLabel('Vergrendel na zoveel minuten zonder gebruik')).toHaveValue(
        '9',
      );
    } finally {
      await context.close();
    }
  });

  test('the backup screen restores into the unlocked app after a preview', async ({
    page,
  }, testInfo) => {
    await completeFirstRun(page);
    await page.getByRole('link', { name: 'Back-up' }).click();
    const downloadPromise = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Back-up maken' }).click();
    const download = await downloadPromise;
    const backupFile = testInfo.outputPath('eigen.ktbk');
    await download.saveAs(backupFile);

    const chooserPromise = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Bestand kiezen' }).click();
    await (await chooserPromise).setFiles(backupFile);
    await page.getByRole('radio', { name: 'Met de herstelcode' }).check();
    await page.getByLabel('Herstelcode', { exact: true }).fill('ABCD');
    await page.getByRole('button', { name: 'Back-up controleren' }).click();
    await expect(page.locator('#restore-secret-error')).toBeVisible({ timeout: KDF_TIMEOUT });
    await page.getByRole('radio', { name: 'Met het wachtwoord van de back-up' }).check();
    await page.getByLabel('Wachtwoord van de back-up', { exact: true }).fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Back-up controleren' }).click();
    await expect(page.getByRole('region', { name: 'Dit zit in de back-up' })).toBeVisible({
      timeout: KDF_TIMEOUT,
    });
    await expectNoAxeViolations(page);
    await saveScreenshot(page, testInfo, 'back-up-voorbeeld');
    await page.getByRole('button', { name: 'Terugzetten' }).click();
    await page.getByRole('button', { name: 'Ja, zet de back-up terug' }).click();
    await expect(page.getByText(/De back-up is teruggezet:/)).toBeFocused({ timeout: KDF_TIMEOUT });
    await saveScreenshot(page, testInfo, 'back-up-teruggezet');
  });
});

test.describe('small windows', () => {
  test('the new screens reflow at 320 px without sideways scrolling', async ({
    page,
  }, testInfo) => {
    await page.setViewportSize({ width: 320, height: 720 });
    const code = await completeFirstRun(page);
    expect(code).not.toBe('');
    const noSideways = () =>
      page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
    expect(await noSideways()).toBe(true);
    await saveScreenshot(page, testInfo, 'smal-start');
    await page.getByRole('link', { name: 'Back-up' }).click();
    await expect(heading(page, 'Back-up')).toBeVisible();
    expect(await noSideways()).toBe(true);
    await page.keyboard.press('Control+L');
    await expectLocked(page);
    expect(await noSideways()).toBe(true);
    await saveScreenshot(page, testInfo, 'smal-vergrendeld');
    await page.getByRole('button', { name: 'Wachtwoord vergeten? Gebruik uw herstelcode' }).click();
    expect(await noSideways()).toBe(true);
  });
});
