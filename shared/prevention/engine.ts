import { lifeEventIsRecent } from '../instruments/balance';
import { scoreCase } from '../instruments/case';
import { ageInFullYears } from '../instruments/pg-choice';
import type { ItemSet } from '../instruments/item-set';
import type { SignalThresholds } from '../instruments/rules-schema';
import { latestAssessments } from '../instruments/score';
import { DEFAULT_SIGNAL_THRESHOLDS } from '../instruments/signal-thresholds';
import { severityRank } from '../instruments/signals';
import type { Assessment } from '../schemas/assessment';
import type { Person } from '../schemas/person';
import type {
  BalanceResult,
  BrugResult,
  CaseScore,
  ProposedFactor,
  Signal,
  SignalEvidence,
} from '../schemas/results';
import {
  SignalIdSchema,
  type BrugColumnId,
  type KwetsbaarheidLevel,
  type SignalId,
} from '../schemas/vocabulary';
import type { CatalogueEntry, Profile } from '../profiles/schema';
import type { CaseLifeEvent, SuggestCase } from './case';
import type { EngineThresholds, GrenzenCondition, Reach } from './engine-thresholds';
import { OPGAVEN } from './kaders';
import type { Suggestion, SuggestionEvidence, SuggestResult } from './result';
import {
  isSupportLevel,
  kadersOf,
  ladderIndex,
  RULES_VERSION,
  signalRule,
  SUPPORT_LEVELS,
  toPreventionLevel,
} from './rules';
import {
  KaderIdSchema,
  ReasonCodeSchema,
  TierSchema,
  type CatalogueLevel,
  type GrenzenCode,
  type HouseholdType,
  type KaderId,
  type OpgaveId,
  type PreventionLevel,
  type ReasonCode,
  type ThemeId,
  type Tier,
} from './vocabulary';

// The preventie-advies engine: DOMAIN.md "Preventie-advies", rules 1-9. Pure and deterministic:
// data in (a parsed case, a profile, `now`), codes out. docs/prevention.md explains each rule.

export const ENGINE_VERSION = RULES_VERSION;

/** Signal id of engine rule 7; a safety concern raises it (shared/instruments). */
export const SAFETY_SIGNAL: SignalId = 'veiligheid';

/** Instrument id in evidence of a life event recorded outside an assessment. */
export const CASE_LIFE_EVENT_SOURCE = 'levensgebeurtenis';

export interface SuggestOptions {
  /** Licensed Positieve Gezondheid item sets, when the case uses item answers. */
  readonly itemSets?: readonly ItemSet[];
}

const REACH_ORDER: readonly Reach[] = ['universeel', 'selectief', 'geindiceerd', 'maatwerk'];

function reachRank(reach: Reach): number {
  return REACH_ORDER.indexOf(reach);
}

function higher(left: Reach, right: Reach): Reach {
  return reachRank(right) > reachRank(left) ? right : left;
}

interface GrenzenFinding {
  readonly code: GrenzenCode;
  /** The signal the limit is about, for the opgave of the warme overdracht; null for balance. */
  readonly signalId: SignalId | null;
  readonly evidence: readonly SuggestionEvidence[];
}

interface LifeEventFinding {
  readonly eventId: string;
  readonly evidence: SuggestionEvidence;
}

/** What the engine knows about one person, or (personId null) the household as a whole. */
interface PersonState {
  readonly personId: string | null;
  readonly person: Person | undefined;
  readonly balance: BalanceResult | null;
  readonly balanceLevel: KwetsbaarheidLevel;
  readonly balanceAssessment: Assessment | undefined;
  readonly proposals: readonly ProposedFactor[];
  readonly brug: { readonly assessment: Assessment; readonly result: BrugResult } | undefined;
  readonly grenzen: readonly GrenzenFinding[];
  readonly lifeEvents: readonly LifeEventFinding[];
}

interface Trigger {
  readonly kind: 'signaal' | 'levensgebeurtenis' | 'balans' | 'grenzen';
  readonly state: PersonState;
  /** For the opgave a suggestion is counted under; null when no signal is involved. */
  readonly signalId: SignalId | null;
  readonly lifeEventId: string | null;
  /** Position among all triggers: more severe signals first. */
  readonly rank: number;
  readonly evidence: readonly SuggestionEvidence[];
}

