import { z } from 'zod';
import { SignalIdSchema, type SignalId } from '../schemas/vocabulary';
import {
  CatalogueLevelSchema,
  KaderIdSchema,
  OpgaveIdSchema,
  ReasonCodeSchema,
  type CatalogueLevel,
  type KaderId,
  type PreventionLevel,
  type ReasonCode,
} from './vocabulary';

// The engine's rules as data: the ladder of rule 3, the kaders each step and each reason rests on,
// and per signal the opgaven of MAG §4.2 it belongs to. Rationale in docs/prevention.md.

export const RULES_VERSION = '1.0.0';

/** Engine rule 3 (K3, K5, K7): lighter and closer first. The safety route stands apart. */
export const LADDER = [
  'eigen-kracht',
  'netwerk',
  'universeel',
  'selectief',
  'geindiceerd',
  'maatwerk',
] as const satisfies readonly CatalogueLevel[];

/** What rule 5 adds when eigen kracht is not enough: support from professionals and partners. */
export const SUPPORT_LEVELS = [
  'selectief',
  'geindiceerd',
  'maatwerk',
] as const satisfies readonly CatalogueLevel[];

export function ladderIndex(level: CatalogueLevel): number {
  const index = (LADDER as readonly CatalogueLevel[]).indexOf(level);
  return index === -1 ? LADDER.length : index;
}

export function isSupportLevel(level: CatalogueLevel): boolean {
  return (SUPPORT_LEVELS as readonly CatalogueLevel[]).includes(level);
}

/**
 * Eigen kracht and netwerk are open to everyone without any indication, the first layer of the
 * broad base; so they are reported as `universeel`, and `step` keeps the finer level.
 */
export function toPreventionLevel(level: CatalogueLevel): PreventionLevel {
  return level === 'eigen-kracht' || level === 'netwerk' ? 'universeel' : level;
}

const KaderListSchema = z.array(KaderIdSchema).min(1).readonly();

export const StepKadersSchema = z.record(CatalogueLevelSchema, KaderListSchema);
export type StepKaders = z.infer<typeof StepKadersSchema>;

/** Kaders every suggestion of a level rests on, added to the entry's own kaders. */
export const STEP_KADERS = {
  'eigen-kracht': ['K7'],
  netwerk: ['K5'],
  universeel: ['K1'],
  selectief: ['K2'],
  geindiceerd: ['K1', 'K2'],
  maatwerk: ['K6', 'K7'],
  veiligheid: ['K2', 'K6'],
} as const satisfies StepKaders;

export const ReasonKadersSchema = z.record(ReasonCodeSchema, z.array(KaderIdSchema).readonly());
export type ReasonKaders = z.infer<typeof ReasonKadersSchema>;

/** Kaders a placement rule rests on; an emphasis cites the kaders the gemeente gave it. */
export const REASON_KADERS = {
  'veiligheid-eerst': ['K2', 'K6'],
  'bestaanszekerheid-eerst': ['K2'],
  'grenzen-steun': ['K6'],
  'warme-overdracht': ['K6', 'K7'],
  'eigen-kracht-eerst': ['K7'],
  'informele-lijn': ['K5'],
  'collectief-voor-individueel': ['K3'],
  normaliseren: ['K5'],
  'balans-beslist': ['K2', 'K9'],
  levensgebeurtenis: ['K2'],
  'draagkracht-benutten': ['K4'],
  'gemeentelijke-nadruk': [],
} as const satisfies ReasonKaders;

export function kadersOf(level: CatalogueLevel, reasons: readonly ReasonCode[]): KaderId[] {
  return [...STEP_KADERS[level], ...reasons.flatMap((reason) => REASON_KADERS[reason])];
}

