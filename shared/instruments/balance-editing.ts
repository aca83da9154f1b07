import type { BalanceAnswers, BrugAnswers, FactorAnswer } from '../schemas/assessment';
import type { ProposedFactor } from '../schemas/results';
import type { FactorSide, SphereId } from '../schemas/vocabulary';
import { BRUG, BRUG_INCOME_THRESHOLDS_2019 } from './brug';
import { scoreBrug } from './brug-scoring';
import type { IncomeThresholds, PgDefinition } from './definition-schema';
import { proposeFactors } from './factor-proposals';
import { scorePositieveGezondheid } from './pg-scoring';
import { findFactor } from './registry';

// Pure steps behind the balance screen: what is still proposed, and how each edit changes the
// answers. The screen stays a thin view; these are tested without a DOM.

export interface BalanceSources {
  readonly pg?:
    | { readonly definition: PgDefinition; readonly scores: Readonly<Record<string, number>> }
    | undefined;
  readonly brug?: { readonly answers: BrugAnswers; readonly householdSize: number } | undefined;
}

/** Scores the raw answers of this conversation and proposes factors from them. */
export function proposalsFromSources(
  sources: BalanceSources,
  now: Date,
  incomeThresholds: IncomeThresholds = BRUG_INCOME_THRESHOLDS_2019,
): ProposedFactor[] {
  const { pg, brug } = sources;
  return proposeFactors({
    positieveGezondheid:
      pg === undefined
        ? []
        : [
            {
              assessmentId: null,
              instrumentId: pg.definition.id,
              result: scorePositieveGezondheid(pg.definition, {
                kind: 'positieve-gezondheid',
                scores: { ...pg.scores },
              }),
            },
          ],
    brug:
      brug === undefined
        ? []
        : [
            {
              assessmentId: null,
              instrumentId: BRUG.id,
              result: scoreBrug(BRUG, brug.answers, { now, incomeThresholds, assessmentId: null }),
            },
          ],
  });
}

/** Proposals not yet taken over (same factor id in the answers) and not dismissed. */
export function openProposals(
  proposals: readonly ProposedFactor[],
  answers: BalanceAnswers,
  dismissed: readonly string[],
): ProposedFactor[] {
  const listed = new Set(answers.factors.map((factor) => factor.factorId));
  return proposals.filter(
    (proposal) => !listed.has(proposal.factorId) && !dismissed.includes(proposal.factorId),
  );
}

/** Dismissed proposals that would otherwise still be open, so they can be put back. */
export function dismissedOpenProposals(
  proposals: readonly ProposedFactor[],
  answers: BalanceAnswers,
  dismissed: readonly string[],
): ProposedFactor[] {
  const listed = new Set(answers.factors.map((factor) => factor.factorId));
  return proposals.filter(
    (proposal) => !listed.has(proposal.factorId) && dismissed.includes(proposal.factorId),
  );
}

export function confirmProposal(answers: BalanceAnswers, proposal: ProposedFactor): BalanceAnswers {
  if (answers.factors.some((factor) => factor.factorId === proposal.factorId)) {
    return answers;
  }
  return {
    ...answers,
    factors: [
      ...answers.factors,
      { factorId: proposal.factorId, weight: proposal.weight, duration: proposal.duration },
    ],
  };
}

/** Adds a catalogue factor with its default weight and duration; a listed factor stays as it is. */
export function addCatalogueFactor(answers: BalanceAnswers, factorId: string): BalanceAnswers {
  const known = findFactor(factorId);
  if (known === undefined || answers.factors.some((factor) => factor.factorId === factorId)) {
    return answers;
  }
  return {
    ...answers,
    factors: [
      ...answers.factors,
      {
        factorId,
        weight: known.factor.defaultWeight,
        duration: known.factor.defaultDuration,
      },
    ],
  };
}

/** Own factors get `eigen-<n>`: a kebab id that can never collide with the catalogue. */
export function nextOwnFactorId(answers: BalanceAnswers): string {
  const used = new Set(answers.factors.map((factor) => factor.factorId));
  let n = 1;
  while (used.has(`eigen-${String(n)}`)) {
    n += 1;
  }
  return `eigen-${String(n)}`;
}

export function addOwnFactor(
  answers: BalanceAnswers,
  own: { readonly label: string; readonly sphere: SphereId; readonly side: FactorSide },
): BalanceAnswers {
  const label = own.label.trim();
  if (label === '') {
    return answers;
  }
  return {
    ...answers,
    factors: [
      ...answers.factors,
      {
        factorId: nextOwnFactorId(answers),
        weight: 2,
        duration: 'tijdelijk',
        label: label.slice(0, 200),
        sphere: own.sphere,
        side: own.side,
      },
    ],
  };
}

/** Changes one factor; an empty note is dropped so the stored answers stay minimal. */
export function updateFactor(
  answers: BalanceAnswers,
  factorId: string,
  change: Partial<Pick<FactorAnswer, 'weight' | 'duration' | 'note'>>,
): BalanceAnswers {
  return {
    ...answers,
    factors: answers.factors.map((factor) => {
      if (factor.factorId !== factorId) {
        return factor;
      }
      const { note, ...rest }: FactorAnswer = { ...factor, ...change };
      return note === undefined || note === '' ? rest : { ...rest, note };
    }),
  };
}

export function removeFactor(answers: BalanceAnswers, factorId: string): BalanceAnswers {
  return { ...answers, factors: answers.factors.filter((factor) => factor.factorId !== factorId) };
}

export function addLifeEvent(answers: BalanceAnswers, eventId: string): BalanceAnswers {
  const events = answers.lifeEvents ?? [];
  if (events.some((event) => event.eventId === eventId)) {
    return answers;
  }
  return { ...answers, lifeEvents: [...events, { eventId }] };
}

/** Sets or clears (empty string) the date of a life event; dates are YYYY-MM-DD. */
export function setLifeEventDate(
  answers: BalanceAnswers,
  eventId: string,
  date: string,
): BalanceAnswers {
  return {
    ...answers,
    lifeEvents: (answers.lifeEvents ?? []).map((event) =>
      event.eventId !== eventId ? event : date === '' ? { eventId } : { eventId, date },
    ),
  };
}

export function removeLifeEvent(answers: BalanceAnswers, eventId: string): BalanceAnswers {
  return {
    ...answers,
    lifeEvents: (answers.lifeEvents ?? []).filter((event) => event.eventId !== eventId),
  };
}
