import { AssessmentSchema, type Assessment } from '../schemas/assessment';
import { CaseFileSchema } from '../schemas/case-file';
import type { Household } from '../schemas/household';
import type { Person } from '../schemas/person';
import {
  fieldIssue,
  parseAndCheck,
  pathSegments,
  type FieldIssue,
  type ParseResult,
  type PathSegment,
} from '../schemas/zod-messages';
import type { BalanceDefinition, InstrumentDefinition, PgDefinition } from './definition-schema';
import { findItemSet, validateItemAnswers, type ItemSet } from './item-set';
import { findFactor, findInstrument, findLifeEvent, INSTRUMENTS } from './registry';

export interface ValidationContext {
  readonly itemSets?: readonly ItemSet[];
  readonly instruments?: readonly InstrumentDefinition[];
}

/** Indexes of values already seen earlier in the list. */
function duplicates(values: readonly unknown[]): Set<number> {
  const seen = new Set<unknown>();
  const repeated = new Set<number>();
  values.forEach((value, index) => {
    if (seen.has(value)) {
      repeated.add(index);
    }
    seen.add(value);
  });
  return repeated;
}

function pgIssues(
  definition: PgDefinition,
  assessment: Assessment,
  context: ValidationContext,
  at: (...segments: PathSegment[]) => PathSegment[],
): FieldIssue[] {
  const { answers } = assessment;
  if (answers.kind !== 'positieve-gezondheid') {
    return [];
  }
  const issues: FieldIssue[] = [];
  const dimensionIds = new Set<string>(definition.dimensions.map((dimension) => dimension.id));
  for (const dimensionId of Object.keys(answers.scores ?? {})) {
    if (!dimensionIds.has(dimensionId)) {
      issues.push(
        fieldIssue(at('answers', 'scores', dimensionId), 'schema.problem.notInInstrument'),
      );
    }
  }
  const focus = answers.focus ?? [];
  const repeated = duplicates(focus);
  focus.forEach((dimensionId, index) => {
    if (!dimensionIds.has(dimensionId)) {
      issues.push(fieldIssue(at('answers', 'focus', index), 'schema.problem.notInInstrument'));
    } else if (repeated.has(index)) {
      issues.push(fieldIssue(at('answers', 'focus', index), 'schema.problem.duplicate'));
    }
  });
  if (answers.items !== undefined) {
    const { itemSetId, itemSetVersion, values } = answers.items;
    const itemSet = findItemSet(context.itemSets ?? [], itemSetId, itemSetVersion);
    if (itemSet === undefined) {
      issues.push(
        fieldIssue(at('answers', 'items', 'itemSetId'), 'schema.problem.itemSetMissing', {
          itemSetId,
        }),
      );
    } else if (
      itemSet.instrumentId !== definition.id ||
      itemSet.instrumentVersion !== definition.version
    ) {
      issues.push(
        fieldIssue(at('answers', 'items', 'itemSetId'), 'schema.problem.itemSetOtherInstrument'),
      );
    } else {
      issues.push(...validateItemAnswers(itemSet, values, at('answers', 'items', 'values')));
    }
  }
  return issues;
}

function balanceIssues(
  definition: BalanceDefinition,
  assessment: Assessment,
  at: (...segments: PathSegment[]) => PathSegment[],
): FieldIssue[] {
  const { answers } = assessment;
  if (answers.kind !== 'draagkracht-draaglast') {
    return [];
  }
  const issues: FieldIssue[] = [];
  const repeated = duplicates(answers.factors.map((factor) => factor.factorId));
  answers.factors.forEach((factor, index) => {
    if (repeated.has(index)) {
      issues.push(
        fieldIssue(at('answers', 'factors', index, 'factorId'), 'schema.problem.duplicate'),
      );
      return;
    }
    const known = findFactor(factor.factorId, definition);
    if (known === undefined) {
      if (factor.label === undefined || factor.sphere === undefined || factor.side === undefined) {
        issues.push(
          fieldIssue(
            at('answers', 'factors', index, 'factorId'),
            'schema.problem.customFactorIncomplete',
          ),
        );
      }
      return;
    }
    if (factor.sphere !== undefined && factor.sphere !== known.sphere) {
      issues.push(
        fieldIssue(at('answers', 'factors', index, 'sphere'), 'schema.problem.catalogueMismatch', {
          expected: known.sphere,
        }),
      );
    }
    if (factor.side !== undefined && factor.side !== known.factor.side) {
      issues.push(
        fieldIssue(at('answers', 'factors', index, 'side'), 'schema.problem.catalogueMismatch', {
          expected: known.factor.side,
        }),
      );
    }
  });
  (answers.lifeEvents ?? []).forEach((event, index) => {
    if (findLifeEvent(event.eventId, definition) === undefined) {
      issues.push(
        fieldIssue(at('answers', 'lifeEvents', index, 'eventId'), 'schema.problem.notInInstrument'),
      );
    }
  });
  return issues;
}

