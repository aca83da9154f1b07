import { z } from 'zod';
import { findLifeEvent } from '../instruments/registry';
import { parseCaseInput, type ValidationContext } from '../instruments/validate';
import { CaseFileSchema } from '../schemas/case-file';
import { IdSchema, IsoDateSchema, KebabIdSchema } from '../schemas/common';
import { joinPath, parseWith } from '../schemas/zod-messages';
import { preventionIssue, type PreventionIssue, type PreventionParseResult } from './issues';
import { HouseholdTypeSchema, SafetyConcernKindSchema } from './vocabulary';

// The case the engine reads: the household file the `score` command reads (the records the app
// stores), plus what is recorded outside the instruments. See docs/case-format.md.

/** A life event recorded outside a draagkracht/draaglast assessment, e.g. at intake. */
export const CaseLifeEventSchema = z.strictObject({
  personId: IdSchema,
  eventId: KebabIdSchema,
  /** When it happened or is expected; without a date it always counts. */
  date: IsoDateSchema.optional(),
  note: z.string().max(2000).optional(),
});
export type CaseLifeEvent = z.infer<typeof CaseLifeEventSchema>;

/** A safety concern (e.g. the plan's safety flag); personId null means the household. */
export const CaseSafetyConcernSchema = z.strictObject({
  personId: IdSchema.nullable(),
  kind: SafetyConcernKindSchema.optional(),
  note: z.string().max(2000).optional(),
});
export type CaseSafetyConcern = z.infer<typeof CaseSafetyConcernSchema>;

export const CaseContextSchema = z.strictObject({
  /** Overrides the household type derived from the persons; only used for fit. */
  householdType: HouseholdTypeSchema.optional(),
  note: z.string().max(2000).optional(),
});
export type CaseContext = z.infer<typeof CaseContextSchema>;

export const SuggestCaseSchema = CaseFileSchema.extend({
  lifeEvents: z.array(CaseLifeEventSchema).max(50).optional(),
  safetyConcerns: z.array(CaseSafetyConcernSchema).max(20).optional(),
  context: CaseContextSchema.optional(),
});
export type SuggestCase = z.infer<typeof SuggestCaseSchema>;

function crossIssues(value: SuggestCase): PreventionIssue[] {
  const personIds = new Set(value.persons.map((person) => person.id));
  const issues: PreventionIssue[] = [];
  (value.lifeEvents ?? []).forEach((event, index) => {
    if (!personIds.has(event.personId)) {
      issues.push(
        preventionIssue(joinPath('lifeEvents', index, 'personId'), 'schema.problem.unknownPerson'),
      );
    }
    if (findLifeEvent(event.eventId) === undefined) {
      issues.push(
        preventionIssue(
          joinPath('lifeEvents', index, 'eventId'),
          'prevention.problem.unknownLifeEvent',
        ),
      );
    }
  });
  (value.safetyConcerns ?? []).forEach((concern, index) => {
    if (concern.personId !== null && !personIds.has(concern.personId)) {
      issues.push(
        preventionIssue(
          joinPath('safetyConcerns', index, 'personId'),
          'schema.problem.unknownPerson',
        ),
      );
    }
  });
  return issues;
}

/**
 * Shape first, then the checks of `score` (persons and assessments belong to the household,
 * answers fit their instrument), then the references of life events and safety concerns.
 */
export function parseSuggestCase(
  data: unknown,
  context: ValidationContext = {},
): PreventionParseResult<SuggestCase> {
  if (typeof data !== 'object' || data === null || Array.isArray(data) || !('household' in data)) {
    return { ok: false, issues: [preventionIssue('household', 'schema.problem.required')] };
  }
  const parsed = parseWith(SuggestCaseSchema, data);
  if (!parsed.ok) {
    return parsed;
  }
  const { household, persons, assessments } = parsed.value;
  const records = parseCaseInput({ household, persons, assessments }, context);
  const issues = [...(records.ok ? [] : records.issues), ...crossIssues(parsed.value)];
  return issues.length === 0 ? parsed : { ok: false, issues };
}
