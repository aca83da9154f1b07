import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { BRUG, BRUG_INCOME_THRESHOLDS_2019 } from '../../../shared/instruments/brug';
import { incomeLevel } from '../../../shared/instruments/brug-scoring';
import type { IncomeThresholds } from '../../../shared/instruments/definition-schema';
import type { BrugAnswers } from '../../../shared/schemas/assessment';
import { BrugAnswersSchema } from '../../../shared/schemas/assessment';
import type { Person } from '../../../shared/schemas/person';
import type { BrugColumnId } from '../../../shared/schemas/vocabulary';
import { BridgeChart } from '../../../renderer/src/components/BridgeChart';
import { BrugInstrument } from '../../../renderer/src/features/instruments/brug/BrugInstrument';

const person: Person = {
  id: '0b5f4c3e-7c1a-4d2b-9e1f-2a3b4c5d6e7f',
  householdId: '1c6f5d4e-8d2b-4e3c-8f2a-3b4c5d6e7f80',
  role: 'volwassene',
  displayName: 'Samira',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  rev: 1,
};

const NOW = new Date('2026-11-22T10:00:00Z');
const empty: BrugAnswers = { kind: 'brug-naar-zelfredzaamheid', levels: {} };

function renderBrug(
  start: BrugAnswers = empty,
  extra: {
    householdSize?: number;
    incomeThresholds?: IncomeThresholds;
    previous?: { takenAt: string; value: BrugAnswers };
    readOnly?: boolean;
  } = {},
) {
  const changes: BrugAnswers[] = [];
  function Harness() {
    const [value, setValue] = useState(start);
    return (
      <BrugInstrument
        person={person}
        value={value}
        onChange={(next) => {
          // Every value handed out must be a valid, storable answer.
          BrugAnswersSchema.parse(next);
          changes.push(next);
          setValue(next);
        }}
        householdSize={extra.householdSize ?? 2}
        now={NOW}
        incomeThresholds={extra.incomeThresholds}
        previous={extra.previous}
        readOnly={extra.readOnly}
      />
    );
  }
  const view = render(<Harness />);
  const last = () => changes[changes.length - 1];
  return { ...view, changes, last, user: userEvent.setup() };
}

const group = (name: string) => screen.getByRole('radiogroup', { name });
const option = (column: string, level: number) =>
  within(group(column)).getByRole('radio', { name: new RegExp(`^Niveau ${String(level)}\\b`) });
const chartColumn = (container: HTMLElement, id: BrugColumnId) => {
  const element = container.querySelector(`.bridge__column[data-column="${id}"]`);
  if (!(element instanceof HTMLElement)) throw new Error(`no chart column ${id}`);
  return element;
};
const incomeResult = (container: HTMLElement) => {
  const element = container.querySelector('.brug-income__result');
  if (!(element instanceof HTMLElement)) throw new Error('no income result');
  return element;
};
const amountField = () =>
  screen.getByRole('textbox', { name: 'Netto inkomen van het huishouden per maand, in euro' });
const sizeField = () =>
  screen.getByRole('textbox', { name: 'Aantal mensen dat van dit inkomen leeft' });

async function axeViolations(container: HTMLElement) {
  // color-contrast needs real layout and colours, which jsdom does not have; the e2e run checks it.
  const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((violation) => `${violation.id}: ${violation.help}`);
}

