import { AVE_MODEL } from '../instruments/ave';
import { BRUG, BRUG_INCOME_THRESHOLDS_2019 } from '../instruments/brug';
import { scoreBrug } from '../instruments/brug-scoring';
import type { IncomeThresholds } from '../instruments/definition-schema';
import { KANSENCIRKEL } from '../instruments/kansencirkel';
import { findInstrument } from '../instruments/registry';
import { formatMessage, type MessageKey } from '../messages/nl';
import type { Assessment } from '../schemas/assessment';
import type { Conversation } from '../schemas/conversation';
import { lifeAreaOfPgDimension } from './life-areas';
import type { PlanAction, PlanData } from './plan-schema';

// The gespreksverslag and the plan text, written from what was recorded (DOMAIN.md: the
// professional edits, never retypes). Output is sections of short sentences; the family's own
// words are quoted as they were written.

export interface TextSection {
  readonly title: string;
  readonly paragraphs: readonly string[];
}

export interface WrittenText {
  readonly title: string;
  readonly sections: readonly TextSection[];
}

export interface NamedPerson {
  readonly id: string;
  readonly displayName: string;
}

type Values = Readonly<Record<string, string | number>>;
const say = (key: MessageKey, values: Values = {}): string => formatMessage(key, values);

/** "12 maart 2026" from `2026-03-12`, the same on every machine (no locale data needed). */
export function dutchDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return `${String(day)} ${say(`plan.month.${String(month)}` as MessageKey)} ${String(year)}`;
}

/** "a, b en c". */
export function dutchList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return say('plan.list.and', {
    first: items.slice(0, -1).join(', '),
    last: items[items.length - 1] ?? '',
  });
}

const trimEnd = (text: string) => text.trim().replace(/[.!?]+$/, '');

function nameOf(persons: readonly NamedPerson[], id: string): string {
  return persons.find((person) => person.id === id)?.displayName ?? '?';
}

function networkSentence(entry: Conversation['network'][number]): string {
  const name =
    entry.relation === undefined || entry.relation === ''
      ? entry.name
      : say('plan.verslag.network.relation', { name: entry.name, relation: entry.relation });
  const help = entry.help?.trim() ?? '';
  if (entry.status === 'helpt') {
    return help === ''
      ? say('plan.verslag.network.helps', { name })
      : say('plan.verslag.network.helpsWith', { name, help: trimEnd(help) });
  }
  return help === ''
    ? say('plan.verslag.network.could', { name })
    : say('plan.verslag.network.couldWith', { name, help: trimEnd(help) });
}

function measurementSentences(
  assessment: Assessment,
  persons: readonly NamedPerson[],
  incomeThresholds: IncomeThresholds,
  now: Date,
): string[] {
  const name = nameOf(persons, assessment.personId);
  const answers = assessment.answers;
  switch (answers.kind) {
    case 'positieve-gezondheid': {
      const definition = findInstrument(assessment.instrumentId, assessment.instrumentVersion);
      if (definition?.kind !== 'positieve-gezondheid' || answers.scores === undefined) return [];
      const scores = answers.scores;
      const parts = definition.dimensions.flatMap((dimension) => {
        const score = scores[dimension.id];
        return score === undefined
          ? []
          : [say('plan.verslag.pg.score', { dimension: dimension.label, score })];
      });
      return parts.length === 0 ? [] : [say('plan.verslag.pg', { name, scores: parts.join(', ') })];
    }
    case 'brug-naar-zelfredzaamheid': {
      const result = scoreBrug(BRUG, answers, { now, incomeThresholds, assessmentId: null });
      const parts = result.columns.flatMap((column) => {
        if (column.level === null) return [];
        const label = BRUG.dimensions.find((entry) => entry.id === column.columnId)?.label;
        return [
          say('plan.verslag.brug.level', { column: label ?? column.columnId, level: column.level }),
        ];
      });
      return parts.length === 0
        ? []
        : [say('plan.verslag.brug', { name, levels: parts.join(', ') })];
    }
    case 'kansencirkel': {
      const labelled = (status: string) =>
        KANSENCIRKEL.dimensions
          .filter((area) => answers.areas[area.id] === status)
          .map((area) => area.label);
      const worry = labelled('zorg');
      const attention = labelled('aandacht');
      const sentences: string[] = [];
      if (worry.length > 0) {
        sentences.push(say('plan.verslag.kansencirkel.worry', { name, areas: dutchList(worry) }));
      }
      if (attention.length > 0) {
        sentences.push(
          say('plan.verslag.kansencirkel.attention', { name, areas: dutchList(attention) }),
        );
      }
      const answered = Object.keys(answers.areas).length;
      if (sentences.length === 0 && answered === KANSENCIRKEL.dimensions.length) {
        sentences.push(say('plan.verslag.kansencirkel.good', { name }));
      }
      return sentences;
    }
    case 'draagkracht-draaglast': {
      if (answers.factors.length === 0) return [];
      const side = (wanted: string) =>
        answers.factors.filter((factor) => {
          if (factor.side !== undefined) return factor.side === wanted;
          return findSideOfCatalogueFactor(factor.factorId) === wanted;
        }).length;
      return [
        say('plan.verslag.balance', {
          name,
          strengths: side('draagkracht'),
          burdens: side('draaglast'),
        }),
      ];
    }
  }
}

