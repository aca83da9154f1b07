import { z } from 'zod';
import { formatMessage } from '../messages/nl';
import { instrumentMessages } from '../messages/nl-instruments';

/** A sentence ending for `schema.issue`: what is wrong with one field. */
export type ProblemKey = Extract<keyof typeof instrumentMessages, `schema.problem.${string}`>;
export type ProblemValues = Readonly<Record<string, string | number>>;

/** A field name, or a position in a list counted from 0. */
export type PathSegment = string | number;

/** One thing wrong with one field of some input. Codes, not text: `formatFieldIssue` writes the Dutch. */
export interface FieldIssue {
  /**
   * Dotted path from the root of the input, list positions from 0, e.g. `assessments.0.status`;
   * '' means the whole input.
   */
  readonly path: string;
  /**
   * The same path as segments, present when it holds a list position: a field may be named "12",
   * so only the segments tell a position from a name. `formatFieldIssue` counts positions from 1.
   */
  readonly segments?: readonly PathSegment[];
  readonly problem: ProblemKey;
  readonly values: ProblemValues;
}

export type ParseResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: readonly FieldIssue[] };

/** Params for a zod refinement, so its issue turns into a known Dutch problem. */
export function problemParams(
  problem: ProblemKey,
  values: ProblemValues = {},
): { problem: ProblemKey; values: ProblemValues } {
  return { problem, values };
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path.map((segment) => (typeof segment === 'symbol' ? '?' : String(segment))).join('.');
}

export function joinPath(base: string, ...segments: readonly (string | number)[]): string {
  return [base, ...segments.map(String)].filter((part) => part !== '').join('.');
}

/**
 * Segments of a path. A string is split on dots and its all-digit parts are read as list
 * positions; give segments instead when a field name may be all digits (item ids).
 */
