import { z } from 'zod';

// Closed vocabularies of the domain. Domain words stay Dutch (they are the words of the work);
// technical codes are English. Order in each enum is the display order.

/** One kind per instrument family; the three Positieve Gezondheid versions share one kind. */
export const InstrumentKindSchema = z.enum([
  'positieve-gezondheid',
  'brug-naar-zelfredzaamheid',
  'draagkracht-draaglast',
  'kansencirkel',
]);
export type InstrumentKind = z.infer<typeof InstrumentKindSchema>;

export const AssessmentStatusSchema = z.enum(['draft', 'final']);
export type AssessmentStatus = z.infer<typeof AssessmentStatusSchema>;

/**
 * What a Positieve Gezondheid dimension is about, the same across the three versions
 * (kinderen "Lekker in je vel" is kwaliteit van leven, "Nu en later" is zingeving). Lets T0/T1
 * compare across versions and lets signals and factor proposals ignore the version.
 */
export const PgAspectSchema = z.enum([
  'lichamelijk',
  'mentaal',
  'zingeving',
  'kwaliteit-van-leven',
  'meedoen',
  'dagelijks-functioneren',
]);
export type PgAspect = z.infer<typeof PgAspectSchema>;

export const BrugPillarIdSchema = z.enum(['thuis', 'welzijn', 'geldzaken', 'opleiding', 'werk']);
export type BrugPillarId = z.infer<typeof BrugPillarIdSchema>;

export const BrugColumnIdSchema = z.enum([
  'wonen',
  'zorg-voor-anderen',
  'gezondheid',
  'sociale-contacten',
  'schulden',
  'spaargeld',
  'diploma',
  'inkomen',
]);
export type BrugColumnId = z.infer<typeof BrugColumnIdSchema>;

/** 1 = most self-reliant, 4 = least. */
export const BrugLevelSchema = z.literal([1, 2, 3, 4]);
export type BrugLevel = z.infer<typeof BrugLevelSchema>;

export const SphereIdSchema = z.enum(['persoonlijk', 'sociaal', 'maatschappelijk-economisch']);
export type SphereId = z.infer<typeof SphereIdSchema>;

export const FactorSideSchema = z.enum(['draagkracht', 'draaglast']);
export type FactorSide = z.infer<typeof FactorSideSchema>;

export const FactorDurationSchema = z.enum(['permanent', 'tijdelijk']);
export type FactorDuration = z.infer<typeof FactorDurationSchema>;

export const FactorWeightSchema = z.literal([1, 2, 3]);
export type FactorWeight = z.infer<typeof FactorWeightSchema>;

export const KansencirkelAreaIdSchema = z.enum([
  'actief',
  'gerespecteerd',
  'verantwoordelijk',
  'erbij-horen',
  'veilig',
  'gezond',
  'ontplooiing',
  'gekoesterd',
]);
export type KansencirkelAreaId = z.infer<typeof KansencirkelAreaIdSchema>;

export const AreaStatusSchema = z.enum(['gaat-goed', 'aandacht', 'zorg']);
export type AreaStatus = z.infer<typeof AreaStatusSchema>;

export const SignalIdSchema = z.enum([
  'veiligheid',
  'financieel',
  'wonen',
  'mantelzorgbelasting',
  'netwerk-eenzaamheid',
  'lichamelijk',
  'mentaal',
  'zingeving',
  'dagelijks-functioneren',
  'basisvaardigheden',
  'werk',
  'opvoeden-kind',
]);
export type SignalId = z.infer<typeof SignalIdSchema>;

export const SeveritySchema = z.enum(['mild', 'matig', 'ernstig']);
export type Severity = z.infer<typeof SeveritySchema>;

export const KwetsbaarheidLevelSchema = z.enum(['onbekend', 'stabiel', 'kwetsbaar', 'uit-balans']);
export type KwetsbaarheidLevel = z.infer<typeof KwetsbaarheidLevelSchema>;

/** Why the balance got its kwetsbaarheid level; see docs/instruments.md for each rule. */
export const KwetsbaarheidReasonSchema = z.enum([
  'geen-factoren',
  'draagkracht-overweegt',
  'draaglast-overweegt-sterk',
  'draaglast-gelijk-of-groter',
  'sfeer-uit-balans',
  'permanente-draaglast-overweegt',
  'weinig-draagkracht',
  'stapeling',
  'tijdelijke-draaglast-door-levensgebeurtenis',
]);
export type KwetsbaarheidReason = z.infer<typeof KwetsbaarheidReasonSchema>;
