import type { SuggestResult } from '../../../../shared/prevention/result';
import type { Profile } from '../../../../shared/profiles/schema';
import type { Assessment } from '../../../../shared/schemas/assessment';
import { IsoDateSchema } from '../../../../shared/schemas/common';
import {
  ConversationSchema,
  type Agreement,
  type ChangeWish,
  type Conversation,
  type NetworkEntry,
} from '../../../../shared/schemas/conversation';
import type { Household } from '../../../../shared/schemas/household';
import type { Person } from '../../../../shared/schemas/person';
import { formatFieldIssue } from '../../../../shared/schemas/zod-messages';
import { parseAssessment } from '../../../../shared/instruments/validate';
import type { MessageKey } from '../../../../shared/messages/nl';
import type { NewRecord, Session, StorageErrorCode } from '../../db';
import { saveAdviceDecisions } from '../advice/advice-draft';
import { draftAssessments, memberInstruments, type IntakeDraft } from './intake-draft';
import type { IntakeStep } from './intake-key';

export interface FinishProblem {
  readonly step: IntakeStep;
  readonly key: MessageKey;
  readonly values: Readonly<Record<string, string | number>>;
}

/** The assessments the save writes: one per filled instrument per member, final. */
export function finalAssessments(
  draft: IntakeDraft,
  persons: readonly Person[],
  now: Date,
): Assessment[] {
  return draftAssessments(draft, persons, now).map((assessment) => ({
    ...assessment,
    status: 'final',
  }));
}

/** What stops the intake from being finished; each problem names the step to fix it in. */
export function finishProblems(
  draft: IntakeDraft,
  persons: readonly Person[],
  now: Date,
): FinishProblem[] {
  const problems: FinishProblem[] = [];
  if (!IsoDateSchema.safeParse(draft.date).success) {
    problems.push({ step: 'vraag', key: 'intake.invalid.date', values: {} });
  }
  draft.network.forEach((entry, index) => {
    if (entry.name.trim() === '') {
      problems.push({
        step: 'netwerk',
        key: 'intake.invalid.networkName',
        values: { number: index + 1 },
      });
    }
  });
  for (const change of draft.changes) {
    if (change.words.trim() !== '') continue;
    const person = persons.find((candidate) => candidate.id === change.personId);
    if (person === undefined) continue;
    const definition = memberInstruments(person, draft.members[person.id], now).pg;
    const dimension =
      definition?.dimensions.find((item) => item.id === change.dimensionId)?.label ??
      change.dimensionId;
    problems.push({
      step: 'veranderen',
      key: 'intake.invalid.wishWords',
      values: { name: person.displayName, dimension },
    });
  }
  draft.agreements.forEach((agreement, index) => {
    if (agreement.what.trim() === '') {
      problems.push({
        step: 'afspraken',
        key: 'intake.invalid.agreementWhat',
        values: { number: index + 1 },
      });
    }
  });
  for (const assessment of finalAssessments(draft, persons, now)) {
    const checked = parseAssessment(assessment);
    if (checked.ok) continue;
    const person = persons.find((candidate) => candidate.id === assessment.personId);
    problems.push({
      step: 'instrumenten',
      key: 'intake.invalid.assessment',
      values: {
        name: person?.displayName ?? '',
        problem: checked.issues.map(formatFieldIssue).join(' '),
      },
    });
  }
  return problems;
}

const optionalText = (value: string | undefined) => {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? undefined : trimmed;
};

