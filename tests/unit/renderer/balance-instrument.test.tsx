import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { BalanceScale, beamTilt } from '../../../renderer/src/components/BalanceScale';
import {
  BalanceInstrument,
  type BalanceInstrumentProps,
} from '../../../renderer/src/features/instruments/balance/BalanceInstrument';
import { balanceFromAnswers } from '../../../shared/instruments/balance';
import { PG_VOLWASSENEN } from '../../../shared/instruments/positieve-gezondheid';
import {
  BalanceAnswersSchema,
  type BalanceAnswers,
  type BrugAnswers,
} from '../../../shared/schemas/assessment';
import type { Person } from '../../../shared/schemas/person';

const NOW = new Date('2026-11-22T10:00:00Z');

const PERSON: Person = {
  id: '00000000-0000-4000-8000-000000000001',
  householdId: '00000000-0000-4000-8000-000000000002',
  role: 'volwassene',
  displayName: 'Samira',
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-01T10:00:00.000Z',
  rev: 1,
};

const EMPTY: BalanceAnswers = { kind: 'draagkracht-draaglast', factors: [] };

const BRUG_SCHULDEN_4: BrugAnswers = {
  kind: 'brug-naar-zelfredzaamheid',
  levels: { schulden: 4 },
};

type Change = Parameters<BalanceInstrumentProps['onChange']>[0];

/** Holds the state like the intake does, and reports every change. */
function Harness({
  initial = EMPTY,
  dismissed = [],
  sources = {},
  onChange,
}: {
  initial?: BalanceAnswers;
  dismissed?: string[];
  sources?: BalanceInstrumentProps['sources'];
  onChange?: (next: Change) => void;
}) {
  const [state, setState] = useState<Change>({ value: initial, dismissedProposals: dismissed });
  return (
    <BalanceInstrument
      person={PERSON}
      value={state.value}
      dismissedProposals={state.dismissedProposals}
      sources={sources}
      now={NOW}
      onChange={(next) => {
        // Everything that leaves the component must be storable as it is.
        BalanceAnswersSchema.parse(next.value);
        setState(next);
        onChange?.(next);
      }}
    />
  );
}

function lastChange(onChange: ReturnType<typeof vi.fn<(next: Change) => void>>): Change {
  const call = onChange.mock.calls.at(-1);
  if (call === undefined) throw new Error('onChange was not called');
  return call[0];
}

function proposalCard(label: string): HTMLElement {
  const list = screen.getByRole('heading', { name: 'Voorstellen' }).closest('section');
  if (list === null) throw new Error('no proposals section');
  return within(list).getByRole('listitem', { name: label });
}

function sphereFigure(name: string): HTMLElement {
  return screen.getByRole('figure', { name });
}

// jsdom has no layout or colours: the colour-contrast rule cannot run here (the e2e scan covers it).
async function axeViolations(container: HTMLElement) {
  const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((violation) => `${violation.id}: ${violation.help}`);
}

// Axe scans and user-event over a form this size are slow in jsdom on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