interface Placement {
  readonly entry: CatalogueEntry;
  readonly trigger: Trigger;
  readonly tier: Tier;
  readonly opgave: OpgaveId;
  readonly key: readonly number[];
  readonly reasons: readonly ReasonCode[];
  /** Kaders of the gemeente's emphases that name this opgave. */
  readonly extraKaders: readonly KaderId[];
}

function compareKeys(left: readonly number[], right: readonly number[]): number {
  for (let index = 0; index < Math.max(left.length, right.length); index += 1) {
    const difference = (left[index] ?? 0) - (right[index] ?? 0);
    if (difference !== 0) {
      return difference;
    }
  }
  return 0;
}

/** Whole years on `now` (UTC); null without a valid birth date. One reading for the whole app. */
export const ageOn = ageInFullYears;

/** Under 18, or without a birth date a role other than volwassene. */
function isMinor(person: Person, now: Date): boolean {
  const age = ageOn(person.birthDate, now);
  return age === null ? person.role !== 'volwassene' : age < 18;
}

/** Derived from ages (or roles without a birth date); a case may override it. Fit only. */
export function householdTypeOf(
  persons: readonly Person[],
  now: Date,
  override?: HouseholdType,
): HouseholdType {
  if (override !== undefined) {
    return override;
  }
  const minors = persons.filter((person) => isMinor(person, now)).length;
  const adults = persons.length - minors;
  if (minors === 0) {
    return adults <= 1 ? 'alleenstaand' : 'samenwonend';
  }
  if (adults === 0) {
    return 'anders';
  }
  return adults === 1 ? 'eenoudergezin' : 'gezin-met-kinderen';
}

/** Engine rule 2: age and household type decide only whether an entry fits (K9). */
function fits(
  entry: CatalogueEntry,
  candidates: readonly Person[],
  householdType: HouseholdType,
  now: Date,
  thresholds: EngineThresholds,
): boolean {
  const { minAge, maxAge, householdTypes } = entry.fit;
  if (householdTypes !== undefined && !householdTypes.includes(householdType)) {
    return false;
  }
  if (minAge === undefined && maxAge === undefined) {
    return true;
  }
  return candidates.some((person) => {
    const age = ageOn(person.birthDate, now);
    const range = age === null ? thresholds.roleAges[person.role] : { min: age, max: age };
    return range.max >= (minAge ?? 0) && range.min <= (maxAge ?? Number.MAX_SAFE_INTEGER);
  });
}

function signalEvidence(
  signal: Signal,
  evidence: SignalEvidence,
  trigger: SuggestionEvidence['trigger'] = 'signaal',
): SuggestionEvidence {
  return {
    trigger,
    personId: signal.personId,
    signalId: signal.signalId,
    assessmentId: evidence.assessmentId,
    instrumentId: evidence.instrumentId,
    field: evidence.field,
    value: evidence.value,
    severity: evidence.severity,
  };
}

/**
 * The evidence of a signal that triggers an entry: the signal at the entry's severity, counting
 * only the fields the entry names. Empty when the entry is not triggered.
 */
function triggeringEvidence(
  entry: CatalogueEntry,
  signal: Signal,
): { evidence: SignalEvidence[]; specific: boolean } {
  for (const candidate of entry.triggers.signals) {
    if (candidate.signalId !== signal.signalId) {
      continue;
    }
    const fields = candidate.fields;
    const evidence =
      fields === undefined
        ? signal.evidence
        : signal.evidence.filter((item) => fields.includes(item.field));
    if (evidence.some((item) => severityRank(item.severity) >= severityRank(candidate.atOrAbove))) {
      return { evidence: [...evidence], specific: fields !== undefined };
    }
  }
  return { evidence: [], specific: false };
}

/** The order of deriveSignals: most severe first, then signal id, then person. */
function compareSignals(left: Signal, right: Signal): number {
  const order = SignalIdSchema.options;
  return (
    severityRank(right.severity) - severityRank(left.severity) ||
    order.indexOf(left.signalId) - order.indexOf(right.signalId) ||
    (left.personId ?? '').localeCompare(right.personId ?? '')
  );
}

/**
 * Life events recorded in the case (not in an assessment) raise the same signals through the same
 * rule table as deriveSignals does for events in a draagkracht/draaglast assessment.
 */
