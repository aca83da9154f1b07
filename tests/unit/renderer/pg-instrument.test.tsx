import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import {
  PG_JONGEREN,
  PG_KINDEREN,
  PG_VOLWASSENEN,
} from '../../../shared/instruments/positieve-gezondheid';
import type { PgDefinition } from '../../../shared/instruments/definition-schema';
import type { Person, PersonRole } from '../../../shared/schemas/person';
import {
  PgInstrument,
  type PgInstrumentProps,
} from '../../../renderer/src/features/instruments/pg/PgInstrument';

const NOW = new Date('2026-11-22T10:00:00Z');

function person(role: PersonRole, birthDate?: string): Person {
  return {
    id: '1c8a7b63-4d2e-4f90-8b3c-2d4e6f8a0b1c',
    householdId: '0b7f6a52-3c1d-4e8f-9a2b-1c3d5e7f9a0b',
    createdAt: '2026-01-01T09:00:00Z',
    updatedAt: '2026-01-01T09:00:00Z',
    rev: 1,
    role,
    displayName: 'Sanne',
    ...(birthDate === undefined ? {} : { birthDate }),
  };
}

function Harness({
  initial = {},
  onChange,
  ...rest
}: Omit<PgInstrumentProps, 'scores' | 'onChange'> & {
  initial?: Record<string, number>;
  onChange: (scores: Record<string, number>) => void;
}) {
  const [scores, setScores] = useState(initial);
  return (
    <PgInstrument
      scores={scores}
      onChange={(next) => {
        onChange(next);
        setScores(next);
      }}
      {...rest}
    />
  );
}

// Scans of the full instrument are slow in jsdom on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

