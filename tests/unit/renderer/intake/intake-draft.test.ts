import { describe, expect, it } from 'vitest';
import { parseAssessment } from '../../../../shared/instruments/validate';
import type { Person } from '../../../../shared/schemas/person';
import {
  draftAssessments,
  emptyIntakeDraft,
  IntakeDraftSchema,
  localIsoDate,
  withMembers,
  type IntakeDraft,
} from '../../../../renderer/src/features/intake/intake-draft';
import { household, HOUSEHOLD_ID, nextId, person } from '../../shared/builders';

const NOW = new Date('2026-11-22T10:00:00');
const ADULT = person('volwassene', { id: nextId(), displayName: 'Anna', birthDate: '1988-04-02' });
const TODDLER = person('kind', { id: nextId(), displayName: 'Bo', birthDate: '2021-06-01' });
const CHILD = person('kind', { id: nextId(), displayName: 'Cas', birthDate: '2016-01-15' });
const PERSONS: Person[] = [ADULT, TODDLER, CHILD];

function counterIds() {
  let n = 0;
  return () => {
    n += 1;
    return `00000000-0000-4000-9000-${n.toString(16).padStart(12, '0')}`;
  };
}

function started(): IntakeDraft {
  const makeId = counterIds();
  return withMembers(emptyIntakeDraft(NOW, makeId), PERSONS, () => makeId());
}

describe('intake draft', () => {
  it('starts empty, on the first step, dated today, and parses', () => {
    const draft = emptyIntakeDraft(NOW);
    expect(draft.step).toBe('vraag');
    expect(draft.date).toBe(localIsoDate(NOW));
    expect(draft.date).toBe('2026-11-22');
    expect(IntakeDraftSchema.safeParse(draft).success).toBe(true);
    expect(draftAssessments(draft, PERSONS, NOW)).toEqual([]);
  });

  it('keeps half-typed input (a network row without a name yet) but refuses unknown steps', () => {
    const draft: IntakeDraft = {
      ...emptyIntakeDraft(NOW),
      network: [{ id: nextId(), name: '', kind: 'informeel', status: 'helpt' }],
      changes: [{ personId: ADULT.id, dimensionId: 'zingeving', words: '' }],
      agreements: [{ id: nextId(), what: '', actor: 'inwoner', due: '' }],
    };
    expect(IntakeDraftSchema.safeParse(draft).success).toBe(true);
    expect(IntakeDraftSchema.safeParse({ ...draft, step: 'verder' }).success).toBe(false);
    expect(IntakeDraftSchema.safeParse({ ...draft, date: '22-11-2026' }).success).toBe(false);
    expect(
      IntakeDraftSchema.safeParse({
        ...draft,
        members: { [ADULT.id]: { assessmentIds: { pg: 'x' } } },
      }).success,
    ).toBe(false);
  });

  it('reserves one id per member and instrument, once, and keeps them afterwards', () => {
    const draft = started();
    const ids = PERSONS.flatMap((member) =>
      Object.values(draft.members[member.id]?.assessmentIds ?? {}),
    );
    expect(ids).toHaveLength(PERSONS.length * 4);
    expect(new Set(ids).size).toBe(ids.length);
    expect(withMembers(draft, PERSONS, () => nextId())).toBe(draft);
    expect(IntakeDraftSchema.safeParse(draft).success).toBe(true);
  });

  it('builds one valid assessment per filled instrument that fits the member', () => {
    const base = started();
    const member = (id: string) => {
      const found = base.members[id];
      if (found === undefined) throw new Error('member missing');
      return found;
    };
    const draft: IntakeDraft = {
      ...base,
      date: '2026-11-20',
      safetyConcern: true,
      changes: [{ personId: ADULT.id, dimensionId: 'meedoen', words: 'Weer naar de club' }],
      members: {
        [ADULT.id]: {
          ...member(ADULT.id),
          pg: { scores: { lichaamsfuncties: 6, meedoen: 3 } },
          brug: {
            kind: 'brug-naar-zelfredzaamheid',
            levels: { schulden: 3 },
            income: { netMonthly: 1500, householdSize: 3 },
          },
          // Nothing filled in yet: no assessment.
          balance: { kind: 'draagkracht-draaglast', factors: [] },
        },
        [TODDLER.id]: {
          ...member(TODDLER.id),
          // Under 8 there is no PG: these scores must not become an assessment.
          pg: { scores: { 'mijn-lichaam': 5 } },
          kansencirkel: {
            kind: 'kansencirkel',
            areas: { veilig: 'gaat-goed', gezond: 'aandacht' },
          },
        },
        [CHILD.id]: {
          ...member(CHILD.id),
          pg: { scores: { 'mijn-lichaam': 8, 'lekker-in-je-vel': 4 } },
        },
      },
    };
    const assessments = draftAssessments(draft, PERSONS, NOW);
    expect(
      assessments.map((entry) => [entry.personId, entry.instrumentId, entry.id]).sort(),
    ).toEqual(
      [
        [ADULT.id, 'positieve-gezondheid-volwassenen', member(ADULT.id).assessmentIds.pg],
        [ADULT.id, 'brug-naar-zelfredzaamheid', member(ADULT.id).assessmentIds.brug],
        [TODDLER.id, 'kansencirkel', member(TODDLER.id).assessmentIds.kansencirkel],
        [CHILD.id, 'positieve-gezondheid-kinderen', member(CHILD.id).assessmentIds.pg],
      ].sort(),
    );
    for (const assessment of assessments) {
      expect(assessment.takenAt).toBe('2026-11-20');
      expect(assessment.householdId).toBe(HOUSEHOLD_ID);
      expect(assessment.status).toBe('draft');
      expect(assessment.safetyConcern).toBe(true);
      const checked = parseAssessment(assessment);
      expect(checked.ok, JSON.stringify(checked)).toBe(true);
    }
    const adultPg = assessments.find(
      (entry) => entry.instrumentId === 'positieve-gezondheid-volwassenen',
    );
    expect(adultPg?.answers).toEqual({
      kind: 'positieve-gezondheid',
      scores: { lichaamsfuncties: 6, meedoen: 3 },
      focus: ['meedoen'],
    });
    expect(household().id).toBe(HOUSEHOLD_ID);
  });

  it('leaves out members who left the household', () => {
    const base = started();
    const adult = base.members[ADULT.id];
    if (adult === undefined) throw new Error('member missing');
    const left = { ...ADULT, deletedAt: '2026-11-01T10:00:00Z' };
    const draft: IntakeDraft = {
      ...base,
      members: {
        ...base.members,
        [ADULT.id]: { ...adult, pg: { scores: { meedoen: 5 } } },
      },
    };
    expect(draftAssessments(draft, [ADULT], NOW)).toHaveLength(1);
    expect(draftAssessments(draft, [left], NOW)).toHaveLength(0);
  });
});
