import type { PgAnswers } from '../schemas/assessment';
import type { PgComparison, PgDimensionScore, PgResult } from '../schemas/results';
import { PgAspectSchema } from '../schemas/vocabulary';
import type { PgDefinition } from './definition-schema';
import { roundScore, scoreItemAnswers, type ItemSet } from './item-set';

/** A change smaller than one point on a 0-10 scale is read as "gelijk": one point is one answer step. */
export const PG_MINIMAL_CHANGE = 1;

/**
 * Scores of one Positieve Gezondheid assessment, in the definition's dimension order. With a
 * licensed item set the score is the mean of the items; without the set those scores stay empty.
 */
export function scorePositieveGezondheid(
  definition: PgDefinition,
  answers: PgAnswers,
  itemSet?: ItemSet,
): PgResult {
  const fromItems =
    answers.items !== undefined && itemSet !== undefined
      ? scoreItemAnswers(definition, itemSet, answers.items.values)
      : undefined;
  const dimensions: PgDimensionScore[] = definition.dimensions.map((dimension) => {
    if (answers.items !== undefined) {
      const scored = fromItems?.find((entry) => entry.dimensionId === dimension.id);
      return {
        dimensionId: dimension.id,
        aspect: dimension.aspect,
        score: scored?.score ?? null,
        itemCount: scored?.itemCount ?? 0,
      };
    }
    const score = answers.scores?.[dimension.id];
    return {
      dimensionId: dimension.id,
      aspect: dimension.aspect,
      score: score ?? null,
      itemCount: 0,
    };
  });
  const answeredScores = dimensions.flatMap((entry) => (entry.score === null ? [] : [entry.score]));
  const lowestScore = answeredScores.length === 0 ? undefined : Math.min(...answeredScores);
  return {
    kind: 'positieve-gezondheid',
    source: answers.items === undefined ? 'scores' : 'items',
    dimensions,
    answered: answeredScores.length,
    lowest: dimensions
      .filter((entry) => lowestScore !== undefined && entry.score === lowestScore)
      .map((entry) => entry.dimensionId),
    focus: [...(answers.focus ?? [])],
  };
}

export interface PgMoment {
  readonly assessmentId: string | null;
  readonly instrumentId: string;
  readonly takenAt: string | null;
  readonly result: PgResult;
}

/**
 * T0/T1: change per aspect, so a child who moved on to the jongeren version is still compared
 * ("Lekker in je vel" with "Kwaliteit van leven").
 */
export function comparePositieveGezondheid(
  t0: PgMoment,
  t1: PgMoment,
  minimalChange: number = PG_MINIMAL_CHANGE,
): PgComparison {
  const moment = ({ assessmentId, instrumentId, takenAt }: PgMoment) => ({
    assessmentId,
    instrumentId,
    takenAt,
  });
  return {
    t0: moment(t0),
    t1: moment(t1),
    dimensions: PgAspectSchema.options.flatMap((aspect) => {
      const before = t0.result.dimensions.find((entry) => entry.aspect === aspect);
      const after = t1.result.dimensions.find((entry) => entry.aspect === aspect);
      if (before === undefined && after === undefined) {
        return [];
      }
      const t0Score = before?.score ?? null;
      const t1Score = after?.score ?? null;
      const delta = t0Score === null || t1Score === null ? null : roundScore(t1Score - t0Score);
      const change =
        delta === null
          ? null
          : Math.abs(delta) < minimalChange
            ? 'gelijk'
            : delta > 0
              ? 'beter'
              : 'slechter';
      return [
        {
          aspect,
          t0DimensionId: before?.dimensionId ?? null,
          t1DimensionId: after?.dimensionId ?? null,
          t0: t0Score,
          t1: t1Score,
          delta,
          change,
        },
      ];
    }),
  };
}
