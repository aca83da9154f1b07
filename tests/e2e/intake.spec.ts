import type { Locator, Page, TestInfo } from '@playwright/test';
import { axeViolations, expect, saveScreenshot, test } from './fixtures';
import { createHousehold, saved, scoreSpiderWeb, stepHeading } from './household';
import { completeFirstRun, heading, unlockAndWait } from './vault';

// The whole intake of issue #5 (item 10): a household of two adults and a child, every step by
// keyboard and mouse, a reload and resume in the middle, and the dossier afterwards.

const ANNA = {
  tab: 'Anna Jansen (38 jaar)',
  pg: {
    Lichaamsfuncties: 6,
    'Mentaal welbevinden': 3,
    Zingeving: 7,
    'Kwaliteit van leven': 5,
    Meedoen: 2,
    'Dagelijks functioneren': 6,
  },
};
const BERT = {
  tab: 'Bert Jansen (41 jaar)',
  pg: {
    Lichaamsfuncties: 8,
    'Mentaal welbevinden': 7,
    Zingeving: 8,
    'Kwaliteit van leven': 7,
    Meedoen: 8,
    'Dagelijks functioneren': 9,
  },
};
const CAS = {
  tab: 'Cas Jansen (9 jaar)',
  pg: {
    'Mijn lichaam': 8,
    'Mijn gevoelens en gedachten': 6,
    'Lekker in je vel': 7,
    'Nu en later': 9,
    Meedoen: 5,
    'Dagelijks leven': 7,
  },
};
const QUESTION = 'Ik kom niet meer rond en ik slaap slecht.';
const STRENGTHS = 'Cas gaat graag naar school. Bert kookt elke dag.';

async function checkAxe(page: Page, where: string) {
  expect(await axeViolations(page), `axe on ${where}`).toEqual([]);
}

async function snap(page: Page, testInfo: TestInfo, name: string) {
  await checkAxe(page, name);
  await saveScreenshot(page, testInfo, `intake-${name}`);
}

/** To the next step by keyboard: the button, then Enter; focus lands on the step heading. */
async function next(page: Page, number: number, title: string) {
  await page.getByRole('button', { name: `Volgende stap: ${title}` }).focus();
  await page.keyboard.press('Enter');
  await expect(stepHeading(page, number, title)).toBeVisible();
  await expect(stepHeading(page, number, title)).toBeFocused();
}

const memberTab = (page: Page, name: string) =>
  page.getByRole('tablist', { name: 'Gezinsleden' }).getByRole('tab', { name });

function instrumentTab(page: Page, member: string, name: string): Locator {
  return page
    .getByRole('tablist', { name: `Instrumenten voor ${member}` })
    .getByRole('tab', { name: new RegExp(`^${name}`) });
}

async function expectSpiderWeb(page: Page, scores: Record<string, number>) {
  for (const [dimension, score] of Object.entries(scores)) {
    await expect(page.getByRole('slider', { name: dimension, exact: true })).toHaveAttribute(
      'aria-valuetext',
      `${String(score)} van de 10`,
    );
  }
}

const brugLevel = (page: Page, column: string, level: number) =>
  page.getByRole('radiogroup', { name: column }).getByRole('radio', {
    name: new RegExp(`^Niveau ${String(level)}`),
  });

/** Picks a (visually hidden) react-aria radio the keyboard way: focus it, press Space. */
async function choose(page: Page, radio: Locator) {
  await radio.focus();
  await page.keyboard.press('Space');
  await expect(radio).toBeChecked();
}

const kansArea = (page: Page, area: string, status: string) =>
  page.getByRole('radiogroup', { name: area }).getByRole('radio', { name: status, exact: true });

