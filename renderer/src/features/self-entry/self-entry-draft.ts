// What the resident answers goes straight into the intake draft (H6's intake-draft.ts), in the
// same places the professional's instrument screens write: members[personId].pg.scores and
// members[personId].brug.levels. Pure functions, so the flow can be tested without storage.

import { BRUG } from '../../../../shared/instruments/brug';
import type {
  BrugColumnDefinition,
  PgDefinition,
} from '../../../../shared/instruments/definition-schema';
import type { BrugLevel } from '../../../../shared/schemas/vocabulary';
import type { SelfEntryInstrument } from '../../store/self-entry-slice';
import { withMembers, type IntakeDraft, type InstrumentSlot } from '../intake/intake-draft';

/** One screen of the zelfinvulmodus. */
export type SelfEntryQuestion =
  | {
      readonly kind: 'pg';
      readonly id: string;
      readonly title: string;
      readonly prompt: string;
      readonly min: number;
      readonly max: number;
    }
  | {
      readonly kind: 'brug';
      readonly id: BrugColumnDefinition['id'];
      readonly column: BrugColumnDefinition;
    };

/**
 * Inkomen is left to the professional: its statements need the household's income limits, and
 * the amount is better typed in together. Every other column has four plain "ik"-sentences.
 */
export const SELF_ENTRY_BRUG_COLUMNS: readonly BrugColumnDefinition[] = BRUG.dimensions.filter(
  (column) => column.id !== 'inkomen',
);

export function selfEntryQuestions(
  instrument: SelfEntryInstrument,
  pg: PgDefinition | null,
): SelfEntryQuestion[] {
  if (instrument === 'brug') {
    return SELF_ENTRY_BRUG_COLUMNS.map((column) => ({ kind: 'brug', id: column.id, column }));
  }
  return (pg?.dimensions ?? []).map((dimension) => ({
    kind: 'pg',
    id: dimension.id,
    title: dimension.label,
    prompt: dimension.prompt,
    min: dimension.min,
    max: dimension.max,
  }));
}

export type MakeReservedId = (personId: string, slot: InstrumentSlot) => string;

const randomId: MakeReservedId = () => crypto.randomUUID();

/** The answer the draft holds for one question, or undefined. */
export function answerOf(
  draft: IntakeDraft,
  personId: string,
  question: SelfEntryQuestion,
): number | undefined {
  const member = draft.members[personId];
  if (question.kind === 'pg') return member?.pg?.scores[question.id];
  return member?.brug?.levels[question.id];
}

export function answeredCount(
  draft: IntakeDraft,
  personId: string,
  questions: readonly SelfEntryQuestion[],
): number {
  return questions.filter((question) => answerOf(draft, personId, question) !== undefined).length;
}

/** The draft with the resident's score; the PG version is pinned the first time a score lands. */
export function withPgScore(
  draft: IntakeDraft,
  personId: string,
  definition: PgDefinition,
  dimensionId: string,
  score: number,
  makeId: MakeReservedId = randomId,
): IntakeDraft {
  const withMember = withMembers(draft, [{ id: personId }], makeId);
  const member = withMember.members[personId];
  if (member === undefined) return draft;
  return {
    ...withMember,
    members: {
      ...withMember.members,
      [personId]: {
        ...member,
        pgDefinitionId: member.pgDefinitionId ?? definition.id,
        pg: { ...member.pg, scores: { ...member.pg?.scores, [dimensionId]: score } },
      },
    },
  };
}

export function withBrugLevel(
  draft: IntakeDraft,
  personId: string,
  columnId: BrugColumnDefinition['id'],
  level: BrugLevel,
  makeId: MakeReservedId = randomId,
): IntakeDraft {
  const withMember = withMembers(draft, [{ id: personId }], makeId);
  const member = withMember.members[personId];
  if (member === undefined) return draft;
  const brug = member.brug ?? { kind: 'brug-naar-zelfredzaamheid' as const, levels: {} };
  return {
    ...withMember,
    members: {
      ...withMember.members,
      [personId]: { ...member, brug: { ...brug, levels: { ...brug.levels, [columnId]: level } } },
    },
  };
}