export function pathSegments(path: string | readonly PathSegment[]): PathSegment[] {
  if (typeof path !== 'string') {
    return [...path];
  }
  return path === ''
    ? []
    : path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** A field issue; with segments, list positions show from 1 in the Dutch message. */
export function fieldIssue(
  path: string | readonly PathSegment[],
  problem: ProblemKey,
  values: ProblemValues = {},
): FieldIssue {
  if (typeof path === 'string') {
    return { path, problem, values };
  }
  const dotted = formatPath(path);
  return path.some((segment) => typeof segment === 'number')
    ? { path: dotted, segments: [...path], problem, values }
    : { path: dotted, problem, values };
}

/** The path as the Dutch messages show it: list positions from 1, e.g. `assessments[1].status`. */
export function displayPath(issue: FieldIssue): string {
  if (issue.segments === undefined) {
    return issue.path;
  }
  return issue.segments
    .map((segment, index) =>
      typeof segment === 'number'
        ? `[${String(segment + 1)}]`
        : `${index === 0 ? '' : '.'}${segment}`,
    )
    .join('');
}

function isProblemKey(value: unknown): value is ProblemKey {
  return (
    typeof value === 'string' && value.startsWith('schema.problem.') && value in instrumentMessages
  );
}

// Issues only carry `input` when parsed with `reportInput: true`; without it a missing field
// cannot be told apart from a wrong type, so the type message is used.
function isMissing(issue: z.core.$ZodIssue): boolean {
  return 'input' in issue && issue.input === undefined;
}

// A discriminated union reports on the discriminator path with the parent object as input.
function discriminatorMissing(issue: z.core.$ZodIssueInvalidUnion): boolean {
  const { discriminator } = issue;
  const input: unknown = issue.input;
  return (
    discriminator !== undefined &&
    typeof input === 'object' &&
    input !== null &&
    (input as Record<string, unknown>)[discriminator] === undefined
  );
}

function typeProblem(expected: string): ProblemKey {
  switch (expected) {
    case 'number':
      return 'schema.problem.expectedNumber';
    case 'int':
      return 'schema.problem.expectedInteger';
    case 'string':
      return 'schema.problem.expectedText';
    case 'boolean':
      return 'schema.problem.expectedBoolean';
    case 'array':
    case 'tuple':
      return 'schema.problem.expectedList';
    case 'object':
    case 'record':
      return 'schema.problem.expectedObject';
    default:
      return 'schema.problem.expectedOther';
  }
}

function sizeProblem(
  origin: string,
  bound: 'min' | 'max',
  limit: number,
): { problem: ProblemKey; values: ProblemValues } {
  if (origin === 'string') {
    if (bound === 'min') {
      return limit <= 1
        ? { problem: 'schema.problem.textEmpty', values: {} }
        : { problem: 'schema.problem.textTooShort', values: { minimum: limit } };
    }
    return { problem: 'schema.problem.textTooLong', values: { maximum: limit } };
  }
  if (origin === 'array' || origin === 'set') {
    if (bound === 'min') {
      return limit <= 1
        ? { problem: 'schema.problem.listEmpty', values: {} }
        : { problem: 'schema.problem.listTooShort', values: { minimum: limit } };
    }
    return { problem: 'schema.problem.listTooLong', values: { maximum: limit } };
  }
  return bound === 'min'
    ? { problem: 'schema.problem.tooSmall', values: { minimum: limit } }
    : { problem: 'schema.problem.tooBig', values: { maximum: limit } };
}

function stringFormatProblem(format: string): ProblemKey {
  switch (format) {
    case 'uuid':
    case 'guid':
      return 'schema.problem.id';
    case 'date':
      return 'schema.problem.date';
    case 'datetime':
      return 'schema.problem.dateTime';
    default:
      return 'schema.problem.badFormat';
  }
}

function listValues(values: readonly unknown[]): string {
  return values.map((value) => String(value)).join(', ');
}

function segmentsOf(path: readonly PropertyKey[]): PathSegment[] {
  return path.map((segment) => (typeof segment === 'symbol' ? '?' : segment));
}

function convert(issue: z.core.$ZodIssue, base: readonly PropertyKey[]): FieldIssue[] {
  const path = [...base, ...issue.path];
  const at = (problem: ProblemKey, values: ProblemValues = {}): FieldIssue[] => [
    fieldIssue(segmentsOf(path), problem, values),
  ];
  switch (issue.code) {
    case 'invalid_type':
      return at(isMissing(issue) ? 'schema.problem.required' : typeProblem(issue.expected));
    case 'too_small': {
      const { problem, values } = sizeProblem(issue.origin, 'min', Number(issue.minimum));
      return at(problem, values);
    }
    case 'too_big': {
      const { problem, values } = sizeProblem(issue.origin, 'max', Number(issue.maximum));
      return at(problem, values);
    }
    case 'invalid_format':
      return at(stringFormatProblem(issue.format));
    case 'invalid_value':
      return isMissing(issue)
        ? at('schema.problem.required')
        : at('schema.problem.oneOf', { values: listValues(issue.values) });
    case 'unrecognized_keys':
      return issue.keys.map((key) =>
        fieldIssue(segmentsOf([...path, key]), 'schema.problem.unknownField'),
      );
    case 'invalid_union': {
      const options = 'options' in issue ? issue.options : undefined;
      if (options !== undefined && options.length > 0) {
        return discriminatorMissing(issue)
          ? at('schema.problem.required')
          : at('schema.problem.oneOf', { values: listValues(options) });
      }
      // Report the branch that came closest: it is almost always the one the author meant.
      const branches = issue.errors.filter((branch) => branch.length > 0);
      const closest = branches.reduce<readonly z.core.$ZodIssue[] | undefined>(
        (best, branch) => (best === undefined || branch.length < best.length ? branch : best),
        undefined,
      );
      return closest === undefined
        ? at('schema.problem.noMatchingShape')
        : closest.flatMap((inner) => convert(inner, path));
    }
    case 'invalid_key':
      return at('schema.problem.badKey');
    case 'custom': {
      const problem: unknown = issue.params?.['problem'];
      const values: unknown = issue.params?.['values'];
      return isProblemKey(problem)
        ? at(
            problem,
            typeof values === 'object' && values !== null ? (values as ProblemValues) : {},
          )
        : at('schema.problem.invalid');
    }
    default:
      return at('schema.problem.invalid');
  }
}

/** Turns zod issues into field issues; one per field (the first), in the order zod found them. */
export function fieldIssuesFromZod(
  issues: readonly z.core.$ZodIssue[],
  basePath: readonly PropertyKey[] = [],
): FieldIssue[] {
  const seen = new Set<string>();
  const result: FieldIssue[] = [];
  for (const issue of issues.flatMap((item) => convert(item, basePath))) {
    if (!seen.has(issue.path)) {
      seen.add(issue.path);
      result.push(issue);
    }
  }
  return result;
}

/** Parses with `reportInput` on, so missing fields are named as missing. */
export function parseWith<T extends z.ZodType>(
  schema: T,
  data: unknown,
  basePath: readonly PropertyKey[] = [],
): ParseResult<z.output<T>> {
  const parsed = schema.safeParse(data, { reportInput: true });
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, issues: fieldIssuesFromZod(parsed.error.issues, basePath) };
}

/**
 * Shape first, then what the schema cannot see (ids that must exist elsewhere, duplicates):
 * `check` runs only on input of the right shape.
 */
export function parseAndCheck<T extends z.ZodType>(
  schema: T,
  data: unknown,
  check: (value: z.output<T>) => readonly FieldIssue[],
): ParseResult<z.output<T>> {
  const parsed = parseWith(schema, data);
  if (!parsed.ok) {
    return parsed;
  }
  const issues = check(parsed.value);
  return issues.length === 0 ? parsed : { ok: false, issues };
}

/** Only what is wrong ("moet een getal zijn"), for callers that build their own sentence. */
export function formatProblem(issue: FieldIssue): string {
  return formatMessage(issue.problem, issue.values);
}

/**
 * The Dutch sentence for one field issue, naming the field by its path with list positions
 * from 1; a problem with the whole input names the file as its subject.
 */
export function formatFieldIssue(issue: FieldIssue): string {
  if (issue.path === '') {
    return issue.problem === 'schema.problem.expectedObject'
      ? formatMessage('schema.issueRootObject')
      : formatMessage('schema.issueRoot', { problem: formatProblem(issue) });
  }
  return formatMessage('schema.issue', { path: displayPath(issue), problem: formatProblem(issue) });
}

/** Whether the message of this issue shows a list position (so a reader may need to be told). */
export function hasListPosition(issue: FieldIssue): boolean {
  return issue.segments?.some((segment) => typeof segment === 'number') ?? false;
}