describe('BalanceInstrument: proposals', () => {
  it('proposes the schulden draaglast factor from Brug schulden 4, marked voorgesteld with its evidence', () => {
    render(<Harness sources={{ brug: { answers: BRUG_SCHULDEN_4, householdSize: 1 } }} />);
    const card = proposalCard('Schulden');
    expect(within(card).getByText('voorgesteld')).toHaveClass('utrecht-status-badge');
    expect(card).toHaveTextContent('Brug: Schulden niveau 4');
    expect(card).toHaveTextContent('Draaglast bij Persoonlijk. Gewicht 3, zwaar. Tijdelijk.');
  });

  it('proposes from Positieve Gezondheid scores, naming the dimension and score', () => {
    render(
      <Harness
        sources={{
          pg: { definition: PG_VOLWASSENEN, scores: { meedoen: 8, 'mentaal-welbevinden': 3 } },
        }}
      />,
    );
    expect(proposalCard('Meedoen met sport, cultuur, een club of de buurt')).toHaveTextContent(
      'Positieve Gezondheid: Meedoen cijfer 8',
    );
    expect(proposalCard('Psychische klachten')).toHaveTextContent(
      'Positieve Gezondheid: Mentaal welbevinden cijfer 3',
    );
  });

  it('says there are no proposals without sources', () => {
    render(<Harness />);
    expect(screen.getByText(/Er zijn nog geen voorstellen/)).toBeInTheDocument();
    expect(screen.queryByText('voorgesteld')).not.toBeInTheDocument();
  });

  it('confirming moves the proposal into value.factors with its weight and duration', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn<(next: Change) => void>();
    render(
      <Harness
        sources={{ brug: { answers: BRUG_SCHULDEN_4, householdSize: 1 } }}
        onChange={onChange}
      />,
    );
    await user.click(
      within(proposalCard('Schulden')).getByRole('button', { name: 'Klopt, overnemen' }),
    );
    expect(lastChange(onChange).value.factors).toEqual([
      { factorId: 'schulden', weight: 3, duration: 'tijdelijk' },
    ]);
    expect(lastChange(onChange).dismissedProposals).toEqual([]);
    expect(screen.queryByText('voorgesteld')).not.toBeInTheDocument();
    expect(screen.getByText('U hebt alle voorstellen bekeken.')).toBeInTheDocument();
    // It now sits in the editable list and weighs in the picture.
    expect(screen.getByRole('radiogroup', { name: 'Gewicht Schulden' })).toBeInTheDocument();
    expect(
      within(sphereFigure('Persoonlijk')).getByText('Draaglast').parentElement,
    ).toHaveTextContent('Draaglast 3');
  });

  it('dismissing puts the id in dismissedProposals and hides it; it can be put back', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn<(next: Change) => void>();
    render(
      <Harness
        sources={{
          brug: {
            answers: { kind: 'brug-naar-zelfredzaamheid', levels: { schulden: 4, inkomen: 3 } },
            householdSize: 1,
          },
        }}
        onChange={onChange}
      />,
    );
    await user.click(within(proposalCard('Schulden')).getByRole('button', { name: 'Klopt niet' }));
    expect(lastChange(onChange)).toEqual({ value: EMPTY, dismissedProposals: ['schulden'] });
    expect(screen.queryByRole('listitem', { name: 'Schulden' })).not.toBeInTheDocument();
    expect(proposalCard('Laag inkomen')).toBeInTheDocument();
    // Focus moves on to the next proposal instead of falling to the page.
    expect(
      within(proposalCard('Laag inkomen')).getByRole('button', { name: 'Klopt, overnemen' }),
    ).toHaveFocus();

    await user.click(screen.getByText('Afgewezen voorstellen (1)'));
    await user.click(screen.getByRole('button', { name: 'Toch bekijken: Schulden' }));
    expect(lastChange(onChange).dismissedProposals).toEqual([]);
    expect(proposalCard('Schulden')).toBeInTheDocument();
    // Focus goes to the restored card itself, wherever it stands in the list.
    expect(
      within(proposalCard('Schulden')).getByRole('button', { name: 'Klopt, overnemen' }),
    ).toHaveFocus();
  });

  it('hides proposals already dismissed or already confirmed when it opens', () => {
    render(
      <Harness
        initial={{
          kind: 'draagkracht-draaglast',
          factors: [{ factorId: 'laag-inkomen', weight: 1, duration: 'permanent' }],
        }}
        dismissed={['schulden']}
        sources={{
          brug: {
            answers: { kind: 'brug-naar-zelfredzaamheid', levels: { schulden: 4, inkomen: 3 } },
            householdSize: 1,
          },
        }}
      />,
    );
    expect(screen.queryByText('voorgesteld')).not.toBeInTheDocument();
    // The confirmed factor keeps the professional's weight, not the proposal's.
    expect(screen.getByRole('radio', { name: /1 licht/ })).toBeChecked();
  });
});

