import type { Answers, Assessment } from '../../../shared/schemas/assessment';
import type { Household } from '../../../shared/schemas/household';
import type { Person, PersonRole } from '../../../shared/schemas/person';
import { SuggestionSchema, type Suggestion } from '../../../shared/prevention/result';

// Valid records with fixed ids, so tests only spell out what they are about.

export const HOUSEHOLD_ID = '0b7f6a52-3c1d-4e8f-9a2b-1c3d5e7f9a0b';
export const PERSON_ID = '1c8a7b63-4d2e-4f90-8b3c-2d4e6f8a0b1c';
export const OTHER_PERSON_ID = '2d9b8c74-5e3f-4a01-9c4d-3e5f7a9b1c2d';

let counter = 0;
/** A fresh valid UUID (version 4 layout) per call, deterministic across runs. */
export function nextId(): string {
  counter += 1;
  return `00000000-0000-4000-8000-${counter.toString(16).padStart(12, '0')}`;
}

const sync = (day = '2024-03-01') => ({
  createdAt: `${day}T09:00:00Z`,
  updatedAt: `${day}T10:00:00Z`,
  rev: 1,
});

export function household(overrides: Partial<Household> = {}): Household {
  return { id: HOUSEHOLD_ID, ...sync(), label: 'Gezin Test', ...overrides };
}

export function person(role: PersonRole = 'volwassene', overrides: Partial<Person> = {}): Person {
  return {
    id: PERSON_ID,
    ...sync(),
    householdId: HOUSEHOLD_ID,
    role,
    displayName: 'Test Persoon',
    ...overrides,
  };
}

const INSTRUMENT_OF: Record<Answers['kind'], string> = {
  'positieve-gezondheid': 'positieve-gezondheid-volwassenen',
  'brug-naar-zelfredzaamheid': 'brug-naar-zelfredzaamheid',
  'draagkracht-draaglast': 'draagkracht-draaglast',
  kansencirkel: 'kansencirkel',
};

export function assessment(answers: Answers, overrides: Partial<Assessment> = {}): Assessment {
  return {
    id: nextId(),
    ...sync(overrides.takenAt),
    householdId: HOUSEHOLD_ID,
    personId: PERSON_ID,
    instrumentId: INSTRUMENT_OF[answers.kind],
    instrumentVersion: '1.0.0',
    takenAt: '2024-03-01',
    status: 'final',
    answers,
    ...overrides,
  };
}

export const ADULT_DIMENSIONS = [
  'lichaamsfuncties',
  'mentaal-welbevinden',
  'zingeving',
  'kwaliteit-van-leven',
  'meedoen',
  'dagelijks-functioneren',
] as const;

/** Adult Positieve Gezondheid answers: every dimension `fill`, then the given overrides. */
export function pgScores(overrides: Record<string, number> = {}, fill = 7): Answers {
  return {
    kind: 'positieve-gezondheid',
    scores: {
      ...Object.fromEntries(ADULT_DIMENSIONS.map((id) => [id, fill])),
      ...overrides,
    },
  };
}

export const NOW = new Date('2024-06-01T12:00:00Z');

/** A valid suggestion of the engine (Schuldhulpmaatje for PERSON_ID), parsed by its schema. */
export const SUGGESTION: Suggestion = SuggestionSchema.parse({
  rank: 1,
  catalogueId: 'schuldhulpmaatje',
  title: 'Schuldhulpmaatje',
  provider: 'Stichting Binding',
  level: 'selectief',
  step: 'selectief',
  theme: 'T3',
  opgave: 't3-schulden-volwassenen',
  kaders: ['K6'],
  evidence: [
    {
      trigger: 'signaal',
      personId: PERSON_ID,
      signalId: 'financieel',
      assessmentId: null,
      instrumentId: 'brug-naar-zelfredzaamheid',
      field: 'schulden',
      value: 4,
      severity: 'ernstig',
    },
  ],
  actor: 'partner',
  collective: false,
  tier: 'ladder',
  reasons: [],
  signals: ['financieel'],
  lifeEvents: [],
  personIds: [PERSON_ID],
});
