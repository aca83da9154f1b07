import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import type { Page, TestInfo } from '@playwright/test';
import { axeViolations, expect, saveScreenshot, test } from './fixtures';
import { createHousehold, saved, scoreSpiderWeb, stepHeading } from './household';
import { completeFirstRun, heading } from './vault';

// The household plan of issue #7: from a finished intake to the plan the family signs, and the
// PDF the web host prints of it (Chromium's own print, checked with poppler).

const QUESTION = 'Ik kom niet meer rond en ik slaap slecht.';
const WISH = 'Ik wil weer naar het koor.';
const AGREEMENT = 'Bert belt de schuldhulp.';
const ANNA_PG = {
  Lichaamsfuncties: 6,
  'Mentaal welbevinden': 3,
  Zingeving: 7,
  'Kwaliteit van leven': 5,
  Meedoen: 2,
  'Dagelijks functioneren': 6,
};

/** poppler's tools, or a clear failure: the PDF check must never pass by being skipped. */
function requireTool(name: string): string {
  try {
    return execFileSync('which', [name], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error(
      `${name} is missing: install poppler-utils (apt-get install -y poppler-utils) to check the plan PDF`,
    );
  }
}

/**
 * Share of non-white pixels in an 8-bit RGB PNG as pdftoppm writes it (no interlace): enough
 * decoding to tell a printed page from a blank one.
 */
function inkShare(file: string): { width: number; height: number; ink: number } {
  const png = readFileSync(file);
  let offset = 8;
  let width = 0;
  let height = 0;
  let colorType = 0;
  const chunks: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('ascii', offset + 4, offset + 8);
    const data = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      if (data[8] !== 8) throw new Error(`unexpected bit depth ${String(data[8])}`);
      colorType = data[9] ?? 0;
    } else if (type === 'IDAT') chunks.push(data);
    offset += 12 + length;
  }
  const channels = colorType === 2 ? 3 : colorType === 6 ? 4 : colorType === 0 ? 1 : 0;
  if (channels === 0) throw new Error(`unexpected PNG colour type ${String(colorType)}`);
  const raw = inflateSync(Buffer.concat(chunks));
  const stride = width * channels;
  const previous = Buffer.alloc(stride);
  const line = Buffer.alloc(stride);
  let ink = 0;
  for (let row = 0; row < height; row++) {
    const start = row * (stride + 1);
    const filter = raw[start] ?? 0;
    for (let i = 0; i < stride; i++) {
      const x = raw[start + 1 + i] ?? 0;
      const a = i >= channels ? (line[i - channels] ?? 0) : 0;
      const b = previous[i] ?? 0;
      const c = i >= channels ? (previous[i - channels] ?? 0) : 0;
      let value = x;
      if (filter === 1) value = x + a;
      else if (filter === 2) value = x + b;
      else if (filter === 3) value = x + ((a + b) >> 1);
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        value = x + (pa <= pb && pa <= pc ? a : pb <= pc ? b : c);
      }
      line[i] = value & 0xff;
    }
    for (let pixel = 0; pixel < width; pixel++) {
      const at = pixel * channels;
      const dark = [0, 1, 2]
        .slice(0, Math.min(channels, 3))
        .some((channel) => (line[at + channel] ?? 255) < 200);
      if (dark) ink++;
    }
    line.copy(previous);
  }
  return { width, height, ink: ink / (width * height) };
}

async function checkAxe(page: Page, where: string) {
  expect(await axeViolations(page), `axe on ${where}`).toEqual([]);
}

async function snap(page: Page, testInfo: TestInfo, name: string) {
  await checkAxe(page, name);
  await saveScreenshot(page, testInfo, `plan-${name}`);
}

async function next(page: Page, number: number, title: string) {
  await page.getByRole('button', { name: `Volgende stap: ${title}` }).click();
  await expect(stepHeading(page, number, title)).toBeVisible();
}