/**
 * What the schema cannot see: whether the instrument and version exist, whether the answers fit
 * that version (dimension ids, item set, catalogue factors, life events). Paths start at basePath
 * (as a string, its all-digit parts are list positions).
 */
export function validateAssessment(
  assessment: Assessment,
  context: ValidationContext = {},
  basePath: string | readonly PathSegment[] = '',
): FieldIssue[] {
  const base = pathSegments(basePath);
  const at = (...segments: PathSegment[]): PathSegment[] => [...base, ...segments];
  const instruments = context.instruments ?? INSTRUMENTS;
  if (findInstrument(assessment.instrumentId, undefined, instruments) === undefined) {
    return [fieldIssue(at('instrumentId'), 'schema.problem.unknownInstrument')];
  }
  const definition = findInstrument(
    assessment.instrumentId,
    assessment.instrumentVersion,
    instruments,
  );
  if (definition === undefined) {
    return [fieldIssue(at('instrumentVersion'), 'schema.problem.unknownVersion')];
  }
  if (definition.kind !== assessment.answers.kind) {
    return [
      fieldIssue(at('answers', 'kind'), 'schema.problem.kindMismatch', {
        expected: definition.kind,
      }),
    ];
  }
  switch (definition.kind) {
    case 'positieve-gezondheid':
      return pgIssues(definition, assessment, context, at);
    case 'draagkracht-draaglast':
      return balanceIssues(definition, assessment, at);
    case 'brug-naar-zelfredzaamheid':
    case 'kansencirkel':
      return [];
  }
}

/** Shape first, then fit with the instrument definitions. */
export function parseAssessment(
  data: unknown,
  context: ValidationContext = {},
): ParseResult<Assessment> {
  return parseAndCheck(AssessmentSchema, data, (assessment) =>
    validateAssessment(assessment, context),
  );
}

/** What the command line scores: a household with members, or one loose assessment. */
export interface CaseInput {
  readonly household: Household | null;
  readonly persons: readonly Person[];
  readonly assessments: readonly Assessment[];
}

function caseIssues(input: CaseInput & { household: Household }, context: ValidationContext) {
  const issues: FieldIssue[] = [];
  const householdId = input.household.id;
  const personIds = new Set(input.persons.map((person) => person.id));
  const repeatedPersons = duplicates(input.persons.map((person) => person.id));
  input.persons.forEach((person, index) => {
    if (repeatedPersons.has(index)) {
      issues.push(fieldIssue(['persons', index, 'id'], 'schema.problem.duplicate'));
    }
    if (person.householdId !== householdId) {
      issues.push(fieldIssue(['persons', index, 'householdId'], 'schema.problem.otherHousehold'));
    }
  });
  const repeatedAssessments = duplicates(input.assessments.map((assessment) => assessment.id));
  input.assessments.forEach((assessment, index) => {
    if (repeatedAssessments.has(index)) {
      issues.push(fieldIssue(['assessments', index, 'id'], 'schema.problem.duplicate'));
    }
    if (assessment.householdId !== householdId) {
      issues.push(
        fieldIssue(['assessments', index, 'householdId'], 'schema.problem.otherHousehold'),
      );
    }
    if (!personIds.has(assessment.personId)) {
      issues.push(fieldIssue(['assessments', index, 'personId'], 'schema.problem.unknownPerson'));
    }
    issues.push(...validateAssessment(assessment, context, ['assessments', index]));
  });
  return issues;
}

/**
 * A file with a `household` key is a household file ({ household, persons, assessments });
 * anything else is read as one assessment.
 */
export function parseCaseInput(
  data: unknown,
  context: ValidationContext = {},
): ParseResult<CaseInput> {
  if (typeof data === 'object' && data !== null && 'household' in data) {
    return parseAndCheck(CaseFileSchema, data, (file) => caseIssues(file, context));
  }
  const single = parseAssessment(data, context);
  return single.ok
    ? { ok: true, value: { household: null, persons: [], assessments: [single.value] } }
    : single;
}