// Eight react-aria radio groups are slow to render in jsdom on a shared machine.
describe('BrugInstrument', { timeout: 30_000 }, () => {
  it('shows the four statements of every column that is chosen, not Inkomen', () => {
    renderBrug();
    const chosenColumns = BRUG.dimensions.filter((column) => column.id !== 'inkomen');
    for (const column of chosenColumns) {
      const radios = within(group(column.label)).getAllByRole('radio');
      expect(radios).toHaveLength(4);
      expect(within(group(column.label)).getByText(column.levels[2].statement)).toBeVisible();
    }
    expect(screen.queryByRole('radiogroup', { name: 'Inkomen' })).toBeNull();
  });

  it('sets the level of one column by a click, leaving the others alone', async () => {
    const start: BrugAnswers = { ...empty, levels: { schulden: 4, diploma: 2 } };
    const { user, last, container } = renderBrug(start);
    await user.click(option('Gezondheid', 3));
    expect(last()?.levels).toEqual({ schulden: 4, diploma: 2, gezondheid: 3 });
    expect(option('Gezondheid', 3)).toBeChecked();
    expect(chartColumn(container, 'gezondheid')).toHaveTextContent('Niveau 3');
    expect(chartColumn(container, 'gezondheid')).toHaveTextContent('Zorgen');

    await user.click(option('Gezondheid', 1));
    expect(last()?.levels).toEqual({ schulden: 4, diploma: 2, gezondheid: 1 });
    expect(option('Gezondheid', 3)).not.toBeChecked();
  });

  it('sets the level of one column with the arrow keys and Space', async () => {
    const start: BrugAnswers = { ...empty, levels: { schulden: 1, spaargeld: 2 } };
    const { user, last } = renderBrug(start);
    act(() => {
      option('Schulden', 1).focus();
    });
    await user.keyboard('{ArrowDown}');
    expect(last()?.levels).toEqual({ schulden: 2, spaargeld: 2 });
    await user.keyboard('{ArrowDown}');
    expect(last()?.levels).toEqual({ schulden: 3, spaargeld: 2 });
    expect(option('Schulden', 3)).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(last()?.levels).toEqual({ schulden: 2, spaargeld: 2 });

    // Tab leaves the group for the next column; Space picks the focused statement there.
    await user.tab();
    expect(option('Spaargeld', 2)).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(last()?.levels).toEqual({ schulden: 2, spaargeld: 3 });
    await user.tab();
    expect(option('Diploma', 1)).toHaveFocus();
    await user.keyboard(' ');
    expect(last()?.levels).toEqual({ schulden: 2, spaargeld: 3, diploma: 1 });
  });

  it.each([
    // amount typed, household size, expected level (thresholds 2019: 1 person A 1.305 B 490; 2 persons A 2.320 B 890)
    ['1500', 2, 2],
    ['1500', 1, 1],
    ['1.305', 1, 2], // exactly A is not "meer dan A"
    ['1.305,01', 1, 1],
    ['490', 1, 3], // exactly B
    ['2.320,00', 2, 2],
    ['2320,5', 2, 1],
    ['0', 2, 4],
  ] as const)(
    'computes Inkomen from %s euro for %i persons: level %i',
    async (text, size, level) => {
      const { user, last, container } = renderBrug(empty, { householdSize: size });
      expect(sizeField()).toHaveValue(String(size));
      await user.type(amountField(), text);
      const stored = last()?.income;
      expect(stored?.householdSize).toBe(size);
      expect(incomeLevel(stored?.netMonthly ?? -1, size, BRUG_INCOME_THRESHOLDS_2019)).toBe(level);
      expect(chartColumn(container, 'inkomen')).toHaveTextContent(`Niveau ${String(level)}`);
      expect(chartColumn(container, 'inkomen')).toHaveTextContent('berekend');
      expect(incomeResult(container)).toHaveTextContent(`Niveau ${String(level)}: `);
      // Inkomen is computed, never stored as a chosen level.
      expect(last()?.levels).toEqual({});
    },
  );

  it('reads Dutch amounts and explains the level with the thresholds used', async () => {
    const { user, last, container } = renderBrug(empty, { householdSize: 2 });
    await user.type(amountField(), '1.250,50');
    expect(last()?.income).toEqual({ netMonthly: 1250.5, householdSize: 2 });
    expect(
      screen.getByText(
        '1.250,50 euro is meer dan grens B (890 euro), maar niet meer dan grens A (2.320 euro) voor 2 personen.',
      ),
    ).toBeVisible();
    expect(screen.getByText('Grenzen voor 2 personen, uit 2019')).toBeVisible();
    expect(
      screen.getByText('Mijn huishouden heeft per maand meer dan 2.320 euro netto inkomen.'),
    ).toBeVisible();

    // Another household size moves the thresholds and the level.
    await user.clear(sizeField());
    await user.type(sizeField(), '1');
    expect(last()?.income).toEqual({ netMonthly: 1250.5, householdSize: 1 });
    expect(incomeResult(container)).toHaveTextContent('Niveau 2: Redelijk.');
    await user.clear(sizeField());
    await user.type(sizeField(), '4');
    expect(last()?.income).toEqual({ netMonthly: 1250.5, householdSize: 4 });
    expect(incomeResult(container)).toHaveTextContent('Niveau 2: Redelijk.');
    await user.clear(amountField());
    await user.type(amountField(), '1200');
    expect(last()?.income).toEqual({ netMonthly: 1200, householdSize: 4 });
    expect(incomeResult(container)).toHaveTextContent('Niveau 3: Zorgen.');
    expect(incomeResult(container)).toHaveTextContent(
      '1.200 euro is niet meer dan grens B (1.230 euro) voor 4 personen.',
    );
  });

  it('says no income is level 4', async () => {
    const { user, container, last } = renderBrug();
    await user.type(amountField(), '0');
    expect(last()?.income).toEqual({ netMonthly: 0, householdSize: 2 });
    expect(incomeResult(container)).toHaveTextContent('Niveau 4: Grote zorgen.');
    expect(incomeResult(container)).toHaveTextContent('Het huishouden heeft geen inkomen.');
  });

  it.each([
    ['abc', 'Schrijf het bedrag in cijfers, bijvoorbeeld 1.250,50 of 1250.'],
    [
      '12.50',
      'Gebruik een komma voor de centen, bijvoorbeeld 12,50. Een punt staat voor duizendtallen, zoals in 1.250.',
    ],
    ['-40', 'Een bedrag kan niet lager zijn dan 0.'],
    ['12,505', 'Gebruik hoogstens twee cijfers na de komma.'],
    ['2.000.000', 'Dit bedrag is hoger dan 1 miljoen. Kijk of het klopt.'],
  ])('refuses the amount %s with a Dutch message and keeps the text', async (text, message) => {
    const start: BrugAnswers = { ...empty, income: { netMonthly: 1500, householdSize: 2 } };
    const { user, changes, container } = renderBrug(start);
    expect(amountField()).toHaveValue('1.500');
    // Replace the whole text at once, as a paste does: no valid text on the way.
    await user.tripleClick(amountField());
    await user.paste(text);
    expect(amountField()).toHaveValue(text);
    expect(screen.queryByText(message)).toBeNull(); // not while typing
    await user.tab();
    expect(screen.getByText(message)).toBeVisible();
    expect(amountField()).toHaveAttribute('aria-invalid', 'true');
    expect(amountField()).toHaveAccessibleDescription(expect.stringContaining(message));
    // A wrong amount stores no income at all, rather than the old or a half-typed one.
    expect(changes).toEqual([empty]);
    expect(chartColumn(container, 'inkomen')).not.toHaveTextContent(/Niveau \d/);
    expect(incomeResult(container)).toHaveTextContent(
      'Het bedrag klopt nog niet. Daarom kan Keukentafel het niveau nog niet berekenen.',
    );

    // A correct amount is taken at once and the message goes away.
    await user.tripleClick(amountField());
    await user.paste('1.400');
    expect(changes).toEqual([empty, { ...start, income: { netMonthly: 1400, householdSize: 2 } }]);
    expect(screen.queryByText(message)).toBeNull();
    expect(amountField()).not.toHaveAttribute('aria-invalid');
  });

  it.each([
    ['12.50', 12],
    ['2.000.000', 2000],
    ['1250,505', 1250.5],
    ['abc1', undefined],
  ])(
    'never stores a valid beginning of the wrong amount %s typed key by key',
    async (text, beginning) => {
      const { user, changes, last, container } = renderBrug();
      await user.type(amountField(), text);
      expect(amountField()).toHaveValue(text);
      // The beginning was stored for a moment while typing; the whole text is wrong, so no income.
      if (beginning !== undefined) {
        expect(changes.map((change) => change.income?.netMonthly)).toContain(beginning);
      }
      expect(last()?.income).toBeUndefined();
      expect(incomeResult(container)).toHaveTextContent(
        'Het bedrag klopt nog niet. Daarom kan Keukentafel het niveau nog niet berekenen.',
      );
      expect(chartColumn(container, 'inkomen')).not.toHaveTextContent(/Niveau \d/);
      await user.tab();
      expect(amountField()).toHaveAttribute('aria-invalid', 'true');
      expect(amountField()).toHaveValue(text);
      expect(last()?.income).toBeUndefined();

      // Correcting it key by key stores the whole amount and shows the level again.
      await user.clear(amountField());
      await user.type(amountField(), '1.250,-');
      expect(last()?.income).toEqual({ netMonthly: 1250, householdSize: 2 });
      expect(incomeResult(container)).toHaveTextContent(/Niveau \d: /);
      expect(amountField()).toHaveValue('1.250,-');
    },
  );

  it('says the level cannot be computed while the household size is wrong', async () => {
    const start: BrugAnswers = { ...empty, income: { netMonthly: 1500, householdSize: 2 } };
    const { user, container } = renderBrug(start);
    await user.clear(sizeField());
    await user.type(sizeField(), '21');
    expect(incomeResult(container)).toHaveTextContent(
      'Het aantal mensen klopt nog niet. Daarom kan Keukentafel het niveau nog niet berekenen.',
    );
    await user.clear(sizeField());
    await user.type(sizeField(), '3');
    expect(incomeResult(container)).toHaveTextContent(/Niveau \d: /);
  });

  it('refuses a bad household size and keeps the stored one', async () => {
    const start: BrugAnswers = { ...empty, income: { netMonthly: 1500, householdSize: 2 } };
    const { user, changes, container } = renderBrug(start);
    await user.clear(sizeField());
    await user.type(sizeField(), '0');
    await user.tab();
    expect(screen.getByText('Vul een aantal in van 1 tot en met 20.')).toBeVisible();
    await user.clear(sizeField());
    await user.type(sizeField(), 'drie');
    await user.tab();
    expect(screen.getByText('Vul een heel getal in, bijvoorbeeld 3.')).toBeVisible();
    expect(changes).toHaveLength(0);
    // No level from the old size while the field says something else.
    expect(incomeResult(container)).toHaveTextContent(
      'Het aantal mensen klopt nog niet. Daarom kan Keukentafel het niveau nog niet berekenen.',
    );
    await user.clear(sizeField());
    await user.type(sizeField(), '2');
    expect(incomeResult(container)).toHaveTextContent('Niveau 2: Redelijk.');
  });

  it('keeps a household size typed before the amount', async () => {
    const { user, last } = renderBrug(empty, { householdSize: 2 });
    await user.clear(sizeField());
    await user.type(sizeField(), '3');
    await user.type(amountField(), '1000');
    expect(last()?.income).toEqual({ netMonthly: 1000, householdSize: 3 });
  });

  it('warns calmly when the thresholds are old or extrapolated, and not otherwise', async () => {
    const { user, unmount } = renderBrug(empty, { householdSize: 6 });
    await user.type(amountField(), '2000');
    expect(
      screen.getByText(/De inkomensgrenzen komen uit 2019\. Ze zijn meer dan twee jaar oud\./),
    ).toBeVisible();
    expect(
      screen.getByText(
        /De grenzen in de bron gaan tot 4 personen\. Voor 6 personen telt Keukentafel/,
      ),
    ).toBeVisible();
    unmount();

    const fresh: IncomeThresholds = { ...BRUG_INCOME_THRESHOLDS_2019, year: 2025 };
    const second = renderBrug(empty, { householdSize: 3, incomeThresholds: fresh });
    await second.user.type(amountField(), '2000');
    expect(screen.queryByText(/De inkomensgrenzen komen uit/)).toBeNull();
    expect(screen.queryByText(/De grenzen in de bron gaan tot/)).toBeNull();
  });

  it('computes Wonen from the housing costs unless a statement is chosen, and says which', async () => {
    const start: BrugAnswers = { ...empty, income: { netMonthly: 1500, householdSize: 2 } };
    const { user, last, container } = renderBrug(start);
    await user.type(screen.getByRole('textbox', { name: 'Woonlasten per maand, in euro' }), '600');
    expect(last()?.housing).toEqual({ monthlyCosts: 600 });
    expect(last()?.levels).toEqual({});
    expect(
      screen.getByText('Berekend: niveau 2. De woonlasten zijn 40 procent van het inkomen.'),
    ).toBeVisible();
    expect(within(group('Wonen')).getByText('Berekend: niveau 2.')).toBeVisible();
    expect(option('Wonen', 2)).toBeChecked();
    expect(chartColumn(container, 'wonen')).toHaveTextContent('berekend');

    await user.click(option('Wonen', 1));
    expect(last()?.levels).toEqual({ wonen: 1 });
    expect(within(group('Wonen')).getByText('Gekozen: niveau 1.')).toBeVisible();
    expect(
      screen.getByText(
        'Gekozen is niveau 1. Uit de woonlasten volgt niveau 2. Bespreek samen wat past.',
      ),
    ).toBeVisible();
    expect(chartColumn(container, 'wonen')).not.toHaveTextContent('berekend');
    await user.click(screen.getByRole('button', { name: 'Gebruik het berekende niveau (2)' }));
    expect(last()?.levels).toEqual({});

    await user.click(
      screen.getByRole('checkbox', {
        name: 'Woont tijdelijk in een opvang, bij vrienden of bij familie',
      }),
    );
    expect(last()?.housing).toEqual({ monthlyCosts: 600, temporary: true });
    expect(chartColumn(container, 'wonen')).toHaveTextContent('Niveau 4');
  });

  it('has no axe violations (color-contrast left to the browser run)', async () => {
    const start: BrugAnswers = {
      ...empty,
      levels: { gezondheid: 3, wonen: 1 },
      income: { netMonthly: 1500, householdSize: 6 },
      housing: { monthlyCosts: 900 },
    };
    const { container, user } = renderBrug(start, { householdSize: 6 });
    await user.clear(amountField());
    await user.type(amountField(), 'veel');
    await user.tab();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('read-only: the chart with the previous levels and the chosen sentences', async () => {
    const value: BrugAnswers = {
      ...empty,
      levels: { gezondheid: 2, schulden: 4 },
      income: { netMonthly: 900, householdSize: 2 },
    };
    const previous: BrugAnswers = { ...empty, levels: { gezondheid: 3 } };
    const { container } = renderBrug(value, {
      readOnly: true,
      previous: { takenAt: '2026-03-02', value: previous },
    });
    expect(screen.queryAllByRole('radiogroup')).toHaveLength(0);
    expect(screen.queryAllByRole('textbox')).toHaveLength(0);
    expect(chartColumn(container, 'gezondheid')).toHaveTextContent('Niveau 2');
    expect(chartColumn(container, 'gezondheid')).toHaveTextContent('eerder: 3');
    expect(chartColumn(container, 'schulden')).toHaveTextContent('eerder: niet ingevuld');
    expect(chartColumn(container, 'inkomen')).toHaveTextContent('Niveau 2');
    expect(chartColumn(container, 'spaargeld')).toHaveTextContent('Nog niet ingevuld');
    expect(screen.getByText(/het vorige gesprek \(2 maart 2026\)/)).toBeVisible();
    expect(
      screen.getByText(
        'Mijn huishouden heeft per maand meer dan 890 euro netto inkomen, maar niet meer dan 2.320 euro.',
      ),
    ).toBeVisible();
    expect(await axeViolations(container)).toEqual([]);
  });
});

describe('BridgeChart', () => {
  it('writes every column level as a number and a word, grouped by pillar', () => {
    const levels = {
      wonen: 1,
      'zorg-voor-anderen': 2,
      gezondheid: 3,
      'sociale-contacten': 4,
      schulden: 1,
      spaargeld: 2,
      diploma: 3,
      inkomen: 4,
    } as const;
    const words = { 1: 'Gaat goed', 2: 'Redelijk', 3: 'Zorgen', 4: 'Grote zorgen' } as const;
    const { container } = render(<BridgeChart definition={BRUG} levels={levels} compact />);
    for (const column of BRUG.dimensions) {
      const level = levels[column.id];
      const element = chartColumn(container, column.id);
      expect(element).toHaveAttribute('data-level', String(level));
      expect(element).toHaveTextContent(column.label);
      expect(element).toHaveTextContent(`Niveau ${String(level)}`);
      expect(element).toHaveTextContent(words[level]);
    }
    for (const pillar of BRUG.pillars) {
      expect(screen.getByRole('list', { name: pillar.label })).toBeInTheDocument();
    }
    expect(
      within(container.querySelector('figcaption') as HTMLElement).getAllByRole('listitem'),
    ).toHaveLength(4);
  });
});
