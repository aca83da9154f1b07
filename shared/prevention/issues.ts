import { formatMessage } from '../messages/nl';
import type { preventionMessages } from '../messages/nl-prevention';
import type { ProblemKey, ProblemValues } from '../schemas/zod-messages';

/** Problems only the prevention engine and the profiles know; texts in nl-prevention.ts. */
export type PreventionProblemKey = Extract<
  keyof typeof preventionMessages,
  `prevention.problem.${string}`
>;

/**
 * One thing wrong with one field of a case or profile file. Codes, not text: a FieldIssue from
 * parseWith is one too, and `formatPreventionIssue` writes the Dutch.
 */
export interface PreventionIssue {
  /** Dotted path from the root, list positions from 0; '' means the whole input. */
  readonly path: string;
  readonly problem: ProblemKey | PreventionProblemKey;
  readonly values: ProblemValues;
}

export function preventionIssue(
  path: string,
  problem: ProblemKey | PreventionProblemKey,
  values: ProblemValues = {},
): PreventionIssue {
  return { path, problem, values };
}

export type PreventionParseResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: readonly PreventionIssue[] };

/** The parts of a dotted path; all-digit parts are list positions (no field here is all digits). */
function segments(path: string): (string | number)[] {
  return path === ''
    ? []
    : path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** True when the path holds a list position, which the messages show counted from 1. */
export function hasPosition(path: string): boolean {
  return segments(path).some((segment) => typeof segment === 'number');
}

/** A path as the Dutch messages show it, like the instruments do: `persons[1].birthDate`. */
export function displayPath(path: string): string {
  return segments(path)
    .map((segment, index) =>
      typeof segment === 'number'
        ? `[${String(segment + 1)}]`
        : `${index === 0 ? '' : '.'}${segment}`,
    )
    .join('');
}

/** The Dutch sentence for one issue, naming the field by its path. */
export function formatPreventionIssue(issue: PreventionIssue): string {
  const problem = formatMessage(issue.problem, issue.values);
  return issue.path === ''
    ? formatMessage('schema.issueRoot', { problem })
    : formatMessage('schema.issue', { path: displayPath(issue.path), problem });
}
