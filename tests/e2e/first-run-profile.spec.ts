import { MAASTRICHT } from '../../shared/profiles';
import { axeViolations, expect, saveScreenshot, test } from './fixtures';
import { choosePassphrase, heading } from './vault';

// The first run makes a vault (PBKDF2, 600,000 rounds) before the profile step can open.
test.setTimeout(120_000);

test('a new laptop asks for the gemeente profile last, by keyboard, and keeps it', async ({
  page,
}, testInfo) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Nieuw beginnen' }).click();
  await expect(page.getByText('Stap 1 van 3')).toBeVisible();
  await choosePassphrase(page);
  await expect(page.getByText('Stap 2 van 3')).toBeVisible();
  await page.getByRole('checkbox', { name: 'Ik heb de herstelcode veilig bewaard' }).check();
  await page.getByRole('button', { name: 'Verder' }).click();

  await expect(heading(page, 'Kies uw gemeente')).toBeFocused();
  await expect(page.getByText('Stap 3 van 3')).toBeVisible();
  const group = page.getByRole('radiogroup', { name: 'Gemeenteprofiel' });
  await expect(group.getByRole('radio', { name: 'Wijk bij Duurstede', exact: true })).toBeChecked();
  expect(await axeViolations(page)).toEqual([]);
  await saveScreenshot(page, testInfo, 'eerste-start-gemeente');

  // Keyboard only: Tab into the group lands on the chosen option; arrows move the choice.
  await page.keyboard.press('Tab');
  await expect(group.getByRole('radio', { name: 'Wijk bij Duurstede', exact: true })).toBeFocused();
  for (let step = 0; step < 3; step += 1) await page.keyboard.press('ArrowDown');
  await expect(group.getByRole('radio', { name: MAASTRICHT.name, exact: true })).toBeChecked();
  await saveScreenshot(page, testInfo, 'eerste-start-gemeente-gekozen');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeVisible();

  await page.getByRole('link', { name: 'Instellingen' }).click();
  await page.getByRole('link', { name: 'Gemeenteprofiel kiezen' }).click();
  await expect(heading(page, 'Gemeenteprofiel')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Profiel dat nu gebruikt wordt' })).toContainText(
    MAASTRICHT.name,
  );
});