function withCaseLifeEvents(
  signals: readonly Signal[],
  events: readonly CaseLifeEvent[],
  thresholds: SignalThresholds,
  now: Date,
): Signal[] {
  const grouped = new Map<string, Signal>(
    signals.map((signal) => [`${signal.signalId}|${signal.personId ?? ''}`, signal]),
  );
  for (const event of events) {
    if (!lifeEventIsRecent(event, now, thresholds.lifeEvents.months)) {
      continue;
    }
    for (const rule of thresholds.lifeEvents.rules) {
      if (rule.eventId !== event.eventId) {
        continue;
      }
      const evidence: SignalEvidence = {
        assessmentId: null,
        instrumentId: CASE_LIFE_EVENT_SOURCE,
        field: event.eventId,
        value: event.date ?? true,
        severity: rule.severity,
      };
      const key = `${rule.signalId}|${event.personId}`;
      const known = grouped.get(key);
      grouped.set(
        key,
        known === undefined
          ? {
              signalId: rule.signalId,
              personId: event.personId,
              severity: rule.severity,
              evidence: [evidence],
            }
          : {
              ...known,
              severity:
                severityRank(rule.severity) > severityRank(known.severity)
                  ? rule.severity
                  : known.severity,
              evidence: [...known.evidence, evidence],
            },
      );
    }
  }
  return [...grouped.values()].sort(compareSignals);
}

type BalanceView = Pick<PersonState, 'personId' | 'balance' | 'balanceAssessment' | 'proposals'>;

/**
 * Which answers made the balance what it is: the confirmed saldo, or the proposed factors of one
 * side (draagkracht for a positive balance, draaglast for a negative one).
 */
function balanceEvidence(
  view: BalanceView,
  side: 'draagkracht' | 'draaglast',
): SuggestionEvidence[] {
  const { balance, balanceAssessment, personId } = view;
  if (balance === null) {
    return [];
  }
  const saldo = (assessment: Assessment | undefined): SuggestionEvidence => ({
    trigger: 'balans',
    personId,
    signalId: null,
    assessmentId: assessment?.id ?? null,
    instrumentId: assessment?.instrumentId ?? 'draagkracht-draaglast',
    field: 'saldo',
    value: balance.overall.saldo,
    severity: null,
  });
  if (balance.basis === 'bevestigd' && balanceAssessment !== undefined) {
    return [saldo(balanceAssessment)];
  }
  const fromProposals = view.proposals
    .filter((factor) => factor.side === side)
    .flatMap((factor) =>
      factor.evidence.map((item): SuggestionEvidence => ({
        trigger: 'balans',
        personId,
        signalId: null,
        assessmentId: item.assessmentId,
        instrumentId: item.instrumentId,
        field: item.field,
        value: item.value,
        severity: null,
      })),
    );
  return fromProposals.length > 0 ? fromProposals : [saldo(undefined)];
}

function brugLevel(brug: PersonState['brug'], columnId: BrugColumnId): number | null {
  return brug?.result.columns.find((column) => column.columnId === columnId)?.level ?? null;
}

/** Rule 5 (K6): the conditions under which the engine does not lean on eigen kracht. */
function grenzenOf(
  state: Omit<PersonState, 'grenzen' | 'lifeEvents'>,
  signals: readonly Signal[],
  conditions: readonly GrenzenCondition[],
): GrenzenFinding[] {
  return conditions.flatMap((condition): GrenzenFinding[] => {
    switch (condition.kind) {
      case 'balans':
        return condition.levels.includes(state.balanceLevel)
          ? [
              {
                code: condition.code,
                signalId: null,
                evidence: balanceEvidence(state, 'draaglast'),
              },
            ]
          : [];
      case 'brug': {
        const level = brugLevel(state.brug, condition.columnId);
        if (state.brug === undefined || level === null || level < condition.atOrAbove) {
          return [];
        }
        return [
          {
            code: condition.code,
            signalId: condition.signalId,
            evidence: [
              {
                trigger: 'grenzen',
                personId: state.personId,
                signalId: condition.signalId,
                assessmentId: state.brug.assessment.id,
                instrumentId: state.brug.assessment.instrumentId,
                field: condition.columnId,
                value: level,
                severity: null,
              },
            ],
          },
        ];
      }
      case 'signaal':
        return signals
          .filter(
            (signal) =>
              signal.personId === state.personId &&
              signal.signalId === condition.signalId &&
              severityRank(signal.severity) >= severityRank(condition.atOrAbove),
          )
          .map((signal) => ({
            code: condition.code,
            signalId: condition.signalId,
            evidence: signal.evidence.map((item) => signalEvidence(signal, item, 'grenzen')),
          }));
    }
  });
}

