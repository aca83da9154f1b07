import { z } from 'zod';
import { KebabIdSchema, VersionSchema } from '../schemas/common';
import {
  AreaStatusSchema,
  BrugColumnIdSchema,
  BrugLevelSchema,
  FactorWeightSchema,
  KansencirkelAreaIdSchema,
  PgAspectSchema,
  SeveritySchema,
  SignalIdSchema,
} from '../schemas/vocabulary';

// Schemas of the rule tables: which answers raise which signal, and which answers propose which
// draagkracht/draaglast factor. Tables are data so a gemeente profile can override them.

const LevelSeveritySchema = z.strictObject({ level: BrugLevelSchema, severity: SeveritySchema });

export const SignalThresholdsSchema = z.strictObject({
  version: VersionSchema,
  positieveGezondheid: z.strictObject({
    /** Checked from the lowest `atOrBelow` up; the first band that holds gives the severity. */
    bands: z
      .array(z.strictObject({ atOrBelow: z.number().min(0).max(10), severity: SeveritySchema }))
      .min(1)
      .readonly(),
    aspects: z
      .array(
        z.strictObject({ aspect: PgAspectSchema, signalIds: z.array(SignalIdSchema).readonly() }),
      )
      .readonly(),
  }),
  brug: z
    .array(
      z.strictObject({
        columnId: BrugColumnIdSchema,
        signalId: SignalIdSchema,
        /** Levels not listed raise nothing. */
        levels: z.array(LevelSeveritySchema).readonly(),
      }),
    )
    .readonly(),
  kansencirkel: z.strictObject({
    areas: z
      .array(
        z.strictObject({
          areaId: KansencirkelAreaIdSchema,
          signalId: SignalIdSchema,
          statuses: z
            .array(z.strictObject({ status: AreaStatusSchema, severity: SeveritySchema }))
            .readonly(),
        }),
      )
      .readonly(),
    /** Many areas with zorg at once: the child's situation as a whole is serious. */
    zorgCount: z.strictObject({
      atOrAbove: z.number().int().min(1).max(8),
      signalId: SignalIdSchema,
      severity: SeveritySchema,
    }),
  }),
  factors: z.strictObject({
    /** Severity of a confirmed draaglast factor follows its weight. */
    weightSeverity: z
      .array(z.strictObject({ weight: FactorWeightSchema, severity: SeveritySchema }))
      .length(3)
      .readonly(),
    rules: z
      .array(
        z.strictObject({
          factorId: KebabIdSchema,
          signalId: SignalIdSchema,
          /** A fixed severity, whatever the weight (used for safety). */
          severity: SeveritySchema.optional(),
        }),
      )
      .readonly(),
  }),
  lifeEvents: z.strictObject({
    /** Events longer ago than this raise no signal (undated events always do). */
    months: z.number().int().min(1).max(120),
    rules: z
      .array(
        z.strictObject({
          eventId: KebabIdSchema,
          signalId: SignalIdSchema,
          severity: SeveritySchema,
        }),
      )
      .readonly(),
  }),
  safetyConcern: z.strictObject({ signalId: SignalIdSchema, severity: SeveritySchema }),
});
export type SignalThresholds = z.infer<typeof SignalThresholdsSchema>;

export const SignalDefinitionSchema = z.strictObject({
  id: SignalIdSchema,
  label: z.string().trim().min(1).max(200),
});
export type SignalDefinition = z.infer<typeof SignalDefinitionSchema>;

const FactorBandSchema = z.strictObject({ factorId: KebabIdSchema, weight: FactorWeightSchema });

export const FactorProposalRulesSchema = z.strictObject({
  version: VersionSchema,
  brug: z
    .array(
      z.strictObject({
        columnId: BrugColumnIdSchema,
        level: BrugLevelSchema,
        factors: z.array(FactorBandSchema).readonly(),
      }),
    )
    .readonly(),
  positieveGezondheid: z
    .array(
      z.strictObject({
        aspect: PgAspectSchema,
        /** Checked from the highest `atOrAbove` down. */
        draagkracht: z
          .strictObject({
            factorId: KebabIdSchema,
            bands: z
              .array(
                z.strictObject({
                  atOrAbove: z.number().min(0).max(10),
                  weight: FactorWeightSchema,
                }),
              )
              .readonly(),
          })
          .nullable(),
        /** Checked from the lowest `atOrBelow` up. */
        draaglast: z
          .strictObject({
            factorId: KebabIdSchema,
            bands: z
              .array(
                z.strictObject({
                  atOrBelow: z.number().min(0).max(10),
                  weight: FactorWeightSchema,
                }),
              )
              .readonly(),
          })
          .nullable(),
      }),
    )
    .readonly(),
});
export type FactorProposalRules = z.infer<typeof FactorProposalRulesSchema>;
