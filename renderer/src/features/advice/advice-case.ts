import { parseSuggestCase, type SuggestCase } from '../../../../shared/prevention/case';
import { suggest } from '../../../../shared/prevention/engine';
import type { PreventionIssue } from '../../../../shared/prevention/issues';
import type { SuggestResult } from '../../../../shared/prevention/result';
import type { Profile } from '../../../../shared/profiles/schema';
import type { Assessment } from '../../../../shared/schemas/assessment';
import type { Household } from '../../../../shared/schemas/household';
import type { Person } from '../../../../shared/schemas/person';

// The engine's case from what the intake holds (docs/case-format.md): the records as stored, plus
// the conversation's safety flag as a concern about the household as a whole.

export interface AdviceInput {
  readonly household: Household;
  readonly persons: readonly Person[];
  readonly assessments: readonly Assessment[];
  readonly safetyConcern: boolean;
}

export function buildSuggestCase(input: AdviceInput): SuggestCase {
  return {
    household: input.household,
    persons: [...input.persons],
    assessments: [...input.assessments],
    ...(input.safetyConcern ? { safetyConcerns: [{ personId: null }] } : {}),
  };
}

export type AdviceOutcome =
  | { readonly ok: true; readonly result: SuggestResult }
  | { readonly ok: false; readonly issues: readonly PreventionIssue[] };

/**
 * Checks the case as the command line does (answers fit their instrument, records belong to the
 * household), then runs the engine. H6 calls this too, to save the decisions against the same result.
 */
export function computeAdvice(input: AdviceInput, profile: Profile, now: Date): AdviceOutcome {
  const parsed = parseSuggestCase(buildSuggestCase(input));
  if (!parsed.ok) return { ok: false, issues: parsed.issues };
  return { ok: true, result: suggest(parsed.value, profile, now) };
}