/** The Conversation record (without sync fields) of a finished draft; wishes of current members. */
export function conversationOf(
  draft: IntakeDraft,
  householdId: string,
  memberIds: readonly string[],
  assessmentIds: readonly string[],
  profileId: string | undefined,
  kind: Conversation['kind'] = 'intake',
): NewRecord<Conversation> {
  const persons = new Set(memberIds);
  const network = draft.network.map((entry): NetworkEntry => {
    const relation = optionalText(entry.relation);
    const help = optionalText(entry.help);
    return {
      id: entry.id,
      name: entry.name.trim(),
      kind: entry.kind,
      status: entry.status,
      ...(relation === undefined ? {} : { relation }),
      ...(help === undefined ? {} : { help }),
    };
  });
  const changes = draft.changes
    .filter((change) => persons.has(change.personId))
    .map((change): ChangeWish => {
      const needed = optionalText(change.needed);
      const whoCanHelp = optionalText(change.whoCanHelp);
      return {
        personId: change.personId,
        dimensionId: change.dimensionId,
        words: change.words.trim(),
        ...(needed === undefined ? {} : { needed }),
        ...(whoCanHelp === undefined ? {} : { whoCanHelp }),
      };
    });
  const agreements = draft.agreements.map((agreement): Agreement => {
    const actorName = optionalText(agreement.actorName);
    return {
      id: agreement.id,
      what: agreement.what.trim(),
      actor: agreement.actor,
      ...(actorName === undefined ? {} : { actorName }),
      ...(agreement.due === undefined || agreement.due === '' ? {} : { due: agreement.due }),
      ...(agreement.fromSuggestion === undefined ? {} : { source: agreement.fromSuggestion }),
    };
  });
  const summaryNote = optionalText(draft.summaryNote);
  return {
    id: draft.conversationId,
    householdId,
    kind,
    date: draft.date,
    question: draft.question.trim(),
    strengths: draft.strengths.trim(),
    network,
    changes,
    agreements,
    assessmentIds: [...assessmentIds],
    ...(summaryNote === undefined ? {} : { summaryNote }),
    ...(draft.avePhase === undefined ? {} : { avePhase: draft.avePhase }),
    ...(draft.safetyConcern === true ? { safetyConcern: true } : {}),
    ...(profileId === undefined ? {} : { profileId }),
  };
}

export interface SaveIntakeInput {
  readonly draft: IntakeDraft;
  readonly household: Household;
  readonly persons: readonly Person[];
  readonly profile: Profile | null;
  /** The engine result the professional decided on; null when there was no advice. */
  readonly advice: SuggestResult | null;
  /**
   * 'evaluatie' when the household had a finished conversation before: the plan's evaluation
   * date then counts as held (caseload badge) and T0/T1 compare against the first one.
   */
  readonly kind?: Conversation['kind'];
}

export type SaveIntakeOutcome =
  | { readonly ok: true; readonly assessments: number }
  | {
      readonly ok: false;
      readonly code: StorageErrorCode;
      /** Something was written before the failure; a retry reuses the same ids. */
      readonly partly: boolean;
    };

/**
 * Writes the assessments, the conversation and the advice decisions, in that order, with the ids
 * reserved in the draft. A 'conflict' on create means the record with that id exists already
 * (an earlier attempt wrote it), so a retry after a failure never writes anything twice.
 */
export async function saveIntake(
  session: Pick<Session, 'assessments' | 'conversations' | 'decisions'>,
  input: SaveIntakeInput,
  now: Date,
): Promise<SaveIntakeOutcome> {
  const { draft, household, persons, profile, advice } = input;
  const context = { purpose: 'intake' };
  let written = 0;
  const assessments = finalAssessments(draft, persons, now);
  for (const assessment of assessments) {
    const checked = parseAssessment(assessment);
    if (!checked.ok) return { ok: false, code: 'invalid', partly: written > 0 };
    const valid = checked.value;
    const result = await session.assessments.create(
      {
        id: valid.id,
        householdId: valid.householdId,
        personId: valid.personId,
        instrumentId: valid.instrumentId,
        instrumentVersion: valid.instrumentVersion,
        takenAt: valid.takenAt,
        status: valid.status,
        answers: valid.answers,
        ...(valid.safetyConcern === undefined ? {} : { safetyConcern: valid.safetyConcern }),
      },
      now,
      context,
    );
    if (!result.ok && result.error.code !== 'conflict') {
      return { ok: false, code: result.error.code, partly: written > 0 };
    }
    written += 1;
  }
  const conversation = conversationOf(
    draft,
    household.id,
    persons.filter((person) => person.deletedAt === undefined).map((person) => person.id),
    assessments.map((assessment) => assessment.id),
    profile?.id,
    input.kind,
  );
  const checked = ConversationSchema.safeParse({
    ...conversation,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    rev: 1,
  });
  if (!checked.success) return { ok: false, code: 'invalid', partly: written > 0 };
  const stored = await session.conversations.create(conversation, now, context);
  if (!stored.ok && stored.error.code !== 'conflict') {
    return { ok: false, code: stored.error.code, partly: written > 0 };
  }
  const decided =
    Object.keys(draft.advice.decisions).length > 0 || draft.advice.additions.length > 0;
  if (advice !== null && decided) {
    const saved = await saveAdviceDecisions(
      session,
      {
        householdId: household.id,
        conversationId: draft.conversationId,
        draft: draft.advice,
        result: advice,
      },
      now,
    );
    if (!saved.ok) return { ok: false, code: saved.error.code, partly: true };
  }
  return { ok: true, assessments: assessments.length };
}