/** Recent life events of a person: in the draagkracht/draaglast assessment and in the case. */
function lifeEventsOf(
  personId: string,
  balanceAssessment: Assessment | undefined,
  caseEvents: readonly CaseLifeEvent[],
  now: Date,
  months: number,
): LifeEventFinding[] {
  const finding = (
    event: { readonly eventId: string; readonly date?: string | undefined },
    assessment: Assessment | undefined,
  ): LifeEventFinding => ({
    eventId: event.eventId,
    evidence: {
      trigger: 'levensgebeurtenis',
      personId,
      signalId: null,
      assessmentId: assessment?.id ?? null,
      instrumentId: assessment?.instrumentId ?? CASE_LIFE_EVENT_SOURCE,
      field: event.eventId,
      value: event.date ?? true,
      severity: null,
    },
  });
  const recorded =
    balanceAssessment?.answers.kind === 'draagkracht-draaglast'
      ? (balanceAssessment.answers.lifeEvents ?? [])
      : [];
  return [
    ...recorded
      .filter((event) => lifeEventIsRecent(event, now, months))
      .map((event) => finding(event, balanceAssessment)),
    ...caseEvents
      .filter((event) => event.personId === personId && lifeEventIsRecent(event, now, months))
      .map((event) => finding(event, undefined)),
  ];
}

/** Balance, latest Brug, limits and life events per person, from the scored case. */
function personStates(
  persons: readonly Person[],
  input: SuggestCase,
  score: CaseScore,
  signals: readonly Signal[],
  engine: EngineThresholds,
  now: Date,
  lifeEventMonths: number,
): PersonState[] {
  const latest = latestAssessments(input.assessments);
  const resultOf = new Map(score.results.map((entry) => [entry.assessmentId, entry.result]));
  return persons.map((person) => {
    const own = latest.filter((assessment) => assessment.personId === person.id);
    const scored = score.persons.find((entry) => entry.personId === person.id);
    const balance = scored?.balance ?? null;
    const balanceAssessment = own.find(
      (assessment) => assessment.answers.kind === 'draagkracht-draaglast',
    );
    const brugAssessment = own.find(
      (assessment) => assessment.answers.kind === 'brug-naar-zelfredzaamheid',
    );
    const brugResult = brugAssessment === undefined ? undefined : resultOf.get(brugAssessment.id);
    const base = {
      personId: person.id,
      person,
      balance,
      balanceLevel: balance?.kwetsbaarheid.level ?? 'onbekend',
      balanceAssessment,
      proposals: scored?.proposedFactors ?? [],
      brug:
        brugAssessment !== undefined && brugResult?.kind === 'brug-naar-zelfredzaamheid'
          ? { assessment: brugAssessment, result: brugResult }
          : undefined,
    } satisfies Omit<PersonState, 'grenzen' | 'lifeEvents'>;
    return {
      ...base,
      grenzen: grenzenOf(base, signals, engine.grenzen.conditions),
      lifeEvents: lifeEventsOf(
        person.id,
        balanceAssessment,
        input.lifeEvents ?? [],
        now,
        lifeEventMonths,
      ),
    };
  });
}

function themeOf(opgave: OpgaveId): ThemeId {
  return OPGAVEN.find((candidate) => candidate.id === opgave)?.theme ?? 'T3';
}

function sortedKaders(kaders: Iterable<KaderId>): KaderId[] {
  const order = KaderIdSchema.options;
  return [...new Set(kaders)].sort((left, right) => order.indexOf(left) - order.indexOf(right));
}

function evidenceKey(evidence: SuggestionEvidence): string {
  return [
    evidence.trigger,
    evidence.personId ?? '',
    evidence.signalId ?? '',
    evidence.assessmentId ?? '',
    evidence.field,
    String(evidence.value),
  ].join('|');
}

