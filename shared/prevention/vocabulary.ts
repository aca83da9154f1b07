import { z } from 'zod';

// Closed vocabularies of the prevention engine. Domain words stay Dutch; order is display order.

/** The nine kaders of MAG Wijk bij Duurstede §2.2; every suggestion cites at least one. */
export const KaderIdSchema = z.enum(['K1', 'K2', 'K3', 'K4', 'K5', 'K6', 'K7', 'K8', 'K9']);
export type KaderId = z.infer<typeof KaderIdSchema>;

/** The three themes of MAG §4.2. */
export const ThemeIdSchema = z.enum(['T1', 'T2', 'T3']);
export type ThemeId = z.infer<typeof ThemeIdSchema>;

/** The opgaven of MAG §4.2, prefixed with their theme so the theme can be read from the id. */
export const OpgaveIdSchema = z.enum([
  't1-opgroeien',
  't1-onderwijs-kinderopvang',
  't1-leefstijl-jeugd',
  't1-huiselijk-geweld-kindermishandeling',
  't1-armoede-kinderen-gezinnen',
  't1-schulden-kinderen-gezinnen',
  't2-geschikte-woningen',
  't2-eigenaarschap-gezond-wonen',
  't2-ondersteuning-in-en-om-huis',
  't2-huiselijk-geweld-volwassenen',
  't3-werk-participatie',
  't3-verbondenheid',
  't3-basisvaardigheden',
  't3-armoede-volwassenen',
  't3-schulden-volwassenen',
  't3-leefstijl-volwassenen',
  't3-mantelzorg',
  't3-inburgering',
  't3-mobiliteit',
]);
export type OpgaveId = z.infer<typeof OpgaveIdSchema>;

/**
 * Output level of a suggestion (MAG §3.4, bijlage 2, plus toeleiding naar maatwerk and the safety
 * route). Eigen kracht and netwerk are reported as `universeel`; see CatalogueLevelSchema.
 */
export const PreventionLevelSchema = z.enum([
  'universeel',
  'selectief',
  'geindiceerd',
  'maatwerk',
  'veiligheid',
]);
export type PreventionLevel = z.infer<typeof PreventionLevelSchema>;

/**
 * Level of a catalogue entry: the steps of engine rule 3 (eigen kracht -> netwerk -> universeel ->
 * selectief -> geindiceerd -> maatwerk) plus the safety route.
 */
export const CatalogueLevelSchema = z.enum([
  'eigen-kracht',
  'netwerk',
  'universeel',
  'selectief',
  'geindiceerd',
  'maatwerk',
  'veiligheid',
]);
export type CatalogueLevel = z.infer<typeof CatalogueLevelSchema>;

/** Who takes the step: the resident, their own network, a partner organisation, the professional. */
export const ActorSchema = z.enum(['inwoner', 'netwerk', 'partner', 'professional']);
export type Actor = z.infer<typeof ActorSchema>;

/** Used only to decide whether a catalogue entry fits, never to raise a signal (K9). */
export const HouseholdTypeSchema = z.enum([
  'alleenstaand',
  'samenwonend',
  'eenoudergezin',
  'gezin-met-kinderen',
  'anders',
]);
export type HouseholdType = z.infer<typeof HouseholdTypeSchema>;

/** Levels of the Dutch recognition system for interventions (Erkenningscommissie Interventies). */
export const RecognitionLevelSchema = z.enum([
  'goed-beschreven',
  'goed-onderbouwd',
  'effectief-eerste-aanwijzingen',
  'effectief-goede-aanwijzingen',
  'effectief-sterke-aanwijzingen',
]);
export type RecognitionLevel = z.infer<typeof RecognitionLevelSchema>;

/** Why the engine placed a suggestion where it did; each code cites kaders (rules.ts). */
export const ReasonCodeSchema = z.enum([
  'veiligheid-eerst',
  'bestaanszekerheid-eerst',
  'grenzen-steun',
  'warme-overdracht',
  'eigen-kracht-eerst',
  'informele-lijn',
  'collectief-voor-individueel',
  'normaliseren',
  'balans-beslist',
  'levensgebeurtenis',
  'draagkracht-benutten',
  'gemeentelijke-nadruk',
]);
export type ReasonCode = z.infer<typeof ReasonCodeSchema>;

/** Ordering groups, first to last: engine rules 7, 6, 5, then the ladder of rule 3. */
export const TierSchema = z.enum(['veiligheid', 'bestaanszekerheid', 'grenzen', 'ladder']);
export type Tier = z.infer<typeof TierSchema>;

/** Engine rule 5 (K6): why the engine does not lean on eigen kracht for a person. */
export const GrenzenCodeSchema = z.enum([
  'balans-sterk-negatief',
  'schulden-zonder-overzicht',
  'mantelzorger-overbelast',
]);
export type GrenzenCode = z.infer<typeof GrenzenCodeSchema>;

/** Engine rule 4 (K5): nothing to worry about, or only mild signals with a positive balance. */
export const NormaliserenCodeSchema = z.enum(['geen-zorgen', 'gewone-leven']);
export type NormaliserenCode = z.infer<typeof NormaliserenCodeSchema>;

/** What kind of answer a piece of evidence comes from. */
export const EvidenceTriggerSchema = z.enum(['signaal', 'levensgebeurtenis', 'balans', 'grenzen']);
export type EvidenceTrigger = z.infer<typeof EvidenceTriggerSchema>;

export const SafetyConcernKindSchema = z.enum(['huiselijk-geweld', 'kindermishandeling', 'anders']);
export type SafetyConcernKind = z.infer<typeof SafetyConcernKindSchema>;

/** Why a professional declined a suggestion; kept for monitoring (engine rule 9). */
export const DeclineReasonSchema = z.enum([
  'inwoner-wil-niet',
  'past-niet-bij-situatie',
  'al-in-gebruik',
  'niet-beschikbaar',
  'eerst-iets-anders',
  'netwerk-regelt-het',
  'anders',
]);
export type DeclineReason = z.infer<typeof DeclineReasonSchema>;