function findSideOfCatalogueFactor(factorId: string): string | undefined {
  const definition = findInstrument('draagkracht-draaglast');
  if (definition?.kind !== 'draagkracht-draaglast') return undefined;
  for (const sphere of definition.spheres) {
    const factor = sphere.factors.find((entry) => entry.id === factorId);
    if (factor) return factor.side;
  }
  return undefined;
}

function whoText(action: Pick<PlanAction, 'actor' | 'actorName'>): string {
  const name = action.actorName?.trim() ?? '';
  return name === '' ? say(`plan.actor.${action.actor}`) : name;
}

function areaName(dimensionId: string): string {
  const area = lifeAreaOfPgDimension(dimensionId);
  return area === undefined ? dimensionId : say(`plan.area.${area}`).toLowerCase();
}

function paragraphsOf(text: string, empty: string): string[] {
  const parts = text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  return parts.length === 0 ? [empty] : parts;
}

export interface VerslagInput {
  readonly householdLabel: string;
  readonly persons: readonly NamedPerson[];
  readonly conversation: Conversation;
  /** The assessments of this conversation (others are ignored). */
  readonly assessments: readonly Assessment[];
  readonly incomeThresholds?: IncomeThresholds;
  readonly now: Date;
}

/** The gespreksverslag of one conversation. */
export function writeVerslag(input: VerslagInput): WrittenText {
  const { conversation, persons } = input;
  const sections: TextSection[] = [];
  const opening = [
    say('plan.verslag.opening', {
      household: input.householdLabel,
      date: dutchDate(conversation.date),
    }),
  ];
  if (persons.length > 0) {
    opening.push(
      say('plan.verslag.members', { names: dutchList(persons.map((p) => p.displayName)) }),
    );
  }
  if (conversation.safetyConcern === true) opening.push(say('plan.safety'));
  if (conversation.avePhase !== undefined) {
    const phase = AVE_MODEL.phases.find((entry) => entry.phase === conversation.avePhase);
    if (phase) {
      opening.push(
        say('plan.verslag.ave', { phase: conversation.avePhase, title: trimEnd(phase.title) }),
      );
    }
  }
  sections.push({ title: say('plan.verslag.title'), paragraphs: opening });

  const question = conversation.question.trim();
  sections.push({
    title: say('plan.verslag.question.title'),
    paragraphs: [
      question === ''
        ? say('plan.verslag.question.empty')
        : say('plan.verslag.question', { question }),
    ],
  });
  sections.push({
    title: say('plan.verslag.strengths.title'),
    paragraphs: paragraphsOf(conversation.strengths, say('plan.verslag.strengths.empty')),
  });
  sections.push({
    title: say('plan.verslag.network.title'),
    paragraphs:
      conversation.network.length === 0
        ? [say('plan.verslag.network.empty')]
        : conversation.network.map(networkSentence),
  });

  const taken = new Set(conversation.assessmentIds);
  const thresholds = input.incomeThresholds ?? BRUG_INCOME_THRESHOLDS_2019;
  const measured = input.assessments
    .filter((assessment) => taken.has(assessment.id) && assessment.deletedAt === undefined)
    .flatMap((assessment) => measurementSentences(assessment, persons, thresholds, input.now));
  sections.push({
    title: say('plan.verslag.measure.title'),
    paragraphs: measured.length === 0 ? [say('plan.verslag.measure.empty')] : measured,
  });

  sections.push({
    title: say('plan.verslag.changes.title'),
    paragraphs:
      conversation.changes.length === 0
        ? [say('plan.verslag.changes.empty')]
        : conversation.changes.flatMap((wish) => {
            const lines = [
              say('plan.verslag.change', {
                name: nameOf(persons, wish.personId),
                area: areaName(wish.dimensionId),
                words: wish.words.trim(),
              }),
            ];
            const needed = wish.needed?.trim() ?? '';
            if (needed !== '') lines.push(say('plan.verslag.change.needed', { needed }));
            const helper = wish.whoCanHelp?.trim() ?? '';
            if (helper !== '') lines.push(say('plan.verslag.change.helper', { helper }));
            return [lines.join(' ')];
          }),
  });

  sections.push({
    title: say('plan.verslag.agreements.title'),
    paragraphs:
      conversation.agreements.length === 0
        ? [say('plan.verslag.agreements.empty')]
        : conversation.agreements.map((agreement) =>
            agreement.due === undefined
              ? say('plan.verslag.agreement', {
                  what: trimEnd(agreement.what),
                  who: whoText(agreement),
                })
              : say('plan.verslag.agreement.due', {
                  what: trimEnd(agreement.what),
                  who: whoText(agreement),
                  due: dutchDate(agreement.due),
                }),
          ),
  });

  const note = conversation.summaryNote?.trim() ?? '';
  if (note !== '') {
    sections.push({ title: say('plan.verslag.note.title'), paragraphs: paragraphsOf(note, '') });
  }
  return { title: say('plan.verslag.title'), sections };
}

