import type { BrowserContext, Page } from '@playwright/test';
import { expect, staysInApp, type Guards } from './fixtures';

export const PASSPHRASE = 'paarse fiets rijdt langs het kanaal';

/** Key derivation (PBKDF2, 600,000 rounds) takes about a second; give it room on slow machines. */
export const KDF_TIMEOUT = 20_000;

export const heading = (page: Page, name: string) =>
  page.getByRole('heading', { level: 1, name, exact: true });

/** Fills the passphrase step of the first run and waits for the recovery code. */
export async function choosePassphrase(page: Page, passphrase = PASSPHRASE): Promise<string> {
  await page.getByLabel('Wachtwoord', { exact: true }).fill(passphrase);
  await page.getByLabel('Typ het wachtwoord nog een keer').fill(passphrase);
  await page.getByRole('button', { name: 'Wachtwoord maken' }).click();
  await expect(heading(page, 'Uw herstelcode')).toBeVisible({ timeout: KDF_TIMEOUT });
  return readRecoveryCode(page);
}

export async function readRecoveryCode(page: Page): Promise<string> {
  const groups = await page
    .getByRole('list', { name: 'Herstelcode' })
    .getByRole('listitem')
    .allTextContents();
  return groups.join('-');
}

/** On a new laptop the last step: keep the default gemeente profile (or pick one by name). */
export async function chooseGemeenteProfile(
  page: Page,
  name = 'Wijk bij Duurstede',
): Promise<void> {
  await expect(heading(page, 'Kies uw gemeente')).toBeVisible();
  await page.getByRole('radio', { name, exact: true }).check();
  await page.getByRole('button', { name: 'Opslaan en beginnen' }).click();
}

/**
 * Confirms the code was kept and waits for the unlocked start screen. After a first run the
 * gemeente profile step comes in between (after a recovery it does not): the default is kept.
 */
export async function confirmRecoveryCode(page: Page): Promise<void> {
  await page.getByRole('checkbox', { name: 'Ik heb de herstelcode veilig bewaard' }).check();
  await page.getByRole('button', { name: 'Verder' }).click();
  const profileStep = heading(page, 'Kies uw gemeente');
  await expect(profileStep.or(page.getByRole('navigation', { name: 'Hoofdmenu' }))).toBeVisible();
  if (await profileStep.isVisible()) await chooseGemeenteProfile(page);
  await expect(heading(page, 'Welkom bij Keukentafel')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeVisible();
}

/** The whole first run the quick way; returns the recovery code. */
export async function completeFirstRun(page: Page, passphrase = PASSPHRASE): Promise<string> {
  await page.goto('/');
  await page.getByRole('button', { name: 'Nieuw beginnen' }).click();
  const code = await choosePassphrase(page, passphrase);
  await confirmRecoveryCode(page);
  return code;
}

export async function expectLocked(page: Page): Promise<void> {
  await expect(heading(page, 'Keukentafel is vergrendeld')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toHaveCount(0);
}

export async function unlock(page: Page, passphrase = PASSPHRASE): Promise<void> {
  await page.getByLabel('Wachtwoord', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Ontgrendelen' }).click();
}

export async function unlockAndWait(page: Page, passphrase = PASSPHRASE): Promise<void> {
  await unlock(page, passphrase);
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeVisible({
    timeout: KDF_TIMEOUT,
  });
}

/**
 * A second browser context (a new profile: empty IndexedDB) under the same guards as the test's
 * own page: requests leaving the app are aborted and recorded, console errors are recorded.
 */
export async function freshProfile(
  context: BrowserContext,
  guards: Guards,
  appOrigin: string,
): Promise<Page> {
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (staysInApp(url, appOrigin)) {
      await route.continue();
    } else {
      guards.externalRequests.push(url);
      await route.abort('blockedbyclient');
    }
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') guards.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => {
    guards.consoleErrors.push(`pageerror: ${error.message}`);
  });
  return page;
}
