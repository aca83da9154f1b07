import { z } from 'zod';
import { IdSchema, IsoDateSchema, KebabIdSchema, VersionSchema } from '../schemas/common';
import { WarningSchema } from '../schemas/results';
import { KwetsbaarheidLevelSchema, SeveritySchema, SignalIdSchema } from '../schemas/vocabulary';
import {
  ActorSchema,
  CatalogueLevelSchema,
  EvidenceTriggerSchema,
  GrenzenCodeSchema,
  HouseholdTypeSchema,
  KaderIdSchema,
  NormaliserenCodeSchema,
  OpgaveIdSchema,
  PreventionLevelSchema,
  ReasonCodeSchema,
  ThemeIdSchema,
  TierSchema,
} from './vocabulary';

// The engine's output. Never stored as such: decisions (decision.ts) keep what the professional
// did with a suggestion. Tests parse every result with these schemas.

/** Which answer made the engine suggest something (engine rule 8). */
export const SuggestionEvidenceSchema = z.strictObject({
  trigger: EvidenceTriggerSchema,
  personId: IdSchema.nullable(),
  signalId: SignalIdSchema.nullable(),
  assessmentId: IdSchema.nullable(),
  /** Instrument id, `levensgebeurtenis` or `handmatig` for what was recorded outside one. */
  instrumentId: z.string(),
  field: z.string(),
  value: z.union([z.number(), z.string(), z.boolean()]),
  severity: SeveritySchema.nullable(),
});
export type SuggestionEvidence = z.infer<typeof SuggestionEvidenceSchema>;

export const SuggestionSchema = z.strictObject({
  rank: z.number().int().min(1),
  catalogueId: KebabIdSchema,
  /** The entry's name and provider, catalogue data in Dutch. */
  title: z.string(),
  provider: z.string(),
  level: PreventionLevelSchema,
  /** The finer step of rule 3: eigen-kracht and netwerk are reported as level `universeel`. */
  step: CatalogueLevelSchema,
  theme: ThemeIdSchema,
  opgave: OpgaveIdSchema,
  kaders: z.array(KaderIdSchema).min(1),
  evidence: z.array(SuggestionEvidenceSchema).min(1),
  actor: ActorSchema,
  collective: z.boolean(),
  /** Which rule placed it: veiligheid (7), bestaanszekerheid (6), grenzen (5) or the ladder (3). */
  tier: TierSchema,
  reasons: z.array(ReasonCodeSchema),
  signals: z.array(SignalIdSchema),
  lifeEvents: z.array(z.string()),
  /** For whom; null is the household as a whole. */
  personIds: z.array(IdSchema.nullable()).min(1),
});
export type Suggestion = z.infer<typeof SuggestionSchema>;

export const SuggestResultSchema = z.strictObject({
  engineVersion: VersionSchema,
  profile: z.strictObject({ id: KebabIdSchema, version: VersionSchema }),
  now: IsoDateSchema,
  householdId: IdSchema,
  householdType: HouseholdTypeSchema,
  /** The household's overall preventie level. */
  level: PreventionLevelSchema,
  /** Rule 4: a message code when what plays is part of ordinary life. */
  normaliseren: z
    .strictObject({ code: NormaliserenCodeSchema, kaders: z.array(KaderIdSchema).min(1) })
    .nullable(),
  flags: z.strictObject({
    veiligheid: z.boolean(),
    bestaanszekerheid: z.boolean(),
    grenzen: z.array(
      z.strictObject({ personId: IdSchema, codes: z.array(GrenzenCodeSchema).min(1) }),
    ),
  }),
  persons: z.array(
    z.strictObject({
      personId: IdSchema,
      level: PreventionLevelSchema,
      balance: KwetsbaarheidLevelSchema,
      basis: z.enum(['bevestigd', 'voorstel']).nullable(),
    }),
  ),
  /** The signals the engine worked from, with how far up the ladder each may go. */
  signals: z.array(
    z.strictObject({
      signalId: SignalIdSchema,
      personId: IdSchema.nullable(),
      severity: SeveritySchema,
      reach: PreventionLevelSchema,
    }),
  ),
  suggestions: z.array(SuggestionSchema),
  warnings: z.array(WarningSchema),
});
export type SuggestResult = z.infer<typeof SuggestResultSchema>;
