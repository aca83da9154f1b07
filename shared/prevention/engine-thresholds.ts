import { z } from 'zod';
import { VersionSchema } from '../schemas/common';
import {
  BrugColumnIdSchema,
  BrugLevelSchema,
  KwetsbaarheidLevelSchema,
  SeveritySchema,
  SignalIdSchema,
} from '../schemas/vocabulary';
import { GrenzenCodeSchema } from './vocabulary';

// Engine thresholds are profile data: a gemeente may tune them. Rationale of every default in
// docs/prevention.md ("Drempels"). Nothing here reads age or household type (K9).

/** How far up the ladder the engine may go for a signal. */
export const ReachSchema = z.enum(['universeel', 'selectief', 'geindiceerd', 'maatwerk']);
export type Reach = z.infer<typeof ReachSchema>;

const AgeRangeSchema = z.strictObject({
  min: z.number().int().min(0).max(120),
  max: z.number().int().min(0).max(120),
});

export const GrenzenConditionSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('balans'),
    code: GrenzenCodeSchema,
    levels: z.array(KwetsbaarheidLevelSchema).min(1).readonly(),
  }),
  z.strictObject({
    kind: z.literal('brug'),
    code: GrenzenCodeSchema,
    columnId: BrugColumnIdSchema,
    atOrAbove: BrugLevelSchema,
    /** The signal whose opgave a warme overdracht for this condition is counted under. */
    signalId: SignalIdSchema,
  }),
  z.strictObject({
    kind: z.literal('signaal'),
    code: GrenzenCodeSchema,
    signalId: SignalIdSchema,
    atOrAbove: SeveritySchema,
  }),
]);
export type GrenzenCondition = z.infer<typeof GrenzenConditionSchema>;

export const EngineThresholdsSchema = z.strictObject({
  version: VersionSchema,
  /** Rule 3: the highest step for a signal of this severity (before balance and limits). */
  reachBySeverity: z.strictObject({
    mild: ReachSchema,
    matig: ReachSchema,
    ernstig: ReachSchema,
  }),
  /** K9: a mild signal of a person with one of these balance levels reaches `to`. */
  raiseMild: z.strictObject({
    balanceLevels: z.array(KwetsbaarheidLevelSchema).readonly(),
    to: ReachSchema,
  }),
  /** Reach of an entry triggered by the balance itself (e.g. volunteering when it is positive). */
  balanceReach: z.strictObject({
    onbekend: ReachSchema,
    stabiel: ReachSchema,
    kwetsbaar: ReachSchema,
    'uit-balans': ReachSchema,
  }),
  /** Reach of an entry triggered by a recent life event (MAG §3.3: extra risk, selective). */
  lifeEventReach: ReachSchema,
  /** Rule 5 (K6): any condition puts a person under grenzen. */
  grenzen: z.strictObject({
    conditions: z.array(GrenzenConditionSchema).readonly(),
    /** Under grenzen, every signal reaches at least this ... */
    minimumReach: ReachSchema,
    /** ... and an ernstig signal this, with a warme overdracht. */
    ernstigReach: ReachSchema,
  }),
  /** Rule 6: when one of these Brug columns is at this level, these signals rank first. */
  bestaanszekerheid: z.strictObject({
    brug: z
      .array(z.strictObject({ columnId: BrugColumnIdSchema, atOrAbove: BrugLevelSchema }))
      .readonly(),
    signalIds: z.array(SignalIdSchema).readonly(),
  }),
  /** Rule 4 (K5): all signals at most this severe and every balance one of these levels. */
  normaliseren: z.strictObject({
    maxSeverity: SeveritySchema,
    balanceLevels: z.array(KwetsbaarheidLevelSchema).readonly(),
  }),
  /** Assumed ages when a person has no birth date; only used for fit. */
  roleAges: z.strictObject({
    volwassene: AgeRangeSchema,
    jongere: AgeRangeSchema,
    kind: AgeRangeSchema,
  }),
});
export type EngineThresholds = z.infer<typeof EngineThresholdsSchema>;

export const DEFAULT_ENGINE_THRESHOLDS = {
  version: '1.0.0',
  reachBySeverity: { mild: 'universeel', matig: 'selectief', ernstig: 'geindiceerd' },
  raiseMild: { balanceLevels: ['kwetsbaar', 'uit-balans'], to: 'selectief' },
  balanceReach: {
    onbekend: 'universeel',
    stabiel: 'universeel',
    kwetsbaar: 'selectief',
    'uit-balans': 'geindiceerd',
  },
  lifeEventReach: 'selectief',
  grenzen: {
    conditions: [
      { kind: 'balans', code: 'balans-sterk-negatief', levels: ['uit-balans'] },
      {
        kind: 'brug',
        code: 'schulden-zonder-overzicht',
        columnId: 'schulden',
        atOrAbove: 4,
        signalId: 'financieel',
      },
      {
        kind: 'signaal',
        code: 'mantelzorger-overbelast',
        signalId: 'mantelzorgbelasting',
        atOrAbove: 'ernstig',
      },
    ],
    minimumReach: 'selectief',
    ernstigReach: 'maatwerk',
  },
  bestaanszekerheid: {
    brug: [
      { columnId: 'wonen', atOrAbove: 4 },
      { columnId: 'inkomen', atOrAbove: 4 },
      { columnId: 'schulden', atOrAbove: 4 },
    ],
    signalIds: ['financieel', 'wonen'],
  },
  normaliseren: { maxSeverity: 'mild', balanceLevels: ['onbekend', 'stabiel'] },
  roleAges: {
    volwassene: { min: 18, max: 120 },
    jongere: { min: 12, max: 25 },
    kind: { min: 0, max: 17 },
  },
} as const satisfies EngineThresholds;