test('an intake from question to agreements, resumed after a reload', async ({
  page,
}, testInfo) => {
  test.setTimeout(240_000);
  await completeFirstRun(page);
  const householdId = await createHousehold(page);

  // Step 1 and 2, opened from the dossier.
  await page.getByRole('link', { name: 'Gesprek starten' }).click();
  await expect(stepHeading(page, 1, 'De vraag')).toBeVisible();
  const steps = page.getByRole('navigation', { name: 'Stappen van het gesprek' });
  await expect(steps.getByRole('link', { name: /De vraag/ })).toHaveAttribute(
    'aria-current',
    'step',
  );
  await page.getByLabel('De vraag in de woorden van de inwoner').fill(QUESTION);
  await saved(page);
  await snap(page, testInfo, '1-vraag');
  await next(page, 2, 'Wat gaat goed');
  await page.getByLabel('Wat gaat goed?').fill(STRENGTHS);
  await saved(page);
  await snap(page, testInfo, '2-goed');

  // Step 3: two people in the network, one added by keyboard only.
  await next(page, 3, 'Netwerk');
  await page.getByRole('button', { name: 'Iemand toevoegen' }).click();
  await expect(page.getByLabel('Naam', { exact: true })).toBeFocused();
  await page.keyboard.type('Els');
  await page.getByLabel('Wie is dit voor het gezin?').fill('buurvrouw');
  await page
    .getByLabel('Wat doet deze persoon, of wat zou hij of zij kunnen doen?')
    .fill('Past op Cas');
  await page.getByRole('button', { name: 'Iemand toevoegen' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Naam', { exact: true }).nth(1)).toBeFocused();
  await page.keyboard.type('Huisarts Pietersen');
  const second = page.getByRole('listitem').filter({ hasText: 'Persoon 2' });
  await second.getByRole('radio', { name: /^Formeel/ }).check();
  await second.getByRole('radio', { name: 'Zou kunnen helpen' }).check();
  // A third row, removed again.
  await page.getByRole('button', { name: 'Iemand toevoegen' }).click();
  await page.getByRole('button', { name: 'Nog zonder naam verwijderen uit het netwerk' }).click();
  await expect(page.getByRole('button', { name: 'Iemand toevoegen' })).toBeFocused();
  await expect(page.getByLabel('Naam', { exact: true })).toHaveCount(2);
  await saved(page);
  await snap(page, testInfo, '3-netwerk');

  // Step 4: the instruments, one tab per member (adults first).
  await next(page, 4, 'Instrumenten');
  await expect(memberTab(page, BERT.tab)).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tablist', { name: 'Gezinsleden' }).getByRole('tab')).toHaveText([
    BERT.tab,
    ANNA.tab,
    CAS.tab,
  ]);
  await scoreSpiderWeb(page, BERT.pg);
  await expect(
    page.getByRole('link', {
      name: 'Laat de inwoner zelf invullen: Positieve Gezondheid van Bert Jansen',
    }),
  ).toHaveAttribute('href', new RegExp(`#/huishouden/${householdId}/zelf/`));
  await snap(page, testInfo, '4-bert-pg');

  // Anna's tab by keyboard: arrow right from Bert's tab.
  await memberTab(page, BERT.tab).focus();
  await page.keyboard.press('ArrowRight');
  await expect(memberTab(page, ANNA.tab)).toBeFocused();
  await expect(memberTab(page, ANNA.tab)).toHaveAttribute('aria-selected', 'true');
  await scoreSpiderWeb(page, ANNA.pg);
  await snap(page, testInfo, '4-anna-pg');

  await instrumentTab(page, 'Anna Jansen', 'Brug').click();
  await choose(page, brugLevel(page, 'Wonen', 2));
  await choose(page, brugLevel(page, 'Zorg voor anderen', 1));
  await choose(page, brugLevel(page, 'Gezondheid', 3));
  await choose(page, brugLevel(page, 'Sociale contacten', 2));
  await choose(page, brugLevel(page, 'Schulden', 3));
  await choose(page, brugLevel(page, 'Spaargeld', 4));
  await choose(page, brugLevel(page, 'Diploma', 2));
  await page.getByLabel('Netto inkomen van het huishouden per maand, in euro').fill('1.400');
  await page.getByLabel('Netto inkomen van het huishouden per maand, in euro').blur();
  await expect(page.getByLabel('Aantal mensen dat van dit inkomen leeft')).toHaveValue('3');
  // 3 persons: between grens B (1,095) and grens A (2,920).
  await expect(page.getByText('Niveau 2: Redelijk.').last()).toBeVisible();
  await snap(page, testInfo, '4-anna-brug');

  await instrumentTab(page, 'Anna Jansen', 'Draagkracht en draaglast').click();
  const confirm = page.getByRole('button', { name: /Klopt, overnemen/ }).first();
  await expect(confirm).toBeVisible();
  const proposals = await page.getByRole('button', { name: /Klopt, overnemen/ }).count();
  await confirm.click();
  await expect(page.getByRole('button', { name: /Klopt, overnemen/ })).toHaveCount(proposals - 1);
  await snap(page, testInfo, '4-anna-balans');

  await memberTab(page, CAS.tab).click();
  await expect(instrumentTab(page, 'Cas Jansen', 'Positieve Gezondheid')).toBeVisible();
  await scoreSpiderWeb(page, CAS.pg);
  await snap(page, testInfo, '4-cas-pg');
  await instrumentTab(page, 'Cas Jansen', 'Kansencirkel').click();
  await choose(page, kansArea(page, 'Veilig', 'Gaat goed'));
  await choose(page, kansArea(page, 'Gezond', 'Gaat goed'));
  await choose(page, kansArea(page, 'Erbij horen', 'Aandacht nodig'));
  await choose(page, kansArea(page, 'Actief', 'Zorg'));
  await snap(page, testInfo, '4-cas-kansencirkel');

  await memberTab(page, BERT.tab).click();
  await instrumentTab(page, 'Bert Jansen', 'Draagkracht en draaglast').click();
  await snap(page, testInfo, '4-bert-balans');
  await instrumentTab(page, 'Bert Jansen', 'Brug').click();
  await snap(page, testInfo, '4-bert-brug');
  await saved(page);

  // Step 5 is reached; then the laptop restarts: reload, unlock, and resume explicitly.
  await next(page, 5, 'Advies');
  await saved(page);
  await page.reload();
  await expect(heading(page, 'Keukentafel is vergrendeld')).toBeVisible();
  await unlockAndWait(page);
  await expect(page.getByRole('heading', { name: 'Verder waar u was' })).toBeVisible();
  await page
    .getByRole('button', { name: /^Verder gaan met (Gesprek met Gezin Jansen|Een gesprek)/ })
    .click();
  await expect(stepHeading(page, 5, 'Advies')).toBeVisible();
  expect(page.url()).toContain(`/huishouden/${householdId}/gesprek/advies`);

  // Every answer survived.
  await steps.getByRole('link', { name: /De vraag/ }).click();
  await expect(page.getByLabel('De vraag in de woorden van de inwoner')).toHaveValue(QUESTION);
  await steps.getByRole('link', { name: /Wat gaat goed/ }).click();
  await expect(page.getByLabel('Wat gaat goed?')).toHaveValue(STRENGTHS);
  await steps.getByRole('link', { name: /Netwerk/ }).click();
  await expect(page.getByLabel('Naam', { exact: true }).first()).toHaveValue('Els');
  await expect(page.getByLabel('Naam', { exact: true }).nth(1)).toHaveValue('Huisarts Pietersen');
  await steps.getByRole('link', { name: /Instrumenten/ }).click();
  await expectSpiderWeb(page, BERT.pg);
  await memberTab(page, ANNA.tab).click();
  await expectSpiderWeb(page, ANNA.pg);
  await instrumentTab(page, 'Anna Jansen', 'Brug').click();
  await expect(brugLevel(page, 'Schulden', 3)).toBeChecked();
  await expect(page.getByLabel('Netto inkomen van het huishouden per maand, in euro')).toHaveValue(
    /1\.?400/,
  );
  await instrumentTab(page, 'Anna Jansen', 'Draagkracht en draaglast').click();
  await expect(page.getByRole('button', { name: /Klopt, overnemen/ })).toHaveCount(proposals - 1);
  await memberTab(page, CAS.tab).click();
  await expectSpiderWeb(page, CAS.pg);
  await instrumentTab(page, 'Cas Jansen', 'Kansencirkel').click();
  await expect(kansArea(page, 'Actief', 'Zorg')).toBeChecked();
  await expect(kansArea(page, 'Erbij horen', 'Aandacht nodig')).toBeChecked();

  // Step 5: accept one suggestion, decline another with a reason.
  await next(page, 5, 'Advies');
  const acceptButtons = page.locator('button', { hasText: /^Overnemen$/ });
  await expect(acceptButtons.nth(1)).toBeVisible();
  const titleOf = async (index: number) =>
    ((await acceptButtons.nth(index).getAttribute('aria-label')) ?? '').replace(/ overnemen$/, '');
  const accepted = await titleOf(0);
  const declined = await titleOf(1);
  await page.getByRole('button', { name: `${accepted} overnemen`, exact: true }).click();
  await page.getByRole('button', { name: `${declined} niet overnemen`, exact: true }).click();
  // The reason by mouse: a click on its label.
  await page.locator('label', { hasText: 'Past niet bij de situatie' }).click();
  await expect(page.getByRole('radio', { name: 'Past niet bij de situatie' })).toBeChecked();
  await page.getByRole('button', { name: 'Reden opslaan' }).click();
  await expect(page.getByText(/Niet overgenomen\. Reden: Past niet bij de situatie/)).toBeVisible();
  await expect(page.getByText('Overgenomen. Dit wordt een afspraak in het plan.')).toHaveCount(1);
  await saved(page);
  await snap(page, testInfo, '5-advies');

  // Step 6: Anna's lowest score comes first; she picks it and says what she wants.
  await next(page, 6, 'Wat wil je veranderen');
  const annaPicks = page.getByRole('group', {
    name: 'Welke onderwerpen kiest Anna Jansen? (één tot drie)',
  });
  await expect(annaPicks.getByRole('checkbox').first()).toHaveAccessibleName(
    /^Meedoen \(score 2, laag\)/,
  );
  await annaPicks.getByRole('checkbox', { name: /^Meedoen/ }).check();
  await page
    .getByLabel('Wat wil je veranderen? (in de woorden van Anna Jansen)')
    .fill('Ik wil weer naar het koor.');
  await page.getByLabel('Wat is daarvoor nodig?').fill('Iemand die Cas opvangt op dinsdag.');
  await page.getByLabel('Wie kan helpen?').fill('Els, de buurvrouw.');
  await saved(page);
  await snap(page, testInfo, '6-veranderen');

  // Step 7: the summary, the proposed AVE phase confirmed, a note.
  await next(page, 7, 'Samenvatting');
  await expect(page.getByText(QUESTION)).toBeVisible();
  await expect(page.getByText('Meedoen', { exact: false }).first()).toBeVisible();
  await expect(page.getByText('"Ik wil weer naar het koor."')).toBeVisible();
  const annaSummary = page.getByRole('region', { name: ANNA.tab });
  await expect(
    annaSummary.getByRole('listitem').filter({ hasText: 'Meedoen' }).first(),
  ).toContainText('2 van 10');
  await expect(annaSummary.getByRole('listitem').filter({ hasText: 'Inkomen' })).toContainText(
    'niveau 2 (berekend)',
  );
  await expect(annaSummary.getByRole('listitem').filter({ hasText: 'Schulden' })).toContainText(
    'niveau 3',
  );
  await expect(
    page.getByRole('region', { name: CAS.tab }).getByRole('listitem').filter({ hasText: 'Actief' }),
  ).toContainText('Zorg');
  const proposal = await page.getByText(/^Voorstel: fase \d/).textContent();
  const phase = /fase (\d)/.exec(proposal ?? '')?.[1];
  expect(phase).toBeDefined();
  await page.getByRole('radio', { name: new RegExp(`^Fase ${phase ?? ''} `) }).check();
  await page
    .getByLabel('Uw eigen notitie bij dit gesprek')
    .fill('Goed gesprek aan de keukentafel.');
  await saved(page);
  await snap(page, testInfo, '7-samenvatting');

  // Step 8: the accepted advice is already an agreement; add one by hand.
  await next(page, 8, 'Afspraken');
  await expect(page.getByLabel('Wat spreekt u af?')).toHaveCount(1);
  await expect(page.getByLabel('Wat spreekt u af?')).toHaveValue(accepted);
  await page.getByRole('button', { name: 'Afspraak toevoegen' }).click();
  await expect(page.getByLabel('Wat spreekt u af?').nth(1)).toBeFocused();
  await page.keyboard.type('Bert belt de schuldhulp.');
  await page.getByLabel('Wie doet het?').nth(1).selectOption('inwoner');
  await page.getByLabel('Naam (als dat nodig is)').nth(1).fill('Bert');
  await page.getByLabel('Wanneer is het klaar? (mag leeg blijven)').nth(1).fill('2026-12-15');
  await saved(page);
  await snap(page, testInfo, '8-afspraken');

  await page.getByRole('button', { name: 'Gesprek afronden' }).click();
  await expect(heading(page, 'Gezin Jansen')).toBeVisible();
  await expect(page.getByText('Het gesprek is opgeslagen in het dossier.')).toBeVisible();
  await expect(page.getByText('Intakegesprek')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Gesprek starten' })).toBeVisible();
  await expect(page.getByText('Nog geen vragenlijsten ingevuld.')).toHaveCount(0);
  await saveScreenshot(page, testInfo, 'intake-9-dossier');
  await checkAxe(page, 'dossier');
});
