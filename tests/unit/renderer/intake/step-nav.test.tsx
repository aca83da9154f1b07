import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { emptyIntakeDraft } from '../../../../renderer/src/features/intake/intake-draft';
import { StepNav, stepIsFilled } from '../../../../renderer/src/features/intake/StepNav';
import { INTAKE_STEPS } from '../../../../renderer/src/features/intake/intake-key';
import { HOUSEHOLD_ID, person } from '../../shared/builders';

const NOW = new Date('2026-11-22T10:00:00');

describe('intake step indicator', () => {
  it('lists the eight steps as links in order and marks the current one', () => {
    render(
      <MemoryRouter>
        <StepNav householdId={HOUSEHOLD_ID} current="advies" filled={['vraag']} />
      </MemoryRouter>,
    );
    const nav = screen.getByRole('navigation', { name: 'Stappen van het gesprek' });
    const links = within(nav).getAllByRole('link');
    expect(links).toHaveLength(8);
    expect(links.map((link) => link.getAttribute('href'))).toEqual(
      INTAKE_STEPS.map((step) => `/huishouden/${HOUSEHOLD_ID}/gesprek/${step}`),
    );
    expect(links[4]).toHaveAttribute('aria-current', 'step');
    expect(links.filter((link) => link.hasAttribute('aria-current'))).toHaveLength(1);
    expect(links[0]).toHaveAccessibleName('De vraag (ingevuld)');
    expect(links[1]).toHaveAccessibleName('Wat gaat goed');
  });

  it('counts a step as filled only when it holds input', () => {
    const persons = [person('volwassene', { birthDate: '1980-01-01' })];
    const empty = emptyIntakeDraft(NOW);
    expect(INTAKE_STEPS.filter((step) => stepIsFilled(step, empty, persons, NOW))).toEqual([]);
    const typed = {
      ...empty,
      question: 'Hulp bij geld',
      strengths: '   ',
      avePhase: 2 as const,
      advice: { decisions: {}, additions: [] },
    };
    expect(INTAKE_STEPS.filter((step) => stepIsFilled(step, typed, persons, NOW))).toEqual([
      'vraag',
      'samenvatting',
    ]);
  });
});
