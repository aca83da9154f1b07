import { z } from 'zod';
import { BRUG } from '../../../../shared/instruments/brug';
import type { PgDefinition } from '../../../../shared/instruments/definition-schema';
import { DRAAGKRACHT_DRAAGLAST } from '../../../../shared/instruments/draagkracht-draaglast';
import { KANSENCIRKEL } from '../../../../shared/instruments/kansencirkel';
import { choosePgDefinition } from '../../../../shared/instruments/pg-choice';
import { findInstrument } from '../../../../shared/instruments/registry';
import {
  BalanceAnswersSchema,
  BrugAnswersSchema,
  KansencirkelAnswersSchema,
  type Answers,
  type Assessment,
  type BalanceAnswers,
  type BrugAnswers,
  type KansencirkelAnswers,
} from '../../../../shared/schemas/assessment';
import {
  IdSchema,
  IsoDateSchema,
  KebabIdSchema,
  numberInRange,
} from '../../../../shared/schemas/common';
import { ActorSchema } from '../../../../shared/prevention/vocabulary';
import {
  AvePhaseIdSchema,
  ChangeWishSchema,
  NetworkEntrySchema,
} from '../../../../shared/schemas/conversation';
import type { Person } from '../../../../shared/schemas/person';
import { AdviceDraftSchema, emptyAdviceDraft } from '../advice/advice-draft';
import { INTAKE_STEPS } from './intake-key';

export { INTAKE_STEPS, intakeDraftKey, type IntakeStep } from './intake-key';

export const IntakeStepSchema = z.enum(INTAKE_STEPS);

// The draft holds input while it is being typed: texts may still be empty. The finished
// Conversation (ConversationSchema) is stricter; finishing the intake checks the difference.

export const DraftNetworkEntrySchema = NetworkEntrySchema.extend({ name: z.string().max(200) });
export type DraftNetworkEntry = z.infer<typeof DraftNetworkEntrySchema>;

export const DraftChangeWishSchema = ChangeWishSchema.extend({ words: z.string().max(2000) });
export type DraftChangeWish = z.infer<typeof DraftChangeWishSchema>;

export const DraftAgreementSchema = z.strictObject({
  id: IdSchema,
  what: z.string().max(2000),
  actor: ActorSchema,
  actorName: z.string().max(200).optional(),
  /** A date input's value: empty or `YYYY-MM-DD`. */
  due: z.union([IsoDateSchema, z.literal('')]).optional(),
  /** The advice suggestion this agreement came from, so it is proposed once. */
  fromSuggestion: z.string().max(200).optional(),
});
export type DraftAgreement = z.infer<typeof DraftAgreementSchema>;

export const DraftPgSchema = z.strictObject({
  scores: z.record(z.string(), numberInRange(0, 10)),
  focus: z.array(z.string()).max(3).optional(),
});
export type DraftPg = z.infer<typeof DraftPgSchema>;

export const ReservedIdsSchema = z.strictObject({
  pg: IdSchema.optional(),
  brug: IdSchema.optional(),
  kansencirkel: IdSchema.optional(),
  balance: IdSchema.optional(),
});
export type ReservedIds = z.infer<typeof ReservedIdsSchema>;
export type InstrumentSlot = keyof ReservedIds;
export const INSTRUMENT_SLOTS = ['pg', 'brug', 'kansencirkel', 'balance'] as const;

export const MemberDraftSchema = z.strictObject({
  /** Chosen when the draft starts and reused at save, so a retry never writes twice. */
  assessmentIds: ReservedIdsSchema,
  pgDefinitionId: KebabIdSchema.optional(),
  pg: DraftPgSchema.optional(),
  brug: BrugAnswersSchema.optional(),
  kansencirkel: KansencirkelAnswersSchema.optional(),
  balance: BalanceAnswersSchema.optional(),
  /** Factor proposals the professional set aside in the balance. */
  dismissedProposals: z.array(z.string().max(200)).max(200).optional(),
});
export type MemberDraft = z.infer<typeof MemberDraftSchema>;

export const IntakeDraftSchema = z.strictObject({
  /** The id the Conversation gets when the intake is finished. */
  conversationId: IdSchema,
  /** Where the professional was, for "Verder waar u was". */
  step: IntakeStepSchema,
  date: IsoDateSchema,
  question: z.string().max(5000),
  strengths: z.string().max(5000),
  network: z.array(DraftNetworkEntrySchema).max(100),
  members: z.record(IdSchema, MemberDraftSchema),
  safetyConcern: z.boolean().optional(),
  advice: AdviceDraftSchema,
  changes: z.array(DraftChangeWishSchema).max(60),
  summaryNote: z.string().max(5000),
  avePhase: AvePhaseIdSchema.optional(),
  agreements: z.array(DraftAgreementSchema).max(100),
  /** Accepted advice was turned into agreements once; later the professional edits by hand. */
  agreementsSeeded: z.boolean().optional(),
});
export type IntakeDraft = z.infer<typeof IntakeDraftSchema>;

