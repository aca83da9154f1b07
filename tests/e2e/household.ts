import type { Page } from '@playwright/test';
import { expect } from './fixtures';
import { heading } from './vault';

// Steps several specs share: a household made through the screens, and the spinnenweb scored
// by keyboard.

export interface NewMember {
  readonly name: string;
  readonly role: 'volwassene' | 'jongere' | 'kind';
  /** dd-mm-jjjj, as the professional types it. */
  readonly birth: string;
}

/** Gezin Jansen: two adults and a child of 9 (on 22 November 2026). */
export const JANSEN: readonly NewMember[] = [
  { name: 'Anna Jansen', role: 'volwassene', birth: '02-04-1988' },
  { name: 'Bert Jansen', role: 'volwassene', birth: '15-09-1985' },
  { name: 'Cas Jansen', role: 'kind', birth: '10-01-2017' },
];

/** Creates a household through /huishouden/nieuw, lands on its dossier; returns its id. */
export async function createHousehold(
  page: Page,
  label = 'Gezin Jansen',
  members: readonly NewMember[] = JANSEN,
): Promise<string> {
  await page.goto('/#/huishouden/nieuw');
  await expect(heading(page, 'Nieuw huishouden')).toBeVisible();
  await page.getByLabel('Naam van het huishouden').fill(label);
  for (const [index, member] of members.entries()) {
    const row = page.getByRole('group', { name: `Persoon ${String(index + 1)}` });
    if ((await row.count()) === 0) {
      await page.getByRole('button', { name: 'Persoon toevoegen' }).click();
    }
    await row.getByLabel('Naam', { exact: true }).fill(member.name);
    await row.getByLabel('Rol').selectOption(member.role);
    await row.getByLabel('Geboortedatum (niet verplicht)').fill(member.birth);
  }
  await page.getByRole('button', { name: 'Huishouden opslaan' }).click();
  await expect(heading(page, label)).toBeVisible();
  const match = /#\/huishouden\/([0-9a-f-]{36})$/.exec(page.url());
  if (match?.[1] === undefined) throw new Error(`no household id in ${page.url()}`);
  return match[1];
}

/** The step heading of the intake ("Stap 5 van 8: Advies"). */
export const stepHeading = (page: Page, number: number, title: string) =>
  page.getByRole('heading', { level: 1, name: `Stap ${String(number)} van 8: ${title}` });

/** Waits until the intake's autosave says the input is sealed. */
export async function saved(page: Page): Promise<void> {
  await expect(page.getByText('Invoer is versleuteld bewaard.').first()).toBeVisible();
}

/** Scores a spinnenweb with the keyboard: focus each slider, Home, then the arrows. */
export async function scoreSpiderWeb(page: Page, scores: Record<string, number>): Promise<void> {
  for (const [dimension, score] of Object.entries(scores)) {
    const slider = page.getByRole('slider', { name: dimension, exact: true });
    await slider.focus();
    await page.keyboard.press('Home');
    for (let step = 0; step < score; step++) await page.keyboard.press('ArrowRight');
    await expect(slider).toHaveAttribute('aria-valuetext', `${String(score)} van de 10`);
  }
}
