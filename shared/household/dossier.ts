import { findInstrument } from '../instruments/registry';
import { latestAssessments, liveAssessmentsInOrder, scoreAssessment } from '../instruments/score';
import type { InstrumentDefinition } from '../instruments/definition-schema';
import type { Assessment } from '../schemas/assessment';
import type { Conversation } from '../schemas/conversation';
import type { Person, PersonRole } from '../schemas/person';
import type {
  BalanceAssessmentResult,
  BrugResult,
  KansencirkelResult,
  PgResult,
  ScoreResult,
} from '../schemas/results';

// What the dossier screen shows, derived from the records of one household. Pure: `now` comes in.

export const ROLE_ORDER: readonly PersonRole[] = ['volwassene', 'jongere', 'kind'];

export interface MemberGroup {
  readonly role: PersonRole;
  readonly persons: readonly Person[];
}

/** Live members by role (adults, young people, children), oldest first within a group. */
export function groupMembers(persons: readonly Person[]): MemberGroup[] {
  const live = persons.filter((person) => person.deletedAt === undefined);
  return ROLE_ORDER.map((role) => ({
    role,
    persons: live
      .filter((person) => person.role === role)
      .sort(
        (a, b) =>
          (a.birthDate ?? '9999').localeCompare(b.birthDate ?? '9999') ||
          a.displayName.localeCompare(b.displayName, 'nl'),
      ),
  })).filter((group) => group.persons.length > 0);
}

export interface Scored<R extends ScoreResult> {
  readonly assessment: Assessment;
  readonly definition: InstrumentDefinition;
  readonly result: R;
}

export interface MemberScores {
  readonly pg?: Scored<PgResult>;
  readonly brug?: Scored<BrugResult>;
  readonly kansencirkel?: Scored<KansencirkelResult>;
  readonly balance?: Scored<BalanceAssessmentResult>;
  /** The PG measurement before the latest one, of the same version (for the T0/T1 overlay). */
  readonly previousPg?: Scored<PgResult>;
}

/** The latest result of each instrument per person, scored with the shared scoring functions. */
export function latestScoresByPerson(
  assessments: readonly Assessment[],
  now: Date,
): Map<string, MemberScores> {
  const byPerson = new Map<string, MemberScores>();
  for (const assessment of latestAssessments(assessments)) {
    const definition = findInstrument(assessment.instrumentId, assessment.instrumentVersion);
    const result = scoreAssessment(assessment, { now });
    if (definition === undefined || result === undefined) continue;
    const scores: MemberScores = byPerson.get(assessment.personId) ?? {};
    const next: MemberScores =
      result.kind === 'positieve-gezondheid'
        ? { ...scores, pg: { assessment, definition, result } }
        : result.kind === 'brug-naar-zelfredzaamheid'
          ? { ...scores, brug: { assessment, definition, result } }
          : result.kind === 'kansencirkel'
            ? { ...scores, kansencirkel: { assessment, definition, result } }
            : { ...scores, balance: { assessment, definition, result } };
    byPerson.set(assessment.personId, next);
  }
  for (const [personId, scores] of byPerson) {
    const latest = scores.pg;
    if (latest === undefined) continue;
    const earlier = liveAssessmentsInOrder(assessments).filter(
      (assessment) =>
        assessment.personId === personId &&
        assessment.instrumentId === latest.assessment.instrumentId &&
        assessment.instrumentVersion === latest.assessment.instrumentVersion &&
        assessment.id !== latest.assessment.id,
    );
    const previous = earlier[earlier.length - 1];
    const result = previous === undefined ? undefined : scoreAssessment(previous, { now });
    if (previous !== undefined && result?.kind === 'positieve-gezondheid') {
      byPerson.set(personId, {
        ...scores,
        previousPg: { assessment: previous, definition: latest.definition, result },
      });
    }
  }
  return byPerson;
}

export type TimelineItem =
  | {
      readonly kind: 'conversation';
      readonly date: string;
      readonly conversation: Conversation;
      readonly assessments: readonly Assessment[];
    }
  | { readonly kind: 'assessment'; readonly date: string; readonly assessment: Assessment };

const live = <T extends { readonly deletedAt?: string | undefined }>(records: readonly T[]) =>
  records.filter((record) => record.deletedAt === undefined);

/**
 * Conversations with the assessments taken in them, and assessments taken outside any
 * conversation, newest first (by day, then by last change).
 */
export function buildTimeline(
  conversations: readonly Conversation[],
  assessments: readonly Assessment[],
): TimelineItem[] {
  const liveAssessments = live(assessments);
  const inConversation = new Set<string>();
  const items: (TimelineItem & { readonly updatedAt: string })[] = [];
  for (const conversation of live(conversations)) {
    const ids = new Set(conversation.assessmentIds);
    const taken = liveAssessments.filter((assessment) => ids.has(assessment.id));
    for (const assessment of taken) inConversation.add(assessment.id);
    items.push({
      kind: 'conversation',
      date: conversation.date,
      conversation,
      assessments: taken,
      updatedAt: conversation.updatedAt,
    });
  }
  for (const assessment of liveAssessments) {
    if (inConversation.has(assessment.id)) continue;
    items.push({
      kind: 'assessment',
      date: assessment.takenAt,
      assessment,
      updatedAt: assessment.updatedAt,
    });
  }
  items.sort((a, b) => b.date.localeCompare(a.date) || b.updatedAt.localeCompare(a.updatedAt));
  return items.map(({ updatedAt: _updatedAt, ...item }) => item);
}

/** The newest live conversation, or undefined. */
export function latestConversation(
  conversations: readonly Conversation[],
): Conversation | undefined {
  return [...live(conversations)].sort(
    (a, b) => b.date.localeCompare(a.date) || b.updatedAt.localeCompare(a.updatedAt),
  )[0];
}

/** The newest live conversation that set an AVE phase. */
export function latestAvePhase(
  conversations: readonly Conversation[],
): { readonly phase: 1 | 2 | 3 | 4; readonly conversation: Conversation } | undefined {
  const sorted = [...live(conversations)].sort(
    (a, b) => b.date.localeCompare(a.date) || b.updatedAt.localeCompare(a.updatedAt),
  );
  for (const conversation of sorted) {
    if (conversation.avePhase !== undefined) return { phase: conversation.avePhase, conversation };
  }
  return undefined;
}