/** One suggestion per entry, at the place of its strongest reason, with all its evidence. */
function mergePlacements(placements: readonly Placement[]): Suggestion[] {
  const merged = new Map<
    string,
    {
      best: Placement;
      readonly evidence: Map<string, SuggestionEvidence>;
      readonly signals: Set<SignalId>;
      readonly lifeEvents: Set<string>;
      readonly personIds: Set<string | null>;
      readonly reasons: Set<ReasonCode>;
    }
  >();
  for (const placement of placements) {
    const known = merged.get(placement.entry.id) ?? {
      best: placement,
      evidence: new Map<string, SuggestionEvidence>(),
      signals: new Set<SignalId>(),
      lifeEvents: new Set<string>(),
      personIds: new Set<string | null>(),
      reasons: new Set<ReasonCode>(),
    };
    if (compareKeys(placement.key, known.best.key) < 0) {
      known.best = placement;
    }
    const { trigger } = placement;
    for (const item of trigger.evidence) {
      known.evidence.set(evidenceKey(item), item);
    }
    if (trigger.kind === 'signaal' && trigger.signalId !== null) {
      known.signals.add(trigger.signalId);
    }
    if (trigger.lifeEventId !== null) {
      known.lifeEvents.add(trigger.lifeEventId);
    }
    known.personIds.add(trigger.state.personId);
    for (const reason of placement.reasons) {
      known.reasons.add(reason);
    }
    merged.set(placement.entry.id, known);
  }

  const reasonOrder = ReasonCodeSchema.options;
  const signalOrder = SignalIdSchema.options;
  return [...merged.values()]
    .sort((left, right) => compareKeys(left.best.key, right.best.key))
    .map((accumulator, index) => {
      const { entry, tier, opgave, extraKaders } = accumulator.best;
      // The emphasis of the opgave it is counted under, not of any other placement.
      const reasons = [...accumulator.reasons]
        .filter((reason) => reason !== 'gemeentelijke-nadruk' || extraKaders.length > 0)
        .sort((left, right) => reasonOrder.indexOf(left) - reasonOrder.indexOf(right));
      return {
        rank: index + 1,
        catalogueId: entry.id,
        title: entry.name,
        provider: entry.provider,
        level: toPreventionLevel(entry.level),
        step: entry.level,
        theme: themeOf(opgave),
        opgave,
        kaders: sortedKaders([...entry.kaders, ...kadersOf(entry.level, reasons), ...extraKaders]),
        evidence: [...accumulator.evidence.values()],
        actor: entry.actor,
        collective: entry.collective,
        tier,
        reasons,
        signals: [...accumulator.signals].sort(
          (left, right) => signalOrder.indexOf(left) - signalOrder.indexOf(right),
        ),
        lifeEvents: [...accumulator.lifeEvents],
        personIds: [...accumulator.personIds],
      };
    });
}

/**
 * Engine rules 1-9: the household's preventie level, a normaliseren message when it applies, and
 * ranked suggestions from the profile's catalogue, each with level, thema and opgave, kaders,
 * evidence, actor and collective. The engine advises; the professional decides (rule 9).
 */
