import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoToDayFirst, parseBirthDate } from '../../../../shared/household/birth-date';
import {
  buildTimeline,
  groupMembers,
  latestAvePhase,
  latestScoresByPerson,
} from '../../../../shared/household/dossier';
import {
  checkNewHousehold,
  type NewHouseholdForm,
} from '../../../../shared/household/new-household';
import { comparePg, comparisonPair, historyByPerson } from '../../../../shared/household/compare';
import { practiceSeed } from '../../../../shared/household/practice';
import { validateAssessment } from '../../../../shared/instruments/validate';
import { ConversationSchema, type Conversation } from '../../../../shared/schemas/conversation';
import { HouseholdSchema } from '../../../../shared/schemas/household';
import {
  assessment,
  household,
  HOUSEHOLD_ID,
  nextId,
  OTHER_PERSON_ID,
  person,
  PERSON_ID,
  pgScores,
} from '../builders';

const NOW = new Date(2026, 10, 22, 12, 0, 0);

describe('parseBirthDate', () => {
  it.each([
    ['12-03-1980', '1980-03-12'],
    ['12-3-1980', '1980-03-12'],
    ['1-1-2000', '2000-01-01'],
    ['12/03/1980', '1980-03-12'],
    ['12.03.1980', '1980-03-12'],
    [' 12 - 03 - 1980 ', '1980-03-12'],
    ['12031980', '1980-03-12'],
    ['1980-03-12', '1980-03-12'],
    ['29-02-2024', '2024-02-29'],
    ['22-11-2026', '2026-11-22'],
  ])('reads %s as %s', (text, iso) => {
    expect(parseBirthDate(text, NOW)).toEqual({ ok: true, iso });
  });

  it.each([
    ['12-03', 'format'],
    ['1980', 'format'],
    ['maart 1980', 'format'],
    ['12-03-80', 'format'],
    ['31-02-1980', 'impossible'],
    ['29-02-2023', 'impossible'],
    ['12-13-1980', 'impossible'],
    ['00-01-1980', 'impossible'],
    ['23-11-2026', 'future'],
    ['01-01-1899', 'too-old'],
  ])('refuses %s (%s)', (text, problem) => {
    expect(parseBirthDate(text, NOW)).toEqual({ ok: false, problem });
  });

  it('round-trips every real date through the form notation', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date(1900, 0, 1), max: new Date(2026, 10, 21), noInvalidDate: true }),
        (date) => {
          const iso = `${String(date.getFullYear())}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
          expect(parseBirthDate(isoToDayFirst(iso), NOW)).toEqual({ ok: true, iso });
        },
      ),
    );
  });
});

const form = (overrides: Partial<NewHouseholdForm> = {}): NewHouseholdForm => ({
  label: 'Gezin Jansen',
  address: '',
  members: [{ key: 'a', name: 'Jan', role: 'volwassene', birthDate: '' }],
  ...overrides,
});

describe('checkNewHousehold', () => {
  it('returns exactly what to store: trimmed, ISO dates, empty rows and address left out', () => {
    const result = checkNewHousehold(
      form({
        label: '  Gezin Jansen ',
        members: [
          { key: 'a', name: ' Jan ', role: 'volwassene', birthDate: '3-4-1970' },
          { key: 'b', name: '', role: '', birthDate: ' ' },
          { key: 'c', name: 'Mia', role: 'kind', birthDate: '' },
        ],
      }),
      NOW,
    );
    expect(result).toEqual({
      ok: true,
      value: {
        household: { label: 'Gezin Jansen' },
        members: [
          { key: 'a', displayName: 'Jan', role: 'volwassene', birthDate: '1970-04-03' },
          { key: 'c', displayName: 'Mia', role: 'kind' },
        ],
      },
    });
  });

  it('names every problem with the row it belongs to', () => {
    const result = checkNewHousehold(
      {
        label: ' ',
        address: 'x'.repeat(301),
        members: [
          { key: 'a', name: 'Jan', role: '', birthDate: '31-02-1980' },
          { key: 'b', name: ' ', role: 'kind', birthDate: '' },
          { key: 'c', name: 'y'.repeat(201), role: 'jongere', birthDate: '01-01-2099' },
        ],
      },
      NOW,
    );
    expect(result).toEqual({
      ok: false,
      problems: [
        { field: 'label', code: 'required' },
        { field: 'address', code: 'too-long' },
        { field: 'role', code: 'required', memberKey: 'a', position: 1 },
        { field: 'birthDate', code: 'impossible', memberKey: 'a', position: 1 },
        { field: 'name', code: 'required', memberKey: 'b', position: 2 },
        { field: 'name', code: 'too-long', memberKey: 'c', position: 3 },
        { field: 'birthDate', code: 'future', memberKey: 'c', position: 3 },
      ],
    });
  });

  it('needs at least one person', () => {
    expect(checkNewHousehold(form({ members: [] }), NOW)).toEqual({
      ok: false,
      problems: [{ field: 'members', code: 'none' }],
    });
    expect(
      checkNewHousehold(form({ members: [{ key: 'a', name: '', role: '', birthDate: '' }] }), NOW),
    ).toEqual({ ok: false, problems: [{ field: 'members', code: 'none' }] });
  });

  it('never skips the row of someone who already exists, even when emptied', () => {
    const emptied = form({ members: [{ key: 'p1', name: '', role: 'kind', birthDate: '' }] });
    expect(checkNewHousehold(emptied, NOW, new Set(['p1']))).toEqual({
      ok: false,
      problems: [{ field: 'name', code: 'required', memberKey: 'p1', position: 1 }],
    });
  });
});

describe('practice household', () => {
  it('is marked practice, valid, and its PG measurement is a valid earlier assessment', () => {
    const seed = practiceSeed(NOW);
    expect(seed.household.practice).toBe(true);
    expect(seed.household.label).toBe('Oefendossier: gezin Jansen');
    expect(HouseholdSchema.safeParse(household({ ...seed.household })).success).toBe(true);
    expect(seed.members.map((member) => member.role)).toEqual(['volwassene', 'volwassene', 'kind']);
    expect(seed.pg.takenAt < '2026-11-22').toBe(true);
    const pg = assessment(seed.pg.answers, {
      instrumentId: seed.pg.instrumentId,
      instrumentVersion: seed.pg.instrumentVersion,
      takenAt: seed.pg.takenAt,
    });
    expect(validateAssessment(pg)).toEqual([]);
  });

  it('has a later PG measurement of the same adult that differs, for the T0/T1 comparison', () => {
    const seed = practiceSeed(NOW);
    expect(seed.pg.takenAt < seed.pgLater.takenAt).toBe(true);
    expect(seed.pgLater.takenAt < '2026-11-22').toBe(true);
    const [t0, t1] = [seed.pg, seed.pgLater].map((pg) =>
      assessment(pg.answers, {
        instrumentId: pg.instrumentId,
        instrumentVersion: pg.instrumentVersion,
        takenAt: pg.takenAt,
      }),
    );
    if (!t0 || !t1) throw new Error('no assessments');
    expect(validateAssessment(t1)).toEqual([]);
    const pg = historyByPerson([t1, t0], NOW).get(PERSON_ID)?.pg ?? [];
    const pair = comparisonPair(pg);
    if (!pair) throw new Error('no pair');
    const moved = comparePg(pair.earlier, pair.latest).moved;
    expect(moved.map((move) => [move.dimensionId, move.change])).toEqual([
      ['mentaal-welbevinden', 'beter'],
      ['meedoen', 'beter'],
      ['dagelijks-functioneren', 'slechter'],
    ]);
  });

  it('refuses any other value for practice', () => {
    expect(
      HouseholdSchema.safeParse(household({ practice: false as unknown as true })).success,
    ).toBe(false);
  });
});

function conversation(overrides: Partial<Conversation>): Conversation {
  return ConversationSchema.parse({
    id: nextId(),
    createdAt: '2024-03-01T09:00:00Z',
    updatedAt: '2024-03-01T10:00:00Z',
    rev: 1,
    householdId: HOUSEHOLD_ID,
    kind: 'intake',
    date: '2024-03-01',
    question: '',
    strengths: '',
    network: [],
    changes: [],
    agreements: [],
    assessmentIds: [],
    ...overrides,
  });
}

describe('dossier helpers', () => {
  it('groups live members as adults, young people, children, oldest first', () => {
    const groups = groupMembers([
      person('kind', { id: nextId(), displayName: 'Kim', birthDate: '2015-01-01' }),
      person('volwassene', { id: nextId(), displayName: 'Bo', birthDate: '1990-01-01' }),
      person('volwassene', { id: nextId(), displayName: 'Al', birthDate: '1980-01-01' }),
      person('volwassene', { id: nextId(), displayName: 'Xx', deletedAt: '2024-03-02T00:00:00Z' }),
    ]);
    expect(
      groups.map((group) => [group.role, group.persons.map((member) => member.displayName)]),
    ).toEqual([
      ['volwassene', ['Al', 'Bo']],
      ['kind', ['Kim']],
    ]);
  });

  it('puts conversations with their assessments and loose assessments on one timeline, newest first', () => {
    const inTalk = assessment(pgScores(), { takenAt: '2024-05-01' });
    const loose = assessment(pgScores(), { takenAt: '2024-04-01' });
    const deleted = assessment(pgScores(), {
      takenAt: '2024-06-01',
      deletedAt: '2024-06-02T00:00:00Z',
    });
    const talk = conversation({ date: '2024-05-01', assessmentIds: [inTalk.id] });
    const older = conversation({ date: '2024-01-01', avePhase: 3 });
    const items = buildTimeline([older, talk], [loose, inTalk, deleted]);
    expect(items.map((item) => [item.kind, item.date])).toEqual([
      ['conversation', '2024-05-01'],
      ['assessment', '2024-04-01'],
      ['conversation', '2024-01-01'],
    ]);
    expect(items[0]?.kind === 'conversation' && items[0].assessments).toEqual([inTalk]);
    expect(latestAvePhase([older, talk])?.phase).toBe(3);
    expect(latestAvePhase([older, conversation({ date: '2024-06-01', avePhase: 1 })])?.phase).toBe(
      1,
    );
    expect(latestAvePhase([])).toBeUndefined();
  });

  it('scores the latest result per person and instrument, with the earlier PG for comparison', () => {
    const t0 = assessment(pgScores({}, 3), { takenAt: '2024-01-01' });
    const t1 = assessment(pgScores({}, 8), { takenAt: '2024-05-01' });
    const other = assessment(pgScores({}, 5), { personId: OTHER_PERSON_ID });
    const circle = assessment(
      { kind: 'kansencirkel', areas: { veilig: 'zorg' } },
      { personId: OTHER_PERSON_ID },
    );
    const scores = latestScoresByPerson([t1, t0, other, circle], NOW);
    expect(scores.get(PERSON_ID)?.pg?.assessment.id).toBe(t1.id);
    expect(scores.get(PERSON_ID)?.previousPg?.assessment.id).toBe(t0.id);
    expect(scores.get(PERSON_ID)?.pg?.result.dimensions.map((d) => d.score)).toEqual([
      8, 8, 8, 8, 8, 8,
    ]);
    expect(scores.get(OTHER_PERSON_ID)?.previousPg).toBeUndefined();
    expect(scores.get(OTHER_PERSON_ID)?.kansencirkel?.result.counts.zorg).toBe(1);
  });
});
