import type { BrugResult, Evidence, PgResult, ProposedFactor } from '../schemas/results';
import type { FactorWeight } from '../schemas/vocabulary';
import type { BalanceDefinition } from './definition-schema';
import { DRAAGKRACHT_DRAAGLAST } from './draagkracht-draaglast';
import { DEFAULT_FACTOR_PROPOSAL_RULES } from './factor-proposal-rules';
import { findFactor } from './registry';
import type { FactorProposalRules } from './rules-schema';

export interface ScoredSource<R> {
  readonly assessmentId: string | null;
  readonly instrumentId: string;
  readonly result: R;
}

export interface ProposalSources {
  readonly positieveGezondheid?: readonly ScoredSource<PgResult>[];
  readonly brug?: readonly ScoredSource<BrugResult>[];
}

interface Candidate {
  readonly factorId: string;
  readonly weight: FactorWeight;
  readonly evidence: Evidence;
}

function pgCandidates(source: ScoredSource<PgResult>, rules: FactorProposalRules): Candidate[] {
  return source.result.dimensions.flatMap((dimension) => {
    const { score } = dimension;
    const rule = rules.positieveGezondheid.find((entry) => entry.aspect === dimension.aspect);
    if (score === null || rule === undefined) {
      return [];
    }
    const evidence: Evidence = {
      assessmentId: source.assessmentId,
      instrumentId: source.instrumentId,
      field: dimension.dimensionId,
      value: score,
    };
    const candidates: Candidate[] = [];
    const strength = [...(rule.draagkracht?.bands ?? [])]
      .sort((left, right) => right.atOrAbove - left.atOrAbove)
      .find((band) => score >= band.atOrAbove);
    if (rule.draagkracht !== null && strength !== undefined) {
      candidates.push({ factorId: rule.draagkracht.factorId, weight: strength.weight, evidence });
    }
    const burden = [...(rule.draaglast?.bands ?? [])]
      .sort((left, right) => left.atOrBelow - right.atOrBelow)
      .find((band) => score <= band.atOrBelow);
    if (rule.draaglast !== null && burden !== undefined) {
      candidates.push({ factorId: rule.draaglast.factorId, weight: burden.weight, evidence });
    }
    return candidates;
  });
}

function brugCandidates(source: ScoredSource<BrugResult>, rules: FactorProposalRules): Candidate[] {
  return source.result.columns.flatMap((column) => {
    const { level } = column;
    if (level === null) {
      return [];
    }
    const evidence: Evidence = {
      assessmentId: source.assessmentId,
      instrumentId: source.instrumentId,
      field: column.columnId,
      value: level,
    };
    return rules.brug
      .filter((rule) => rule.columnId === column.columnId && rule.level === level)
      .flatMap((rule) =>
        rule.factors.map(({ factorId, weight }) => ({ factorId, weight, evidence })),
      );
  });
}

/**
 * Draagkracht and draaglast factors proposed from Positieve Gezondheid and Brug answers, by the
 * documented mapping table. A factor proposed twice is proposed once, at its heaviest weight, with
 * all evidence. Output follows the catalogue order. The professional decides what stays.
 */
export function proposeFactors(
  sources: ProposalSources,
  rules: FactorProposalRules = DEFAULT_FACTOR_PROPOSAL_RULES,
  definition: BalanceDefinition = DRAAGKRACHT_DRAAGLAST,
): ProposedFactor[] {
  const candidates = [
    ...(sources.positieveGezondheid ?? []).flatMap((source) => pgCandidates(source, rules)),
    ...(sources.brug ?? []).flatMap((source) => brugCandidates(source, rules)),
  ];
  const catalogueOrder = definition.spheres.flatMap((sphere) => sphere.factors.map((f) => f.id));
  return catalogueOrder.flatMap((factorId) => {
    const matching = candidates.filter((candidate) => candidate.factorId === factorId);
    const known = findFactor(factorId, definition);
    if (matching.length === 0 || known === undefined) {
      return [];
    }
    const weight = matching.reduce<FactorWeight>(
      (heaviest, candidate) => (candidate.weight > heaviest ? candidate.weight : heaviest),
      1,
    );
    return [
      {
        factorId,
        label: known.factor.label,
        sphere: known.sphere,
        side: known.factor.side,
        weight,
        duration: known.factor.defaultDuration,
        status: 'voorgesteld',
        evidence: matching.map((candidate) => candidate.evidence),
      },
    ];
  });
}