/** A short intake: the question, Anna's spinnenweb, one accepted advice, a wish, an agreement. */
async function shortIntake(page: Page): Promise<string> {
  await page.getByRole('link', { name: 'Gesprek starten' }).click();
  await expect(stepHeading(page, 1, 'De vraag')).toBeVisible();
  await page.getByLabel('De vraag in de woorden van de inwoner').fill(QUESTION);
  await saved(page);
  await next(page, 2, 'Wat gaat goed');
  await next(page, 3, 'Netwerk');
  await next(page, 4, 'Instrumenten');
  await page
    .getByRole('tablist', { name: 'Gezinsleden' })
    .getByRole('tab', { name: 'Anna Jansen (38 jaar)' })
    .click();
  await scoreSpiderWeb(page, ANNA_PG);
  await saved(page);

  await next(page, 5, 'Advies');
  const card = page.locator('article.advice-card').first();
  await expect(card).toBeVisible();
  const title = (await card.locator('.advice-card__title').textContent())?.trim() ?? '';
  expect(title).not.toBe('');
  await card.getByRole('button', { name: `${title} overnemen` }).click();
  await expect(card.getByRole('button', { name: `${title} overnemen` })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await saved(page);

  await next(page, 6, 'Wat wil je veranderen');
  await page
    .getByRole('group', { name: 'Welke onderwerpen kiest Anna Jansen? (één tot drie)' })
    .getByRole('checkbox', { name: /^Meedoen/ })
    .check();
  await page.getByLabel('Wat wil je veranderen? (in de woorden van Anna Jansen)').fill(WISH);
  await saved(page);

  await next(page, 7, 'Samenvatting');
  await next(page, 8, 'Afspraken');
  const what = page.getByLabel('Wat spreekt u af?');
  const before = await what.count();
  await page.getByRole('button', { name: 'Afspraak toevoegen' }).click();
  await expect(what).toHaveCount(before + 1);
  await what.nth(before).fill(AGREEMENT);
  await page.getByLabel('Wie doet het?').nth(before).selectOption('inwoner');
  await page.getByLabel('Naam (als dat nodig is)').nth(before).fill('Bert');
  await saved(page);
  await page.getByRole('button', { name: 'Gesprek afronden' }).click();
  await expect(heading(page, 'Gezin Jansen')).toBeVisible();
  await expect(page.getByText('Het gesprek is opgeslagen in het dossier.')).toBeVisible();
  return title;
}

const planTitle = (page: Page) => heading(page, 'Plan van Gezin Jansen');

test('a household plan from the intake, saved, written and printed to PDF', async ({
  page,
}, testInfo) => {
  test.setTimeout(240_000);
  const pdftotext = requireTool('pdftotext');
  const pdftoppm = requireTool('pdftoppm');

  await completeFirstRun(page);
  const householdId = await createHousehold(page);
  const planUrl = `/#/huishouden/${householdId}/plan`;

  // Before any conversation the plan screen sends the professional to the intake.
  await page.goto(planUrl);
  await expect(planTitle(page)).toBeVisible();
  await expect(page.getByText('Voer eerst een gesprek.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Gesprek starten' })).toHaveAttribute(
    'href',
    `#/huishouden/${householdId}/gesprek/vraag`,
  );
  await snap(page, testInfo, '1-geen-gesprek');

  await page.goto(`/#/huishouden/${householdId}`);
  await expect(heading(page, 'Gezin Jansen')).toBeVisible();
  const advice = await shortIntake(page);

  // After the intake: the dossier opens the plan; no plan yet, one button makes it.
  await page.getByRole('link', { name: 'Plan openen' }).click();
  await expect(page).toHaveURL(new RegExp(`#/huishouden/${householdId}/plan$`));
  await expect(planTitle(page)).toBeVisible();
  await expect(page.getByText('Er is nog geen plan.')).toBeVisible();
  await snap(page, testInfo, '2-nog-geen-plan');
  await page.getByRole('button', { name: 'Plan maken uit het gesprek' }).click();
  await expect(page.getByText('Het plan is opgeslagen.')).toBeVisible();

  // The conversation is in it: the wish as a goal, the agreement and the advice as actions.
  await expect(page.getByLabel('Het doel in eigen woorden').first()).toHaveValue(WISH);
  const actions = page.getByLabel('Wat gaat er gebeuren?');
  await expect(actions.first()).toBeVisible();
  const actionTexts = await actions.evaluateAll((fields) =>
    fields.map((field) => (field as HTMLInputElement).value),
  );
  expect(actionTexts).toContain(AGREEMENT);
  // The accepted advice, adopted as an agreement in the intake, is one action, not two.
  expect(actionTexts.filter((what) => what === advice)).toHaveLength(1);
  const gaps = page.getByRole('region', { name: 'Nog niet klaar' });
  await expect(gaps.getByText('Er is nog geen regisseur gekozen.')).toBeVisible();
  await expect(gaps.getByText('Het gezin heeft nog niet gezegd of het akkoord is.')).toBeVisible();
  await snap(page, testInfo, '3-plan');

  // A bad save: the goal emptied and a regisseur without a name; the summary names both.
  await page.getByLabel('Het doel in eigen woorden').first().fill('');
  await page.getByLabel('Wie is de regisseur?').selectOption('netwerk');
  await page.getByRole('button', { name: 'Plan opslaan' }).click();
  const summary = page.getByRole('heading', { name: 'Er is een probleem' });
  await expect(summary).toBeVisible();
  await expect(
    page.getByRole('link', { name: 'Schrijf doel 1 op in de woorden van het gezin.' }),
  ).toBeVisible();
  await expect(
    page.getByRole('link', { name: 'Schrijf de naam van de regisseur op.' }),
  ).toBeVisible();
  await snap(page, testInfo, '4-fouten');
  await page.getByRole('link', { name: 'Schrijf doel 1 op in de woorden van het gezin.' }).click();
  await expect(page.getByLabel('Het doel in eigen woorden').first()).toBeFocused();
  await page.keyboard.type(WISH);

  // Regisseur Anna, a second evaluation date, akkoord; then save.
  await page.getByLabel('Wie is de regisseur?').selectOption('gezinslid');
  await page.getByLabel('Welk gezinslid?').selectOption({ label: 'Anna Jansen' });
  await expect(page.getByLabel('Naam van de regisseur')).toHaveValue('Anna Jansen');
  const dates = page.getByLabel(/^Datum \d+$/);
  const dateCount = await dates.count();
  await page.getByRole('button', { name: 'Datum toevoegen' }).click();
  await expect(dates).toHaveCount(dateCount + 1);
  await dates.nth(dateCount).fill('2027-06-01');
  await page.getByLabel('Is het gezin akkoord?').selectOption('akkoord');
  await page.getByRole('button', { name: 'Plan opslaan' }).click();
  await expect(page.getByText('Het plan is opgeslagen.')).toBeVisible();
  await expect(summary).toHaveCount(0);
  await expect(gaps.getByText('Alles wat nodig is, staat in het plan.')).toBeVisible();

  // The plan text, written from the plan; stored with the next save.
  const texts = page.getByRole('region', { name: 'Verslag en plan' });
  await texts.getByRole('button', { name: 'Tekst maken' }).nth(1).click();
  const planText = texts.getByLabel('Plantekst', { exact: true });
  await expect(planText).toHaveValue(/Anna Jansen houdt het overzicht/);
  await expect(planText).toHaveValue(new RegExp(WISH.replace('.', '\\.')));
  await page.getByRole('button', { name: 'Plan opslaan' }).click();
  await expect(page.getByText('Het plan is opgeslagen.')).toBeVisible();
  await expect(texts.getByLabel('Plantekst', { exact: true })).toHaveValue(
    /Anna Jansen houdt het overzicht/,
  );
  await texts.scrollIntoViewIfNeeded();
  await checkAxe(page, 'texts');
  await texts.screenshot({ path: path.join('test-results', 'screenshots', 'plan-5-teksten.png') });
  await saveScreenshot(page, testInfo, 'plan-5-teksten-volledig');

  // The PDF as the web host makes it: Chromium's print of the print stylesheet.
  await page.emulateMedia({ media: 'print' });
  await saveScreenshot(page, testInfo, 'plan-6-afdruk');
  const pdf = testInfo.outputPath('plan.pdf');
  await page.pdf({ path: pdf, format: 'A4', printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  const text = execFileSync(pdftotext, ['-layout', pdf, '-'], { encoding: 'utf8' });
  await testInfo.attach('plan.txt', { body: text, contentType: 'text/plain' });
  const flat = text.replace(/\s+/g, ' ');
  expect(flat).toContain('Plan van Gezin Jansen');
  expect(flat).toContain(WISH);
  expect(flat).toContain(AGREEMENT.replace(/\.$/, ''));
  expect(flat).toContain(advice);
  expect(flat).toContain('Anna Jansen');
  expect(flat).not.toMatch(/\{[a-zA-Z]+\}/);
  // No screen-only control leaks into the print.
  expect(flat).not.toContain('Plan opslaan');

  // Page 2 is the family's overview: the goals and Anna's spinnenweb.
  expect(text).toContain('\f');
  const overview = (text.split('\f')[1] ?? '').replace(/\s+/g, ' ');
  expect(overview).toContain('Overzicht voor Gezin Jansen');
  expect(overview).toContain(WISH);
  expect(overview).toContain('Anna Jansen');

  const prefix = testInfo.outputPath('plan-page');
  execFileSync(pdftoppm, ['-png', '-r', '60', '-f', '1', '-l', '2', pdf, prefix]);
  for (const number of [1, 2]) {
    const png = [`${prefix}-${String(number)}.png`, `${prefix}-0${String(number)}.png`].find(
      (file) => existsSync(file),
    );
    if (png === undefined)
      throw new Error(`pdftoppm wrote no page ${String(number)} under ${prefix}`);
    // Kept beside the screenshots, to look at.
    const copy = path.join('test-results', 'screenshots', `plan-pdf-page-${String(number)}.png`);
    copyFileSync(png, copy);
    await testInfo.attach(`plan-pdf-page-${String(number)}`, {
      path: copy,
      contentType: 'image/png',
    });
    const rendered = inkShare(png);
    // A4 at 60 dpi is 496 x 702 pixels.
    expect(rendered.width).toBeGreaterThan(480);
    expect(rendered.width).toBeLessThan(510);
    expect(rendered.height).toBeGreaterThan(690);
    expect(rendered.height).toBeLessThan(715);
    expect(rendered.ink, `share of page ${String(number)} with ink`).toBeGreaterThan(0.01);
    expect(rendered.ink, `share of page ${String(number)} with ink`).toBeLessThan(0.6);
  }
});