describe('BalanceInstrument: editing factors', () => {
  const WITH_SCHULDEN: BalanceAnswers = {
    kind: 'draagkracht-draaglast',
    factors: [{ factorId: 'schulden', weight: 2, duration: 'tijdelijk' }],
  };

  it('changes the weight and the duration with the keyboard', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn<(next: Change) => void>();
    render(<Harness initial={WITH_SCHULDEN} onChange={onChange} />);
    const weight = screen.getByRole('radiogroup', { name: 'Gewicht Schulden' });
    expect(within(weight).getByRole('radio', { name: '2 middel' })).toBeChecked();

    within(weight).getByRole('radio', { name: '2 middel' }).focus();
    await user.keyboard('{ArrowRight}');
    expect(lastChange(onChange).value.factors[0]?.weight).toBe(3);
    expect(within(weight).getByRole('radio', { name: '3 zwaar' })).toBeChecked();

    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(lastChange(onChange).value.factors[0]?.weight).toBe(1);

    const duration = screen.getByRole('radiogroup', { name: 'Duur Schulden' });
    within(duration).getByRole('radio', { name: 'Tijdelijk' }).focus();
    await user.keyboard('{ArrowRight}');
    expect(lastChange(onChange).value.factors[0]).toEqual({
      factorId: 'schulden',
      weight: 1,
      duration: 'permanent',
    });
    expect(within(duration).getByRole('radio', { name: 'Blijvend' })).toBeChecked();
  });

  it('keeps a note with the factor, and drops it again when emptied', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn<(next: Change) => void>();
    render(<Harness initial={WITH_SCHULDEN} onChange={onChange} />);
    await user.click(screen.getByRole('button', { name: 'Notitie toevoegen: Schulden' }));
    const note = screen.getByRole('textbox', { name: 'Notitie (niet verplicht) Schulden' });
    expect(note).toHaveFocus();
    await user.type(note, 'Bij de energie');
    expect(lastChange(onChange).value.factors[0]?.note).toBe('Bij de energie');
    await user.clear(note);
    expect(lastChange(onChange).value.factors[0]).not.toHaveProperty('note');
  });

  it('adds an own factor with label, sphere and side', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn<(next: Change) => void>();
    render(<Harness onChange={onChange} />);
    const form = screen.getByRole('group', { name: 'Factor toevoegen' });
    await user.selectOptions(within(form).getByLabelText('Deel van het leven'), 'Sociaal');
    await user.click(within(form).getByRole('radio', { name: 'Draaglast: weegt zwaar' }));
    await user.selectOptions(
      within(form).getByLabelText('Factor'),
      'Iets anders, in eigen woorden',
    );
    // An empty own factor is refused with a message at the field.
    await user.click(within(form).getByRole('button', { name: 'Factor toevoegen' }));
    expect(onChange).not.toHaveBeenCalled();
    const own = within(form).getByRole('textbox', { name: 'Wat is het? In een paar woorden' });
    expect(own).toHaveAccessibleDescription('Schrijf in een paar woorden wat het is.');
    expect(own).toHaveFocus();

    await user.type(own, 'Ruzie met de buren');
    await user.click(within(form).getByRole('button', { name: 'Factor toevoegen' }));
    expect(lastChange(onChange).value.factors).toEqual([
      {
        factorId: 'eigen-1',
        label: 'Ruzie met de buren',
        sphere: 'sociaal',
        side: 'draaglast',
        weight: 2,
        duration: 'tijdelijk',
      },
    ]);
    const sociaal = screen.getByRole('region', { name: 'Sociaal' });
    expect(within(sociaal).getByText('Ruzie met de buren')).toBeInTheDocument();
    expect(within(sociaal).getByText(/eigen factor/)).toBeInTheDocument();
    expect(within(sphereFigure('Sociaal')).getByText('Ruzie met de buren')).toBeInTheDocument();
  });

  it('adds a catalogue factor with its default weight, and no longer offers it', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn<(next: Change) => void>();
    render(<Harness onChange={onChange} />);
    const form = screen.getByRole('group', { name: 'Factor toevoegen' });
    await user.selectOptions(
      within(form).getByLabelText('Deel van het leven'),
      'Maatschappelijk-economisch',
    );
    await user.selectOptions(within(form).getByLabelText('Factor'), 'Betaald werk');
    await user.click(within(form).getByRole('button', { name: 'Factor toevoegen' }));
    expect(lastChange(onChange).value.factors).toEqual([
      { factorId: 'werk', weight: 2, duration: 'tijdelijk' },
    ]);
    expect(
      within(within(form).getByLabelText('Factor')).queryByRole('option', {
        name: 'Betaald werk',
      }),
    ).not.toBeInTheDocument();
  });

  it('removes a factor and moves focus to its sphere', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn<(next: Change) => void>();
    render(
      <Harness
        initial={{
          kind: 'draagkracht-draaglast',
          factors: [
            { factorId: 'schulden', weight: 2, duration: 'tijdelijk' },
            { factorId: 'werk', weight: 2, duration: 'tijdelijk' },
          ],
        }}
        onChange={onChange}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Weghalen: Schulden' }));
    expect(lastChange(onChange).value.factors).toEqual([
      { factorId: 'werk', weight: 2, duration: 'tijdelijk' },
    ]);
    expect(screen.queryByText('Schulden')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Persoonlijk' })).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent('"Schulden" is weggehaald.');
  });

  it('adds a life event with a date, shows whether it counts, and removes it', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn<(next: Change) => void>();
    render(<Harness onChange={onChange} />);
    await user.selectOptions(screen.getByLabelText('Gebeurtenis'), 'Scheiding');
    await user.click(screen.getByRole('button', { name: 'Gebeurtenis toevoegen' }));
    expect(lastChange(onChange).value.lifeEvents).toEqual([{ eventId: 'scheiding' }]);
    expect(screen.getByText('Telt mee als tijdelijke draaglast, gewicht 2.')).toBeInTheDocument();

    const date = screen.getByLabelText('Datum (niet verplicht) Scheiding');
    await user.type(date, '2020-03-15');
    expect(lastChange(onChange).value.lifeEvents).toEqual([
      { eventId: 'scheiding', date: '2020-03-15' },
    ]);
    expect(
      screen.getByText(
        'Datum: 15 maart 2020. Telt niet mee: dit is langer dan 24 maanden geleden.',
      ),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Weghalen: Scheiding' }));
    expect(lastChange(onChange).value.lifeEvents).toEqual([]);
  });
});