export function suggest(
  input: SuggestCase,
  profile: Profile,
  now: Date,
  options: SuggestOptions = {},
): SuggestResult {
  const engine = profile.thresholds.engine;
  const signalThresholds = profile.thresholds.signals ?? DEFAULT_SIGNAL_THRESHOLDS;

  // Rule 1: signals come from the instruments (deriveSignals), life events and safety concerns.
  const score = scoreCase(
    { household: input.household, persons: input.persons, assessments: input.assessments },
    {
      now,
      incomeThresholds: profile.thresholds.income,
      ...(profile.thresholds.balance === undefined
        ? {}
        : { balanceThresholds: profile.thresholds.balance }),
      ...(options.itemSets === undefined ? {} : { itemSets: options.itemSets }),
      safetyConcerns: input.safetyConcerns ?? [],
    },
    signalThresholds,
  );
  const signals = withCaseLifeEvents(score.signals, input.lifeEvents ?? [], signalThresholds, now);

  const live = input.persons.filter((person) => person.deletedAt === undefined);
  const persons = live.length > 0 ? live : input.persons;
  const householdType = householdTypeOf(persons, now, input.context?.householdType);
  const family = householdType === 'eenoudergezin' || householdType === 'gezin-met-kinderen';

  const states = personStates(
    persons,
    input,
    score,
    signals,
    engine,
    now,
    signalThresholds.lifeEvents.months,
  );
  // A concern about the household as a whole is judged on the household's balance and limits.
  const householdState: PersonState = {
    personId: null,
    person: undefined,
    balance: null,
    balanceLevel: score.household.level,
    balanceAssessment: undefined,
    proposals: [],
    brug: undefined,
    grenzen: states.flatMap((state) => state.grenzen),
    lifeEvents: [],
  };
  // Ties between persons follow their ids, so the order of the file never changes the advice.
  const byPersonId = [...states].sort((left, right) =>
    (left.personId ?? '').localeCompare(right.personId ?? ''),
  );
  const stateOf = (personId: string | null): PersonState =>
    states.find((state) => state.personId === personId) ?? householdState;
  const underGrenzen = (state: PersonState) => state.grenzen.length > 0;

  // Rule 7: any safety signal, whatever its source or severity.
  const safety = signals.some((signal) => signal.signalId === SAFETY_SIGNAL);

  // Rule 6: housing, income or debts at the bestaanszekerheid level, for anyone in the household.
  const bestaanszekerheid = states.some((state) =>
    engine.bestaanszekerheid.brug.some((rule) => {
      const level = brugLevel(state.brug, rule.columnId);
      return level !== null && level >= rule.atOrAbove;
    }),
  );

  // Rule 4 (K5): only mild signals, every balance positive or not yet known, no limits reached.
  const normaliseren =
    !safety &&
    signals.every(
      (signal) => severityRank(signal.severity) <= severityRank(engine.normaliseren.maxSeverity),
    ) &&
    states.every((state) => engine.normaliseren.balanceLevels.includes(state.balanceLevel)) &&
    !states.some(underGrenzen);

  /** Rule 3 by severity, then K9 (the balance) and rule 5 (grenzen) may raise how far it goes. */
  const reachOf = (signal: Signal): { reach: Reach; base: Reach; raisedByBalance: boolean } => {
    const base: Reach = normaliseren ? 'universeel' : engine.reachBySeverity[signal.severity];
    const state = stateOf(signal.personId);
    let reach = base;
    let raisedByBalance = false;
    if (
      !normaliseren &&
      signal.severity === 'mild' &&
      engine.raiseMild.balanceLevels.includes(state.balanceLevel) &&
      reachRank(engine.raiseMild.to) > reachRank(reach)
    ) {
      reach = engine.raiseMild.to;
      raisedByBalance = true;
    }
    if (underGrenzen(state)) {
      reach = higher(reach, engine.grenzen.minimumReach);
      if (signal.severity === 'ernstig') {
        reach = higher(reach, engine.grenzen.ernstigReach);
      }
    }
    return { reach, base, raisedByBalance };
  };

  const catalogueIndex = new Map(profile.catalogue.map((entry, index) => [entry.id, index]));
  const byId = (id: string) => profile.catalogue.find((entry) => entry.id === id);
  const placements: Placement[] = [];

  /**
   * The opgave of the triggering signal that the entry serves, else the entry's first. A child's
   * signal and a family's money count under theme 1 (monitoring only, never a trigger).
   */
  const opgaveFor = (entry: CatalogueEntry, trigger: Trigger): OpgaveId => {
    const rule = trigger.signalId === null ? undefined : signalRule(trigger.signalId);
    const person = trigger.state.person;
    const minor = person !== undefined && isMinor(person, now);
    const preferred: readonly OpgaveId[] =
      rule === undefined
        ? []
        : [
            ...(minor ? rule.youthOpgaven : []),
            ...(family ? rule.familyOpgaven : []),
            ...rule.opgaven,
          ];
    // The schema requires at least one opgave; the last fallback only satisfies the type checker.
    return (
      preferred.find((candidate) => entry.opgaven.includes(candidate)) ??
      entry.opgaven[0] ??
      't3-verbondenheid'
    );
  };

  const place = (
    entry: CatalogueEntry,
    trigger: Trigger,
    tier: Tier,
    stepKey: number,
    reasons: readonly ReasonCode[],
    specific = false,
  ) => {
    const opgave = opgaveFor(entry, trigger);
    const emphasis = profile.emphases.flatMap((item) =>
      item.opgaven.includes(opgave) ? item.kaders : [],
    );
    placements.push({
      entry,
      trigger,
      tier,
      opgave,
      // Rules first, then the step, the urgency of the trigger, K3 (collective first), a trigger
      // naming the very answer, the gemeente's emphasis, and the catalogue's order last.
      key: [
        TierSchema.options.indexOf(tier),
        stepKey,
        trigger.rank,
        entry.collective ? 0 : 1,
        specific ? 0 : 1,
        emphasis.length > 0 ? 0 : 1,
        catalogueIndex.get(entry.id) ?? 0,
      ],
      reasons: emphasis.length > 0 ? [...reasons, 'gemeentelijke-nadruk'] : reasons,
      extraKaders: emphasis,
    });
  };

  const supportKey = (level: CatalogueLevel) =>
    (SUPPORT_LEVELS as readonly CatalogueLevel[]).indexOf(level);

  /** Rules 2, 3, 5 and 6 for one candidate: may it be suggested, and where does it go? */
  const consider = (
    entry: CatalogueEntry,
    trigger: Trigger,
    reach: Reach,
    extraReasons: readonly ReasonCode[],
    specific = false,
  ) => {
    const state = trigger.state;
    if (
      !entry.available ||
      entry.level === 'veiligheid' ||
      ladderIndex(entry.level) > ladderIndex(reach) ||
      (entry.level === 'eigen-kracht' && underGrenzen(state)) ||
      !fits(
        entry,
        state.person === undefined ? persons : [state.person],
        householdType,
        now,
        engine,
      )
    ) {
      return;
    }
    const support = underGrenzen(state) && isSupportLevel(entry.level);
    const first =
      bestaanszekerheid &&
      trigger.kind === 'signaal' &&
      trigger.signalId !== null &&
      engine.bestaanszekerheid.signalIds.includes(trigger.signalId);
    const reasons: ReasonCode[] = [...extraReasons];
    if (first) {
      reasons.push('bestaanszekerheid-eerst');
    }
    if (support) {
      reasons.push('grenzen-steun');
    }
    if (entry.level === 'eigen-kracht') {
      reasons.push('eigen-kracht-eerst');
    }
    if (entry.level === 'netwerk') {
      reasons.push('informele-lijn');
    }
    if (entry.collective) {
      reasons.push('collectief-voor-individueel');
    }
    if (normaliseren) {
      reasons.push('normaliseren');
    }
    // Under grenzen the support goes first (lightest first); otherwise the ladder of rule 3.
    const stepKey = support
      ? supportKey(entry.level)
      : SUPPORT_LEVELS.length + ladderIndex(entry.level);
    const tier: Tier = first ? 'bestaanszekerheid' : support ? 'grenzen' : 'ladder';
    place(entry, trigger, tier, stepKey, reasons, specific);
  };

  signals.forEach((signal, rank) => {
    const state = stateOf(signal.personId);
    const trigger: Trigger = {
      kind: 'signaal',
      state,
      signalId: signal.signalId,
      lifeEventId: null,
      rank,
      evidence: signal.evidence.map((item) => signalEvidence(signal, item)),
    };
    if (signal.signalId === SAFETY_SIGNAL) {
      // Rule 7: the route first, in the profile's order, even when switched off; nothing else
      // answers a safety concern.
      profile.routes.safety.forEach((id, index) => {
        const entry = byId(id);
        if (entry !== undefined) {
          place(entry, trigger, 'veiligheid', index, ['veiligheid-eerst']);
        }
      });
      for (const entry of profile.catalogue) {
        if (
          entry.level === 'veiligheid' &&
          entry.available &&
          !profile.routes.safety.includes(entry.id) &&
          triggeringEvidence(entry, signal).evidence.length > 0
        ) {
          place(entry, trigger, 'veiligheid', profile.routes.safety.length, ['veiligheid-eerst']);
        }
      }
      return;
    }
    const { reach, base, raisedByBalance } = reachOf(signal);
    for (const entry of profile.catalogue) {
      const { evidence, specific } = triggeringEvidence(entry, signal);
      if (evidence.length > 0) {
        const raised = raisedByBalance && ladderIndex(entry.level) > ladderIndex(base);
        consider(
          entry,
          { ...trigger, evidence: evidence.map((item) => signalEvidence(signal, item)) },
          reach,
          raised ? ['balans-beslist'] : [],
          specific,
        );
      }
    }
  });

  let rank = signals.length;
  for (const state of byPersonId) {
    for (const event of state.lifeEvents) {
      // As urgent as the signal the event raised for this person, if it raised one.
      const raised = signals.findIndex(
        (signal) =>
          signal.personId === state.personId &&
          signal.evidence.some((item) => item.field === event.eventId),
      );
      const trigger: Trigger = {
        kind: 'levensgebeurtenis',
        state,
        signalId: null,
        lifeEventId: event.eventId,
        rank: raised === -1 ? rank : raised,
        evidence: [event.evidence],
      };
      rank += 1;
      for (const entry of profile.catalogue) {
        if (entry.triggers.lifeEvents?.includes(event.eventId) === true) {
          consider(entry, trigger, normaliseren ? 'universeel' : engine.lifeEventReach, [
            'levensgebeurtenis',
          ]);
        }
      }
    }
  }

  // Rules trigger on the balance too (K9), e.g. volunteering when draagkracht is to spare (K4).
  for (const state of byPersonId) {
    const positive = state.balanceLevel === 'stabiel' || state.balanceLevel === 'onbekend';
    const entries = profile.catalogue.filter(
      (entry) => entry.triggers.balance?.includes(state.balanceLevel) === true,
    );
    const evidence = balanceEvidence(state, positive ? 'draagkracht' : 'draaglast');
    if (entries.length === 0 || evidence.length === 0) {
      continue;
    }
    const trigger: Trigger = {
      kind: 'balans',
      state,
      signalId: null,
      lifeEventId: null,
      rank,
      evidence,
    };
    rank += 1;
    for (const entry of entries) {
      consider(
        entry,
        trigger,
        normaliseren ? 'universeel' : engine.balanceReach[state.balanceLevel],
        [positive ? 'draagkracht-benutten' : 'balans-beslist'],
      );
    }
  }

  // Rule 5: a warme overdracht for everyone under grenzen, even when no entry was triggered.
  const route = byId(profile.routes.warmeOverdracht);
  if (route !== undefined) {
    for (const state of byPersonId) {
      for (const finding of state.grenzen) {
        const signalRank = signals.findIndex(
          (signal) => signal.personId === state.personId && signal.signalId === finding.signalId,
        );
        const first =
          bestaanszekerheid &&
          finding.signalId !== null &&
          engine.bestaanszekerheid.signalIds.includes(finding.signalId);
        place(
          route,
          {
            kind: 'grenzen',
            state,
            signalId: finding.signalId,
            lifeEventId: null,
            rank: signalRank === -1 ? signals.length : signalRank,
            evidence: finding.evidence,
          },
          first ? 'bestaanszekerheid' : 'grenzen',
          supportKey('maatwerk'),
          [
            ...(first ? (['bestaanszekerheid-eerst'] as const) : []),
            'warme-overdracht',
            'grenzen-steun',
          ],
        );
      }
    }
  }

  const levelOf = (of: readonly Signal[]): PreventionLevel =>
    of.some((signal) => signal.signalId === SAFETY_SIGNAL)
      ? 'veiligheid'
      : of.reduce<Reach>((worst, signal) => higher(worst, reachOf(signal).reach), 'universeel');

  return {
    engineVersion: ENGINE_VERSION,
    profile: { id: profile.id, version: profile.version },
    now: now.toISOString().slice(0, 10),
    householdId: input.household.id,
    householdType,
    level: levelOf(signals),
    normaliseren: normaliseren
      ? {
          code:
            signals.length === 0 && states.every((state) => state.lifeEvents.length === 0)
              ? 'geen-zorgen'
              : 'gewone-leven',
          kaders: ['K5'],
        }
      : null,
    flags: {
      veiligheid: safety,
      bestaanszekerheid,
      grenzen: states.flatMap((state) =>
        state.personId === null || state.grenzen.length === 0
          ? []
          : [
              {
                personId: state.personId,
                codes: [...new Set(state.grenzen.map((finding) => finding.code))],
              },
            ],
      ),
    },
    persons: states.flatMap((state) =>
      state.personId === null
        ? []
        : [
            {
              personId: state.personId,
              level: levelOf(signals.filter((signal) => signal.personId === state.personId)),
              balance: state.balanceLevel,
              basis: state.balance?.basis ?? null,
            },
          ],
    ),
    signals: signals.map((signal) => ({
      signalId: signal.signalId,
      personId: signal.personId,
      severity: signal.severity,
      reach: signal.signalId === SAFETY_SIGNAL ? 'veiligheid' : reachOf(signal).reach,
    })),
    suggestions: mergePlacements(placements),
    warnings: score.warnings,
  };
}