describe('PgInstrument', () => {
  it.each<[string, Person, PgDefinition, string]>([
    [
      'age decides',
      person('kind', '2016-03-01'),
      PG_KINDEREN,
      'Sanne is 10 jaar. Daarom gebruikt u deze versie.',
    ],
    [
      'role decides where versions overlap',
      person('jongere', '2006-04-02'),
      PG_JONGEREN,
      'Sanne is 20 jaar. Voor die leeftijd zijn er twee versies. U gebruikt de versie die past bij de rol in het huishouden: jongere.',
    ],
    [
      'nearest version between kinderen and jongeren',
      person('kind', '2012-01-15'),
      PG_JONGEREN,
      'Sanne is 14 jaar. Voor die leeftijd is er geen eigen versie. Daarom gebruikt u de versie die het best past.',
    ],
    [
      'no birth date',
      person('volwassene'),
      PG_VOLWASSENEN,
      'De geboortedatum van Sanne is niet bekend. Daarom gebruikt u de versie die past bij de rol in het huishouden: volwassene.',
    ],
    [
      'a version other than the advised one',
      person('volwassene', '1980-01-01'),
      PG_JONGEREN,
      'Deze versie is voor Sanne gekozen.',
    ],
  ])('names the person, the version and why (%s)', (_name, who, definition, reason) => {
    render(
      <PgInstrument
        person={who}
        definition={definition}
        scores={{}}
        onChange={vi.fn()}
        now={NOW}
      />,
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Spinnenweb van Sanne' })).toBeVisible();
    expect(screen.getByText(definition.title)).toBeInTheDocument();
    expect(screen.getByText(reason)).toBeInTheDocument();
  });

  it('shows our own question for every dimension beside the web', () => {
    render(
      <PgInstrument
        person={person('jongere', '2006-04-02')}
        definition={PG_JONGEREN}
        scores={{}}
        onChange={vi.fn()}
        now={NOW}
      />,
    );
    for (const dimension of PG_JONGEREN.dimensions) {
      expect(screen.getByText(dimension.prompt)).toBeInTheDocument();
      expect(screen.getByRole('slider', { name: dimension.label })).toHaveAttribute(
        'aria-valuetext',
        'nog geen score',
      );
    }
    expect(screen.getByText('0 van de 6 onderwerpen hebben een cijfer.')).toBeInTheDocument();
  });

  it('scores with the web and shows the same scores in the list', async () => {
    const onChange = vi.fn();
    const user = userEvent.setup();
    const { container } = render(
      <Harness
        person={person('volwassene', '1980-01-01')}
        definition={PG_VOLWASSENEN}
        initial={{ zingeving: 4 }}
        onChange={onChange}
        now={NOW}
      />,
    );
    const ring = container.querySelector('[data-dimension="meedoen"][data-value="8"]');
    if (ring === null) throw new Error('no ring');
    await user.click(ring);
    expect(onChange).toHaveBeenLastCalledWith({ zingeving: 4, meedoen: 8 });
    expect(screen.getByText('2 van de 6 onderwerpen hebben een cijfer.')).toBeInTheDocument();

    await user.click(screen.getByRole('tab', { name: 'Lijst' }));
    const meedoen = screen.getByRole('radiogroup', { name: 'Meedoen' });
    expect(meedoen).toHaveAccessibleDescription(
      PG_VOLWASSENEN.dimensions.find((entry) => entry.id === 'meedoen')?.prompt ?? '',
    );
    expect(within(meedoen).getByRole('radio', { name: '8' })).toBeChecked();
    const lichaam = screen.getByRole('radiogroup', { name: 'Lichaamsfuncties' });
    expect(within(lichaam).queryByRole('radio', { checked: true })).toBeNull();
    expect(within(lichaam).getByText('nog geen score')).toBeInTheDocument();

    await user.click(within(lichaam).getByRole('radio', { name: '3' }));
    expect(onChange).toHaveBeenLastCalledWith({ zingeving: 4, meedoen: 8, lichaamsfuncties: 3 });
    await user.keyboard('{ArrowRight}');
    expect(onChange).toHaveBeenLastCalledWith({ zingeving: 4, meedoen: 8, lichaamsfuncties: 4 });

    await user.click(screen.getByRole('tab', { name: 'Spinnenweb' }));
    expect(screen.getByRole('slider', { name: 'Lichaamsfuncties' })).toHaveAttribute(
      'aria-valuetext',
      '4 van de 10',
    );
  });

  it('shows the previous scores only when given', async () => {
    const user = userEvent.setup();
    const { rerender } = render(
      <PgInstrument
        person={person('volwassene', '1980-01-01')}
        definition={PG_VOLWASSENEN}
        scores={{ meedoen: 6 }}
        onChange={vi.fn()}
        now={NOW}
      />,
    );
    expect(screen.queryByText('Wat de lijnen betekenen')).toBeNull();
    rerender(
      <PgInstrument
        person={person('volwassene', '1980-01-01')}
        definition={PG_VOLWASSENEN}
        scores={{ meedoen: 6 }}
        onChange={vi.fn()}
        now={NOW}
        previous={{ takenAt: '2026-05-03', scores: { meedoen: 4 } }}
      />,
    );
    expect(screen.getByText('Wat de lijnen betekenen')).toBeInTheDocument();
    expect(
      screen.getByText('Nu, 22 november 2026: doorgetrokken lijn met rondjes'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: 'Lijst' }));
    const meedoen = screen.getByRole('radiogroup', { name: 'Meedoen' });
    expect(within(meedoen).getByText('vorige keer: 4')).toBeInTheDocument();
  });

  it('has no axe violations in either view', async () => {
    const user = userEvent.setup();
    const { container } = render(
      <PgInstrument
        person={person('kind', '2016-03-01')}
        definition={PG_KINDEREN}
        scores={{ meedoen: 6 }}
        onChange={vi.fn()}
        now={NOW}
        previous={{ takenAt: '2026-05-03', scores: { meedoen: 4 } }}
      />,
    );
    // jsdom has no layout or colours, so colour contrast is left to the e2e scan.
    const options = { rules: { 'color-contrast': { enabled: false } } };
    expect((await axe.run(container, options)).violations).toEqual([]);
    await user.click(screen.getByRole('tab', { name: 'Lijst' }));
    expect((await axe.run(container, options)).violations).toEqual([]);
  });
});