describe('BalanceScale', () => {
  it('shows the sums per sphere as text and tilts towards the heavier side', () => {
    render(
      <Harness
        initial={{
          kind: 'draagkracht-draaglast',
          factors: [
            { factorId: 'schulden', weight: 3, duration: 'tijdelijk' },
            { factorId: 'beperking-of-chronische-ziekte', weight: 2, duration: 'permanent' },
            { factorId: 'geschikte-woning', weight: 1, duration: 'tijdelijk' },
            { factorId: 'goed-netwerk', weight: 2, duration: 'tijdelijk' },
          ],
        }}
      />,
    );
    const persoonlijk = sphereFigure('Persoonlijk');
    expect(persoonlijk).toHaveTextContent('Draagkracht 1');
    expect(persoonlijk).toHaveTextContent('Draaglast 5');
    expect(persoonlijk).toHaveTextContent('2 blijvend, 3 tijdelijk');
    expect(persoonlijk).toHaveTextContent('De draaglast weegt zwaarder.');
    expect(persoonlijk).toHaveAttribute('data-tilt', 'draaglast');
    expect(Number(persoonlijk.getAttribute('data-degrees'))).toBeGreaterThan(0);

    const sociaal = sphereFigure('Sociaal');
    expect(sociaal).toHaveTextContent('Draagkracht 2');
    expect(sociaal).toHaveTextContent('Draaglast 0');
    expect(sociaal).toHaveTextContent('De draagkracht weegt zwaarder.');
    expect(Number(sociaal.getAttribute('data-degrees'))).toBeLessThan(0);

    expect(sphereFigure('Maatschappelijk-economisch')).toHaveTextContent(
      'Hier is nog niets gekozen.',
    );
    // Overall 3 against 5: kwetsbaar, in words.
    expect(screen.getByText('Kwetsbaar')).toHaveClass('utrecht-status-badge');
    expect(screen.getByText(/^De balans is kwetsbaar\./)).toBeInTheDocument();
    expect(screen.getByText('Alles samen: draagkracht 3, draaglast 5.')).toBeInTheDocument();
  });

  it('follows the shared derivation for each conclusion', () => {
    const cases: [BalanceAnswers['factors'], string, string][] = [
      [[], 'Nog onbekend', 'Er zijn nog geen factoren gekozen.'],
      [
        [{ factorId: 'werk', weight: 3, duration: 'tijdelijk' }],
        'Stabiel',
        'De balans is stabiel.',
      ],
      [
        [
          { factorId: 'schulden', weight: 3, duration: 'tijdelijk' },
          { factorId: 'verslaving', weight: 3, duration: 'tijdelijk' },
        ],
        'Uit balans',
        'De balans is weg.',
      ],
    ];
    for (const [factors, level, sentence] of cases) {
      const balance = balanceFromAnswers({ kind: 'draagkracht-draaglast', factors }, NOW);
      const { unmount } = render(<BalanceScale balance={balance} variant="compact" />);
      expect(screen.getByText(level)).toHaveClass('utrecht-status-badge');
      expect(screen.getByText(new RegExp(`^${sentence}`))).toBeInTheDocument();
      unmount();
    }
  });

  it('tilts by the weight difference, up to a limit', () => {
    expect(beamTilt(0, 0)).toEqual({ tilt: 'leeg', degrees: 0 });
    expect(beamTilt(2, 2)).toEqual({ tilt: 'gelijk', degrees: 0 });
    expect(beamTilt(1, 2)).toEqual({ tilt: 'draaglast', degrees: 4 });
    expect(beamTilt(5, 1)).toEqual({ tilt: 'draagkracht', degrees: -16 });
    expect(beamTilt(0, 20).degrees).toBe(16);
  });

  it('the compact variant leaves out the factor names', () => {
    const balance = balanceFromAnswers(
      {
        kind: 'draagkracht-draaglast',
        factors: [{ factorId: 'schulden', weight: 3, duration: 'tijdelijk' }],
      },
      NOW,
    );
    const { rerender } = render(<BalanceScale balance={balance} variant="compact" />);
    expect(sphereFigure('Persoonlijk')).toHaveTextContent('Draaglast 3');
    expect(screen.queryByText('Schulden')).not.toBeInTheDocument();
    rerender(<BalanceScale balance={balance} />);
    expect(within(sphereFigure('Persoonlijk')).getByText('Schulden')).toBeInTheDocument();
  });
});