export const SignalRuleSchema = z.strictObject({
  signalId: SignalIdSchema,
  /** Opgaven a suggestion for this signal is counted under, in order of preference. */
  opgaven: z.array(OpgaveIdSchema).min(1).readonly(),
  /** Preferred when the household has children (monitoring only, never a trigger). */
  familyOpgaven: z.array(OpgaveIdSchema).readonly(),
  /** Preferred when the signal is about someone under 18 (monitoring only, never a trigger). */
  youthOpgaven: z.array(OpgaveIdSchema).readonly(),
});
export type SignalRule = z.infer<typeof SignalRuleSchema>;

export const SIGNAL_RULES = [
  {
    signalId: 'veiligheid',
    opgaven: ['t2-huiselijk-geweld-volwassenen', 't1-huiselijk-geweld-kindermishandeling'],
    familyOpgaven: ['t1-huiselijk-geweld-kindermishandeling'],
    youthOpgaven: ['t1-huiselijk-geweld-kindermishandeling'],
  },
  {
    signalId: 'financieel',
    opgaven: ['t3-schulden-volwassenen', 't3-armoede-volwassenen'],
    familyOpgaven: ['t1-schulden-kinderen-gezinnen', 't1-armoede-kinderen-gezinnen'],
    youthOpgaven: ['t1-armoede-kinderen-gezinnen', 't1-schulden-kinderen-gezinnen'],
  },
  {
    signalId: 'wonen',
    opgaven: ['t2-geschikte-woningen', 't2-eigenaarschap-gezond-wonen', 't3-schulden-volwassenen'],
    familyOpgaven: [],
    youthOpgaven: [],
  },
  {
    signalId: 'mantelzorgbelasting',
    opgaven: ['t3-mantelzorg'],
    familyOpgaven: [],
    youthOpgaven: ['t3-mantelzorg'],
  },
  {
    signalId: 'netwerk-eenzaamheid',
    opgaven: ['t3-verbondenheid', 't1-opgroeien'],
    familyOpgaven: [],
    youthOpgaven: ['t1-opgroeien'],
  },
  {
    signalId: 'lichamelijk',
    opgaven: ['t3-leefstijl-volwassenen', 't2-ondersteuning-in-en-om-huis', 't1-leefstijl-jeugd'],
    familyOpgaven: [],
    youthOpgaven: ['t1-leefstijl-jeugd'],
  },
  {
    signalId: 'mentaal',
    opgaven: ['t3-leefstijl-volwassenen', 't3-verbondenheid', 't1-opgroeien'],
    familyOpgaven: [],
    youthOpgaven: ['t1-opgroeien'],
  },
  {
    signalId: 'zingeving',
    opgaven: ['t3-verbondenheid', 't3-werk-participatie', 't1-opgroeien'],
    familyOpgaven: [],
    youthOpgaven: ['t1-opgroeien'],
  },
  {
    signalId: 'dagelijks-functioneren',
    opgaven: ['t2-ondersteuning-in-en-om-huis', 't3-basisvaardigheden'],
    familyOpgaven: [],
    youthOpgaven: ['t1-opgroeien'],
  },
  {
    signalId: 'basisvaardigheden',
    opgaven: ['t3-basisvaardigheden', 't3-inburgering'],
    familyOpgaven: [],
    youthOpgaven: ['t1-onderwijs-kinderopvang'],
  },
  {
    signalId: 'werk',
    opgaven: ['t3-werk-participatie', 't1-onderwijs-kinderopvang', 't1-opgroeien'],
    familyOpgaven: [],
    youthOpgaven: ['t1-onderwijs-kinderopvang'],
  },
  {
    signalId: 'opvoeden-kind',
    opgaven: ['t1-opgroeien', 't1-onderwijs-kinderopvang', 't1-leefstijl-jeugd'],
    familyOpgaven: [],
    youthOpgaven: [],
  },
] as const satisfies readonly SignalRule[];

export function signalRule(signalId: SignalId): SignalRule | undefined {
  return SIGNAL_RULES.find((rule) => rule.signalId === signalId);
}
