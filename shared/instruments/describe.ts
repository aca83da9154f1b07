import { AVE_MODEL } from './ave';
import { BRUG_INCOME_THRESHOLDS_2019, INCOME_THRESHOLDS_MAX_AGE_YEARS } from './brug';
import { DEFAULT_BALANCE_THRESHOLDS } from './draagkracht-draaglast';
import { DEFAULT_FACTOR_PROPOSAL_RULES } from './factor-proposal-rules';
import { INSTRUMENTS } from './registry';
import { DEFAULT_SIGNAL_THRESHOLDS, SIGNAL_DEFINITIONS } from './signal-thresholds';

/**
 * Every definition as one plain object, for the command line and for a functioneel beheerder.
 * Each instrument lists `dimensions` (the draagkracht/draaglast spheres count as its dimensions).
 */
export function describeInstruments() {
  return {
    instruments: INSTRUMENTS.map((definition) => {
      switch (definition.kind) {
        case 'brug-naar-zelfredzaamheid':
          return {
            ...definition,
            incomeThresholds: BRUG_INCOME_THRESHOLDS_2019,
            incomeThresholdsMaxAgeYears: INCOME_THRESHOLDS_MAX_AGE_YEARS,
          };
        case 'draagkracht-draaglast':
          return {
            ...definition,
            dimensions: definition.spheres,
            balanceThresholds: DEFAULT_BALANCE_THRESHOLDS,
          };
        default:
          return definition;
      }
    }),
    ave: AVE_MODEL,
    signals: { definitions: SIGNAL_DEFINITIONS, thresholds: DEFAULT_SIGNAL_THRESHOLDS },
    factorProposals: DEFAULT_FACTOR_PROPOSAL_RULES,
  };
}