describe('BalanceInstrument: headings', () => {
  it('fits under a page h2 with headingLevel 3', () => {
    render(
      <BalanceInstrument
        person={PERSON}
        value={EMPTY}
        dismissedProposals={[]}
        onChange={vi.fn()}
        sources={{ brug: { answers: BRUG_SCHULDEN_4, householdSize: 1 } }}
        now={NOW}
        headingLevel={3}
      />,
    );
    expect(screen.getByRole('heading', { name: 'Voorstellen' })).toHaveProperty('tagName', 'H3');
    expect(screen.getByRole('heading', { name: 'Schulden' })).toHaveProperty('tagName', 'H4');
    expect(screen.getByRole('heading', { name: 'Persoonlijk' })).toHaveProperty('tagName', 'H4');
    expect(screen.getAllByRole('heading', { name: /^Draaglast/ })[0]).toHaveProperty(
      'tagName',
      'H5',
    );
  });
});

describe('accessibility (axe-core in jsdom, color-contrast off: jsdom has no colours)', () => {
  it('has no violations with proposals, factors of every kind and life events', async () => {
    const { container } = render(
      <Harness
        initial={{
          kind: 'draagkracht-draaglast',
          factors: [
            { factorId: 'werk', weight: 2, duration: 'tijdelijk', note: 'Vier dagen' },
            {
              factorId: 'eigen-1',
              label: 'Hond',
              sphere: 'persoonlijk',
              side: 'draagkracht',
              weight: 1,
              duration: 'tijdelijk',
            },
          ],
          lifeEvents: [{ eventId: 'verhuizing', date: '2026-01-10' }],
        }}
        dismissed={['laag-inkomen']}
        sources={{
          pg: { definition: PG_VOLWASSENEN, scores: { meedoen: 8 } },
          brug: {
            answers: { kind: 'brug-naar-zelfredzaamheid', levels: { schulden: 4, inkomen: 3 } },
            householdSize: 2,
          },
        }}
      />,
    );
    expect(await axeViolations(container)).toEqual([]);
  });

  it('has no violations when empty, and in the compact scale', async () => {
    const { container, unmount } = render(<Harness />);
    expect(await axeViolations(container)).toEqual([]);
    unmount();
    const compact = render(
      <BalanceScale balance={balanceFromAnswers(EMPTY, NOW)} variant="compact" />,
    );
    expect(await axeViolations(compact.container)).toEqual([]);
  });
});
