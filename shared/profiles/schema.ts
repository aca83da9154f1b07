import { z } from 'zod';
import { IncomeThresholdsSchema, BalanceThresholdsSchema } from '../instruments/definition-schema';
import { SignalThresholdsSchema } from '../instruments/rules-schema';
import { KebabIdSchema, VersionSchema } from '../schemas/common';
import { KwetsbaarheidLevelSchema, SeveritySchema, SignalIdSchema } from '../schemas/vocabulary';
import { EngineThresholdsSchema } from '../prevention/engine-thresholds';
import {
  ActorSchema,
  CatalogueLevelSchema,
  HouseholdTypeSchema,
  KaderIdSchema,
  OpgaveIdSchema,
  RecognitionLevelSchema,
} from '../prevention/vocabulary';

// A gemeente profile: the catalogue of voorzieningen, thresholds and policy emphases. Profiles are
// data, exported and imported as JSON by a functioneel beheerder; parse.ts adds the checks that
// need the whole profile (unique ids, routes, sources).

export const PROFILE_FORMAT = 'keukentafel-profiel';
export const PROFILE_FORMAT_VERSION = 1;

const NameSchema = z.string().trim().min(1).max(120);
const TextSchema = z.string().trim().min(1).max(700);

export const SourceRefSchema = z.strictObject({
  /** Id of a document in the profile's `sources`. */
  documentId: KebabIdSchema,
  /** Where in that document, e.g. "§3.4 en bijlage 2, voetnoot 31". */
  section: z.string().trim().min(1).max(200),
});
export type SourceRef = z.infer<typeof SourceRefSchema>;

export const SourceDocumentSchema = z.strictObject({
  id: KebabIdSchema,
  title: z.string().trim().min(1).max(200),
  publisher: z.string().trim().min(1).max(120),
  year: z.number().int().min(1990).max(2100),
  /** The seed file the facts were taken from, when there is one. */
  file: z.string().trim().min(1).max(120).optional(),
});
export type SourceDocument = z.infer<typeof SourceDocumentSchema>;

export const SignalTriggerSchema = z.strictObject({
  signalId: SignalIdSchema,
  /** The signal must be at least this severe (counting only `fields` when given). */
  atOrAbove: SeveritySchema,
  /**
   * Only evidence from these answers counts: Brug column, factor, dimension, area or life-event
   * ids. Lets debt help answer debts and not a low income, though both raise `financieel`.
   */
  fields: z.array(KebabIdSchema).min(1).max(20).readonly().optional(),
});
export type SignalTrigger = z.infer<typeof SignalTriggerSchema>;

export const CatalogueEntrySchema = z.strictObject({
  /** Stable: decisions and plans refer to it. */
  id: KebabIdSchema,
  name: NameSchema,
  provider: NameSchema,
  /** Our own words, Dutch, B1. */
  description: TextSchema,
  level: CatalogueLevelSchema,
  /** MAG §4.2 opgaven; the first is the default for monitoring. */
  opgaven: z.array(OpgaveIdSchema).min(1).max(19).readonly(),
  /** Engine rules 1-2: only signals, life events and the balance trigger an entry (K9). */
  triggers: z.strictObject({
    signals: z.array(SignalTriggerSchema).max(12).readonly(),
    lifeEvents: z.array(KebabIdSchema).max(11).readonly().optional(),
    balance: z.array(KwetsbaarheidLevelSchema).max(4).readonly().optional(),
  }),
  /** Whether the entry fits the person; never a reason to suggest it. */
  fit: z.strictObject({
    minAge: z.number().int().min(0).max(120).optional(),
    maxAge: z.number().int().min(0).max(120).optional(),
    householdTypes: z.array(HouseholdTypeSchema).min(1).readonly().optional(),
  }),
  collective: z.boolean(),
  actor: ActorSchema,
  kaders: z.array(KaderIdSchema).min(1).max(9).readonly(),
  /** Only when the recognition is certain; left out otherwise. */
  recognition: RecognitionLevelSchema.optional(),
  /** A beheerder switches an entry off when it is not offered (for now). */
  available: z.boolean(),
  source: SourceRefSchema,
});
export type CatalogueEntry = z.infer<typeof CatalogueEntrySchema>;

export const EmphasisSchema = z.strictObject({
  id: KebabIdSchema,
  title: NameSchema,
  description: TextSchema,
  kaders: z.array(KaderIdSchema).readonly(),
  /** Entries for these opgaven go first among equals (never across a step or a rule). */
  opgaven: z.array(OpgaveIdSchema).readonly(),
  source: SourceRefSchema,
});
export type Emphasis = z.infer<typeof EmphasisSchema>;

export const ProfileSchema = z.strictObject({
  format: z.literal(PROFILE_FORMAT),
  formatVersion: z.literal(PROFILE_FORMAT_VERSION),
  id: KebabIdSchema,
  version: VersionSchema,
  name: NameSchema,
  description: TextSchema,
  sources: z.array(SourceDocumentSchema).min(1).max(20).readonly(),
  emphases: z.array(EmphasisSchema).max(20).readonly(),
  thresholds: z.strictObject({
    engine: EngineThresholdsSchema,
    /** Brug income thresholds with their year; the app warns when they are old. */
    income: IncomeThresholdsSchema,
    /** Optional overrides of the instrument defaults. */
    signals: SignalThresholdsSchema.optional(),
    balance: BalanceThresholdsSchema.optional(),
  }),
  /** Catalogue entries the engine's rules refer to. */
  routes: z.strictObject({
    /** Rule 7: in this order at the top when there is a safety concern. */
    safety: z.array(KebabIdSchema).min(1).max(5).readonly(),
    /** Rule 5: the warme overdracht to specialised support. */
    warmeOverdracht: KebabIdSchema,
  }),
  catalogue: z.array(CatalogueEntrySchema).min(1).max(300).readonly(),
});
export type Profile = z.infer<typeof ProfileSchema>;