export interface PlanTextInput {
  readonly householdLabel: string;
  readonly persons: readonly NamedPerson[];
  readonly plan: PlanData;
}

/** The plan as the family reads and signs it. */
export function writePlanText(input: PlanTextInput): WrittenText {
  const { plan, persons } = input;
  const sections: TextSection[] = [];
  const intro = [say('plan.text.intro')];
  if (plan.safety.flag) intro.push(say('plan.safety'));
  sections.push({
    title: say('plan.text.title', { household: input.householdLabel }),
    paragraphs: intro,
  });

  sections.push({
    title: say('plan.text.regisseur.title'),
    paragraphs: [
      plan.regisseur === undefined
        ? say('plan.text.regisseur.empty')
        : say('plan.text.regisseur', { name: plan.regisseur.name }),
    ],
  });
  sections.push({
    title: say('plan.text.krachten.title'),
    paragraphs: paragraphsOf(plan.krachten, say('plan.verslag.strengths.empty')),
  });
  sections.push({
    title: say('plan.text.zorgen.title'),
    paragraphs: paragraphsOf(plan.zorgen, say('plan.verslag.question.empty')),
  });
  sections.push({
    title: say('plan.text.goals.title'),
    paragraphs:
      plan.goals.length === 0
        ? [say('plan.text.goals.empty')]
        : plan.goals.map((goal) => {
            const area = say(`plan.area.${goal.area}`);
            return goal.personIds.length === 0
              ? say('plan.text.goal', { area, words: goal.words.trim() })
              : say('plan.text.goal.for', {
                  area,
                  names: dutchList(goal.personIds.map((id) => nameOf(persons, id))),
                  words: goal.words.trim(),
                });
          }),
  });
  sections.push({
    title: say('plan.text.actions.title'),
    paragraphs:
      plan.actions.length === 0
        ? [say('plan.text.actions.empty')]
        : plan.actions.map((action) => {
            const values = {
              what: trimEnd(action.what),
              who: whoText(action),
              status: say(`plan.status.${action.status}`),
            };
            return action.due === undefined
              ? say('plan.text.action', values)
              : say('plan.text.action.due', { ...values, due: dutchDate(action.due) });
          }),
  });
  if (plan.network.length > 0) {
    sections.push({
      title: say('plan.text.network.title'),
      paragraphs: plan.network.map(networkSentence),
    });
  }
  if (plan.earlierHelp.trim() !== '') {
    sections.push({
      title: say('plan.text.earlierHelp.title'),
      paragraphs: paragraphsOf(plan.earlierHelp, ''),
    });
  }
  sections.push({
    title: say('plan.text.evaluation.title'),
    paragraphs: [
      plan.evaluationDates.length === 0
        ? say('plan.text.evaluation.empty')
        : say('plan.text.evaluation', {
            dates: dutchList([...plan.evaluationDates].sort().map(dutchDate)),
          }),
    ],
  });
  if (plan.consent.length > 0) {
    sections.push({
      title: say('plan.text.consent.title'),
      paragraphs: plan.consent.map((consent) =>
        say(consent.given ? 'plan.text.consent.given' : 'plan.text.consent.refused', {
          partner: consent.partner,
          what: trimEnd(consent.what),
        }),
      ),
    });
  }
  const agreement = plan.agreement;
  sections.push({
    title: say('plan.text.agreement.title'),
    paragraphs: [
      agreement === undefined
        ? say('plan.text.agreement.empty')
        : agreement.status === 'akkoord'
          ? say('plan.text.agreement.akkoord', { date: dutchDate(agreement.date) })
          : say('plan.text.agreement.protest', {
              date: dutchDate(agreement.date),
              note: agreement.note?.trim() ?? '',
            }),
    ],
  });
  return { title: say('plan.text.title', { household: input.householdLabel }), sections };
}

/** Plain text of a written text, for editing in a textarea and for the PDF. */
export function toPlainText(text: WrittenText): string {
  return text.sections
    .map((section) => [section.title, ...section.paragraphs].join('\n\n'))
    .join('\n\n');
}
