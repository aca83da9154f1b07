import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DRAAGKRACHT_DRAAGLAST } from '../../../../shared/instruments/draagkracht-draaglast';
import type { SuggestCase } from '../../../../shared/prevention/case';
import { suggest } from '../../../../shared/prevention/engine';
import { SuggestResultSchema, type SuggestResult } from '../../../../shared/prevention/result';
import { ladderIndex } from '../../../../shared/prevention/rules';
import { HouseholdTypeSchema, KaderIdSchema } from '../../../../shared/prevention/vocabulary';
import { PROFILES } from '../../../../shared/profiles/registry';
import type { Answers, Assessment } from '../../../../shared/schemas/assessment';
import { PersonRoleSchema, type Person } from '../../../../shared/schemas/person';
import {
  BrugColumnIdSchema,
  KansencirkelAreaIdSchema,
} from '../../../../shared/schemas/vocabulary';
import { household, HOUSEHOLD_ID } from '../builders';

// Properties of the engine over generated households: K9, the ladder, rules 6 and 7, and the
// fields every suggestion must carry (DOMAIN.md "Preventie-advies").

const NOW = new Date('2024-07-01T12:00:00Z');
const PERSON_IDS = [
  '10000000-0000-4000-8000-000000000001',
  '10000000-0000-4000-8000-000000000002',
  '10000000-0000-4000-8000-000000000003',
  '10000000-0000-4000-8000-000000000004',
] as const;
const FACTOR_IDS = DRAAGKRACHT_DRAAGLAST.spheres.flatMap((sphere) =>
  sphere.factors.map((factor) => factor.id),
);
const EVENT_IDS = DRAAGKRACHT_DRAAGLAST.lifeEvents.map((event) => event.id);
const ADULT_DIMENSIONS = [
  'lichaamsfuncties',
  'mentaal-welbevinden',
  'zingeving',
  'kwaliteit-van-leven',
  'meedoen',
  'dagelijks-functioneren',
] as const;

