import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { KANSENCIRKEL } from '../../../shared/instruments/kansencirkel';
import {
  KansencirkelAnswersSchema,
  type KansencirkelAnswers,
} from '../../../shared/schemas/assessment';
import type { Person } from '../../../shared/schemas/person';
import { KansencirkelInstrument } from '../../../renderer/src/features/instruments/kansencirkel/KansencirkelInstrument';

const child: Person = {
  id: '2d7f6e5a-9e3c-4f4d-8a3b-4c5d6e7f8091',
  householdId: '1c6f5d4e-8d2b-4e3c-8f2a-3b4c5d6e7f80',
  role: 'kind',
  displayName: 'Noor',
  birthDate: '2016-05-04',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  rev: 1,
};

const empty: KansencirkelAnswers = { kind: 'kansencirkel', areas: {} };

function renderCircle(
  start: KansencirkelAnswers = empty,
  extra: { previous?: { takenAt: string; value: KansencirkelAnswers }; readOnly?: boolean } = {},
) {
  const changes: KansencirkelAnswers[] = [];
  function Harness() {
    const [value, setValue] = useState(start);
    return (
      <KansencirkelInstrument
        child={child}
        value={value}
        onChange={(next) => {
          KansencirkelAnswersSchema.parse(next);
          changes.push(next);
          setValue(next);
        }}
        previous={extra.previous}
        readOnly={extra.readOnly}
      />
    );
  }
  const view = render(<Harness />);
  return { ...view, changes, last: () => changes[changes.length - 1], user: userEvent.setup() };
}

const area = (name: string) => screen.getByRole('radiogroup', { name });
const chartImage = () => screen.getByRole('img', { name: /^Kansencirkel van Noor/ });
const segment = (container: HTMLElement, id: string) => {
  const element = container.querySelector(`.kc-segment[data-area="${id}"]`);
  if (element === null) throw new Error(`no segment ${id}`);
  return element;
};

async function axeViolations(container: HTMLElement) {
  // color-contrast needs real layout and colours, which jsdom does not have; the e2e run checks it.
  const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((violation) => `${violation.id}: ${violation.help}`);
}

describe('KansencirkelInstrument', { timeout: 30_000 }, () => {
  it('asks about the eight areas with their question, each with three choices', () => {
    renderCircle();
    expect(KANSENCIRKEL.dimensions).toHaveLength(8);
    for (const dimension of KANSENCIRKEL.dimensions) {
      const group = area(dimension.label);
      expect(group).toHaveAccessibleDescription(dimension.prompt);
      expect(
        within(group)
          .getAllByRole('radio')
          .map((radio) => radio.closest('label')?.textContent),
      ).toEqual(['Gaat goed', 'Aandacht nodig', 'Zorg']);
    }
  });

  it('sets the status of one area by keyboard: Tab, Space and the arrow keys', async () => {
    const { user, last, container } = renderCircle({ ...empty, areas: { veilig: 'zorg' } });
    await user.tab();
    const first = within(area('Actief')).getByRole('radio', { name: 'Gaat goed' });
    expect(first).toHaveFocus();
    await user.keyboard(' ');
    expect(last()?.areas).toEqual({ veilig: 'zorg', actief: 'gaat-goed' });
    await user.keyboard('{ArrowRight}');
    expect(last()?.areas).toEqual({ veilig: 'zorg', actief: 'aandacht' });
    await user.keyboard('{ArrowRight}');
    expect(last()?.areas).toEqual({ veilig: 'zorg', actief: 'zorg' });
    await user.keyboard('{ArrowLeft}');
    expect(last()?.areas).toEqual({ veilig: 'zorg', actief: 'aandacht' });
    expect(within(area('Actief')).getByRole('radio', { name: 'Aandacht nodig' })).toBeChecked();

    // Tab moves on to the next area; its choice is separate.
    await user.tab();
    expect(within(area('Gerespecteerd')).getByRole('radio', { name: 'Gaat goed' })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(last()?.areas).toEqual({
      veilig: 'zorg',
      actief: 'aandacht',
      gerespecteerd: 'aandacht',
    });

    expect(segment(container, 'actief')).toHaveAttribute('data-status', 'aandacht');
    expect(segment(container, 'actief')).toHaveTextContent('ActiefAandacht nodig');
    expect(chartImage()).toHaveAccessibleName(
      expect.stringContaining('Actief: Aandacht nodig. Gerespecteerd: Aandacht nodig.'),
    );
  });

  it('sets a status by a click and shows every area with its status in the circle', async () => {
    const { user, last, container } = renderCircle();
    await user.click(within(area('Erbij horen')).getByRole('radio', { name: 'Zorg' }));
    expect(last()).toEqual({ kind: 'kansencirkel', areas: { 'erbij-horen': 'zorg' } });
    expect(screen.getByText('1 van de 8 onderwerpen ingevuld.')).toBeVisible();
    for (const dimension of KANSENCIRKEL.dimensions) {
      const element = segment(container, dimension.id);
      expect(element).toHaveTextContent(dimension.label);
      expect(element).toHaveTextContent(
        dimension.id === 'erbij-horen' ? 'Zorg' : 'Nog niet ingevuld',
      );
    }
    // The status is drawn with a pattern, not only a colour.
    expect(segment(container, 'erbij-horen').querySelector('path')?.getAttribute('fill')).toMatch(
      /^url\(#.+-zorg\)$/,
    );
  });

  it('has no axe violations (color-contrast left to the browser run)', async () => {
    const { container } = renderCircle({
      ...empty,
      areas: { actief: 'gaat-goed', veilig: 'aandacht', gezond: 'zorg' },
    });
    expect(await axeViolations(container)).toEqual([]);
  });

  it('read-only: a small circle and a table of now and before', async () => {
    const { container } = renderCircle(
      { ...empty, areas: { actief: 'gaat-goed', gezond: 'zorg' } },
      {
        readOnly: true,
        previous: { takenAt: '2026-03-02', value: { ...empty, areas: { actief: 'zorg' } } },
      },
    );
    expect(screen.queryAllByRole('radiogroup')).toHaveLength(0);
    const table = screen.getByRole('table');
    expect(
      within(table).getByRole('columnheader', { name: 'Eerder (2 maart 2026)' }),
    ).toBeVisible();
    const actief = within(table).getByRole('row', { name: /^Actief/ });
    expect(
      within(actief)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['Gaat goed', 'Zorg']);
    const gezond = within(table).getByRole('row', { name: /^Gezond/ });
    expect(
      within(gezond)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['Zorg', 'Nog niet ingevuld']);
    expect(chartImage()).toHaveAccessibleName(
      expect.stringContaining('Actief: Gaat goed, eerder: Zorg'),
    );
    expect(await axeViolations(container)).toEqual([]);
  });
});