/** `YYYY-MM-DD` of `now` in the laptop's own time zone (the day of the conversation). */
export function localIsoDate(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${String(now.getFullYear())}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function emptyIntakeDraft(
  now: Date,
  makeId: () => string = () => crypto.randomUUID(),
): IntakeDraft {
  return {
    conversationId: makeId(),
    step: 'vraag',
    date: localIsoDate(now),
    question: '',
    strengths: '',
    network: [],
    members: {},
    advice: emptyAdviceDraft(),
    changes: [],
    summaryNote: '',
    agreements: [],
  };
}

/** Which instruments fit a member: PG by age (none under 8), Brug for adults, etc. */
export interface MemberInstruments {
  readonly pg: PgDefinition | null;
  readonly brug: boolean;
  readonly kansencirkel: boolean;
  readonly balance: boolean;
}

export function memberInstruments(
  person: Pick<Person, 'role' | 'birthDate'>,
  member: MemberDraft | undefined,
  now: Date,
): MemberInstruments {
  const stored = member?.pgDefinitionId;
  const storedDefinition = stored === undefined ? undefined : findInstrument(stored);
  const pg =
    storedDefinition?.kind === 'positieve-gezondheid'
      ? storedDefinition
      : (choosePgDefinition(person, now)?.definition ?? null);
  return {
    pg,
    brug: person.role === 'volwassene',
    kansencirkel: person.role === 'kind',
    balance: person.role !== 'kind',
  };
}

/**
 * The draft with an entry for every member that has none yet. `makeId(personId, slot)` gives the
 * reserved assessment ids; the screen keeps them stable until the first change is sealed.
 */
export function withMembers(
  draft: IntakeDraft,
  persons: readonly Pick<Person, 'id'>[],
  makeId: (personId: string, slot: InstrumentSlot) => string,
): IntakeDraft {
  const missing = persons.filter((person) => {
    const ids = draft.members[person.id]?.assessmentIds;
    return ids === undefined || INSTRUMENT_SLOTS.some((slot) => ids[slot] === undefined);
  });
  if (missing.length === 0) return draft;
  const members = { ...draft.members };
  for (const person of missing) {
    const member = members[person.id];
    const ids: ReservedIds = { ...member?.assessmentIds };
    for (const slot of INSTRUMENT_SLOTS) ids[slot] ??= makeId(person.id, slot);
    members[person.id] = { ...member, assessmentIds: ids };
  }
  return { ...draft, members };
}

export const pgIsFilled = (pg: DraftPg | undefined): pg is DraftPg =>
  pg !== undefined && Object.keys(pg.scores).length > 0;

export const brugIsFilled = (brug: BrugAnswers | undefined): brug is BrugAnswers =>
  brug !== undefined &&
  (Object.keys(brug.levels).length > 0 ||
    brug.income !== undefined ||
    brug.housing?.monthlyCosts !== undefined ||
    brug.housing?.temporary === true);

export const kansencirkelIsFilled = (
  value: KansencirkelAnswers | undefined,
): value is KansencirkelAnswers => value !== undefined && Object.keys(value.areas).length > 0;

export const balanceIsFilled = (value: BalanceAnswers | undefined): value is BalanceAnswers =>
  value !== undefined && (value.factors.length > 0 || (value.lifeEvents ?? []).length > 0);

/** The answers of one slot when something was filled in, else undefined. */
function answersOf(
  slot: InstrumentSlot,
  member: MemberDraft,
  focus: readonly string[],
): Answers | undefined {
  switch (slot) {
    case 'pg':
      if (!pgIsFilled(member.pg)) return undefined;
      return {
        kind: 'positieve-gezondheid',
        scores: member.pg.scores,
        ...(focus.length > 0 ? { focus: [...focus] } : {}),
      };
    case 'brug':
      return brugIsFilled(member.brug) ? member.brug : undefined;
    case 'kansencirkel':
      return kansencirkelIsFilled(member.kansencirkel) ? member.kansencirkel : undefined;
    case 'balance':
      return balanceIsFilled(member.balance) ? member.balance : undefined;
  }
}

function definitionOf(slot: InstrumentSlot, pg: PgDefinition | null) {
  switch (slot) {
    case 'pg':
      return pg;
    case 'brug':
      return BRUG;
    case 'kansencirkel':
      return KANSENCIRKEL;
    case 'balance':
      return DRAAGKRACHT_DRAAGLAST;
  }
}

/** The dimensions a member chose in "Wat wil je veranderen", in the order they were added. */
export function focusOf(draft: IntakeDraft, personId: string): string[] {
  return draft.changes
    .filter((change) => change.personId === personId)
    .map((change) => change.dimensionId)
    .slice(0, 3);
}

/**
 * In-memory assessments built from the draft, one per filled instrument per member, with the
 * reserved ids and takenAt = the conversation date. Status 'draft'; the save writes them 'final'.
 * Instruments that do not fit the member (e.g. no PG under 8) are left out.
 */
export function draftAssessments(
  draft: IntakeDraft,
  persons: readonly Person[],
  now: Date,
): Assessment[] {
  const at = now.toISOString();
  return persons.flatMap((person) => {
    const member = draft.members[person.id];
    if (member === undefined || person.deletedAt !== undefined) return [];
    const fits = memberInstruments(person, member, now);
    const focus = focusOf(draft, person.id);
    return INSTRUMENT_SLOTS.flatMap((slot): Assessment[] => {
      const id = member.assessmentIds[slot];
      const definition = definitionOf(slot, fits.pg);
      const fitting = slot === 'pg' ? fits.pg !== null : fits[slot];
      const answers = answersOf(slot, member, focus);
      if (id === undefined || definition === null || !fitting || answers === undefined) return [];
      return [
        {
          id,
          createdAt: at,
          updatedAt: at,
          rev: 1,
          householdId: person.householdId,
          personId: person.id,
          instrumentId: definition.id,
          instrumentVersion: definition.version,
          takenAt: draft.date,
          status: 'draft',
          answers,
          ...(draft.safetyConcern === true ? { safetyConcern: true } : {}),
        },
      ];
    });
  });
}