const dateArb = fc
  .date({
    min: new Date('2021-01-01T00:00:00Z'),
    max: new Date('2024-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString().slice(0, 10));
const birthArb = fc
  .date({
    min: new Date('1930-01-01T00:00:00Z'),
    max: new Date('2023-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString().slice(0, 10));

const answersArb: fc.Arbitrary<{ answers: Answers; instrumentId: string }> = fc.oneof(
  fc
    .record(Object.fromEntries(ADULT_DIMENSIONS.map((id) => [id, fc.integer({ min: 0, max: 10 })])))
    .map((scores) => ({
      instrumentId: 'positieve-gezondheid-volwassenen',
      answers: { kind: 'positieve-gezondheid' as const, scores },
    })),
  fc
    .record(
      Object.fromEntries(
        BrugColumnIdSchema.options.map((id) => [id, fc.constantFrom(1, 2, 3, 4)]),
      ) as Record<string, fc.Arbitrary<1 | 2 | 3 | 4>>,
      { requiredKeys: [] },
    )
    .map((levels) => ({
      instrumentId: 'brug-naar-zelfredzaamheid',
      answers: { kind: 'brug-naar-zelfredzaamheid' as const, levels },
    })),
  fc
    .record({
      factors: fc.uniqueArray(
        fc.record({
          factorId: fc.constantFrom(...FACTOR_IDS),
          weight: fc.constantFrom(1 as const, 2 as const, 3 as const),
          duration: fc.constantFrom('permanent' as const, 'tijdelijk' as const),
        }),
        { selector: (factor) => factor.factorId, maxLength: 6 },
      ),
      lifeEvents: fc.array(fc.record({ eventId: fc.constantFrom(...EVENT_IDS), date: dateArb }), {
        maxLength: 2,
      }),
    })
    .map(({ factors, lifeEvents }) => ({
      instrumentId: 'draagkracht-draaglast',
      answers: { kind: 'draagkracht-draaglast' as const, factors, lifeEvents },
    })),
  fc
    .record(
      Object.fromEntries(
        KansencirkelAreaIdSchema.options.map((id) => [
          id,
          fc.constantFrom('gaat-goed' as const, 'aandacht' as const, 'zorg' as const),
        ]),
      ) as Record<string, fc.Arbitrary<'gaat-goed' | 'aandacht' | 'zorg'>>,
      { requiredKeys: [] },
    )
    .map((areas) => ({
      instrumentId: 'kansencirkel',
      answers: { kind: 'kansencirkel' as const, areas },
    })),
);

const caseArb: fc.Arbitrary<SuggestCase> = fc
  .record({
    people: fc.array(
      fc.record({
        role: fc.constantFrom(...PersonRoleSchema.options),
        birthDate: fc.option(birthArb),
      }),
      { minLength: 1, maxLength: 4 },
    ),
    assessments: fc.array(
      fc.record({
        who: fc.nat(3),
        body: answersArb,
        flagged: fc.integer({ min: 0, max: 20 }),
      }),
      { maxLength: 8 },
    ),
    lifeEvents: fc.array(
      fc.record({ who: fc.nat(3), eventId: fc.constantFrom(...EVENT_IDS), date: dateArb }),
      {
        maxLength: 2,
      },
    ),
    safety: fc.integer({ min: 0, max: 9 }),
  })
  .map(({ people, assessments, lifeEvents, safety }) => {
    const persons: Person[] = people.map((entry, index) => ({
      id: PERSON_IDS[index] ?? PERSON_IDS[0],
      createdAt: '2024-01-01T09:00:00Z',
      updatedAt: '2024-01-01T09:00:00Z',
      rev: 1,
      householdId: HOUSEHOLD_ID,
      role: entry.role,
      displayName: `Persoon ${String(index + 1)}`,
      ...(entry.birthDate === null ? {} : { birthDate: entry.birthDate }),
    }));
    const personAt = (who: number) => persons[who % persons.length]?.id ?? PERSON_IDS[0];
    const records: Assessment[] = assessments.map((entry, index) => {
      // One day per assessment: which one is the latest must not depend on the file's order.
      const day = `2024-05-${String(index + 1).padStart(2, '0')}`;
      return {
        id: `20000000-0000-4000-8000-${index.toString(16).padStart(12, '0')}`,
        createdAt: `${day}T09:00:00Z`,
        updatedAt: `${day}T10:00:00Z`,
        rev: 1,
        householdId: HOUSEHOLD_ID,
        personId: personAt(entry.who),
        instrumentId: entry.body.instrumentId,
        instrumentVersion: '1.0.0',
        takenAt: day,
        status: 'final',
        answers: entry.body.answers,
        // About one assessment in twenty carries a safety concern.
        ...(entry.flagged === 0 ? { safetyConcern: true } : {}),
      };
    });
    return {
      household: household(),
      persons,
      assessments: records,
      lifeEvents: lifeEvents.map((event) => ({
        personId: personAt(event.who),
        eventId: event.eventId,
        date: event.date,
      })),
      ...(safety === 0 ? { safetyConcerns: [{ personId: null }] } : {}),
    };
  });

const profileArb = fc.constantFrom(...PROFILES);
const RUNS = { numRuns: 150 };

function run(input: SuggestCase, profile: (typeof PROFILES)[number]): SuggestResult {
  return SuggestResultSchema.parse(suggest(input, profile, NOW));
}

const cites = (suggestion: SuggestResult['suggestions'][number], signalIds: readonly string[]) =>
  suggestion.evidence.some((item) => item.signalId !== null && signalIds.includes(item.signalId));

describe('engine properties', () => {
  it('K9: changing only ages, roles, names or the household type never changes the signals', () => {
    fc.assert(
      fc.property(
        caseArb,
        profileArb,
        fc.array(
          fc.record({
            role: fc.constantFrom(...PersonRoleSchema.options),
            birthDate: fc.option(birthArb),
          }),
          {
            minLength: 4,
            maxLength: 4,
          },
        ),
        fc.constantFrom(...HouseholdTypeSchema.options),
        (input, profile, relabel, householdType) => {
          const changed: SuggestCase = {
            ...input,
            household: { ...input.household, label: 'Een andere naam' },
            persons: input.persons.map((entry, index) => {
              const label = relabel[index];
              const next: Person = {
                ...entry,
                role: label?.role ?? entry.role,
                displayName: `Iemand ${String(index)}`,
              };
              // A new birth date, or none at all: both may only change the fit.
              if (label === undefined || label.birthDate === null) {
                delete next.birthDate;
              } else {
                next.birthDate = label.birthDate;
              }
              return next;
            }),
            context: { householdType },
          };
          const before = run(input, profile);
          const after = run(changed, profile);
          expect(after.signals).toEqual(before.signals);
          expect(after.level).toBe(before.level);
          expect(after.normaliseren).toEqual(before.normaliseren);
          expect(after.flags).toEqual(before.flags);
        },
      ),
      RUNS,
    );
  });

  // Covers "no selective option above an applicable universal one", and every other pair of steps.
  it('never ranks a heavier option above a lighter one for the same signal, unless rule 5, 6 or 7 placed it', () => {
    fc.assert(
      fc.property(caseArb, profileArb, (input, profile) => {
        const result = run(input, profile);
        const bySignal = new Map<string, SuggestResult['suggestions']>();
        for (const suggestion of result.suggestions) {
          for (const item of suggestion.evidence) {
            if (item.trigger === 'signaal' && item.signalId !== null) {
              const key = `${item.signalId}|${item.personId ?? ''}`;
              bySignal.set(key, [...(bySignal.get(key) ?? []), suggestion]);
            }
          }
        }
        for (const group of bySignal.values()) {
          for (const heavier of group) {
            for (const lighter of group) {
              if (
                heavier.rank < lighter.rank &&
                ladderIndex(heavier.step) > ladderIndex(lighter.step)
              ) {
                expect(heavier.tier).not.toBe('ladder');
                if (heavier.tier === 'grenzen') {
                  expect(result.flags.grenzen.length).toBeGreaterThan(0);
                }
                if (heavier.tier === 'bestaanszekerheid') {
                  expect(result.flags.bestaanszekerheid).toBe(true);
                }
              }
            }
          }
        }
      }),
      RUNS,
    );
  });

  it('cites at least one kader and one piece of evidence for every suggestion', () => {
    fc.assert(
      fc.property(caseArb, profileArb, (input, profile) => {
        const result = run(input, profile);
        for (const suggestion of result.suggestions) {
          expect(suggestion.kaders.length).toBeGreaterThan(0);
          expect(suggestion.evidence.length).toBeGreaterThan(0);
          const order = suggestion.kaders.map((kader) => KaderIdSchema.options.indexOf(kader));
          expect(order).toEqual([...new Set(order)].sort((left, right) => left - right));
        }
        expect(result.suggestions.map((entry) => entry.rank)).toEqual(
          result.suggestions.map((_entry, index) => index + 1),
        );
      }),
      RUNS,
    );
  });

  it('only suggests entries of the profile, and every route a rule refers to exists in it', () => {
    for (const profile of PROFILES) {
      const catalogue = new Map(profile.catalogue.map((entry) => [entry.id, entry]));
      for (const id of profile.routes.safety) {
        expect(catalogue.get(id)?.level, `${profile.id}: ${id}`).toBe('veiligheid');
      }
      expect(catalogue.get(profile.routes.warmeOverdracht)?.level).toBe('maatwerk');
    }
    fc.assert(
      fc.property(caseArb, profileArb, (input, profile) => {
        const catalogue = new Set(profile.catalogue.map((entry) => entry.id));
        for (const suggestion of run(input, profile).suggestions) {
          expect(catalogue.has(suggestion.catalogueId)).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('puts the safety route first whenever there is a safety concern (rule 7)', () => {
    fc.assert(
      fc.property(caseArb, profileArb, (input, profile) => {
        const result = run(input, profile);
        const safety = result.signals.some((signal) => signal.signalId === 'veiligheid');
        expect(result.flags.veiligheid).toBe(safety);
        expect(result.level === 'veiligheid').toBe(safety);
        if (safety) {
          expect(
            result.suggestions
              .slice(0, profile.routes.safety.length)
              .map((entry) => entry.catalogueId),
          ).toEqual(profile.routes.safety);
          for (const suggestion of result.suggestions) {
            if (suggestion.level !== 'veiligheid') {
              expect(suggestion.signals).not.toContain('veiligheid');
            }
          }
        }
      }),
      RUNS,
    );
  });

  it('ranks money and housing first when a bestaanszekerheid column is at level 4 (rule 6)', () => {
    const withLevel4 = caseArb.chain((input) =>
      fc
        .constantFrom('wonen' as const, 'inkomen' as const, 'schulden' as const)
        .map((columnId) => ({
          ...input,
          assessments: [
            ...input.assessments,
            {
              id: '30000000-0000-4000-8000-000000000001',
              createdAt: '2024-06-20T09:00:00Z',
              updatedAt: '2024-06-20T10:00:00Z',
              rev: 1,
              householdId: HOUSEHOLD_ID,
              personId: input.persons[0]?.id ?? PERSON_IDS[0],
              instrumentId: 'brug-naar-zelfredzaamheid',
              instrumentVersion: '1.0.0',
              takenAt: '2024-06-20',
              status: 'final' as const,
              answers: { kind: 'brug-naar-zelfredzaamheid' as const, levels: { [columnId]: 4 } },
            },
          ],
        })),
    );
    fc.assert(
      fc.property(withLevel4, profileArb, (input, profile) => {
        const result = run(input, profile);
        expect(result.flags.bestaanszekerheid).toBe(true);
        const rest = result.suggestions.filter((entry) => entry.tier !== 'veiligheid');
        const first = rest.filter((entry) => cites(entry, ['financieel', 'wonen']));
        const others = rest.filter((entry) => !cites(entry, ['financieel', 'wonen']));
        expect(first.length).toBeGreaterThan(0);
        if (others.length > 0) {
          expect(Math.max(...first.map((entry) => entry.rank))).toBeLessThan(
            Math.min(...others.map((entry) => entry.rank)),
          );
        }
      }),
      RUNS,
    );
  });

  it('offers universal options only when it normalises (rule 4)', () => {
    fc.assert(
      fc.property(caseArb, profileArb, (input, profile) => {
        const result = run(input, profile);
        if (result.normaliseren !== null) {
          expect(result.level).toBe('universeel');
          expect(result.suggestions.every((entry) => entry.level === 'universeel')).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('is deterministic and ignores the order of the file', () => {
    fc.assert(
      fc.property(caseArb, profileArb, (input, profile) => {
        const reversed: SuggestCase = {
          ...input,
          persons: [...input.persons].reverse(),
          assessments: [...input.assessments].reverse(),
        };
        const result = run(input, profile);
        expect(run(input, profile)).toEqual(result);
        expect(run(reversed, profile).suggestions).toEqual(result.suggestions);
      }),
      RUNS,
    );
  });
});
