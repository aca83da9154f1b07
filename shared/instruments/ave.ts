import type { AvePhaseId } from '../schemas/conversation';
import type { Signal } from '../schemas/results';
import { SignalIdSchema, type KwetsbaarheidLevel, type SignalId } from '../schemas/vocabulary';
import type { AveModel } from './definition-schema';

// Phases, colours and the split of casusregie and procesregie follow the AVE handleiding
// (Bureau HHM for Leeuwarden and VNG), the model Maashorst works with. Texts are our own words.

export const AVE_MODEL = {
  id: 'ave',
  version: '1.0.0',
  title: 'AVE: Aanpak ter Voorkoming van Escalatie',
  description:
    'Vier fasen, van groen tot donkerrood. Per fase staat wie de casusregie heeft (regie op de hulp aan het gezin) en wie de procesregie heeft (regie op de samenwerking). Ook staat erbij wanneer u op- of afschaalt.',
  source:
    'AVE-handleiding, Bureau HHM in opdracht van gemeente Leeuwarden en VNG; Strategisch beleidskader sociaal domein Maashorst 2023-2028 (handelen volgens het AVE-model); MAG Wijk bij Duurstede §5 (procesregie bij de hulpverleners van Binding, 1 gezin 1 plan 1 regisseur).',
  phases: [
    {
      phase: 1,
      colour: 'groen',
      title: 'Geen problemen of alleen vermoedens',
      description:
        'Het gewone leven. Er zijn geen problemen, of er is alleen een vermoeden. Het gezin regelt het zelf, met hulp van het eigen netwerk. School, huisarts en buurt letten op signalen.',
      casusregie: { role: 'inwoner', label: 'Het gezin zelf.' },
      procesregie: {
        role: 'niet-nodig',
        label: 'Niet nodig. De gemeente zorgt voor goede voorzieningen in de buurt.',
      },
      scaleUp: [
        {
          id: 'vraag-niet-zelf-op-te-lossen',
          text: 'Er is een vraag of een probleem dat het gezin niet zelf of met het netwerk oplost.',
        },
      ],
      scaleDown: [],
    },
    {
      phase: 2,
      colour: 'geel',
      title: 'Een vraag of probleem',
      description:
        'Er is een vraag of een probleem. Het gezin houdt zelf de regie, met wat hulp. Eén professional of één organisatie is genoeg.',
      casusregie: {
        role: 'professional',
        label: 'De professional die helpt, bijvoorbeeld van het wijkteam.',
      },
      procesregie: { role: 'wijkteam', label: 'Het wijkteam of de toegang van de gemeente.' },
      scaleUp: [
        { id: 'meer-leefgebieden', text: 'Er zijn problemen op meer dan één leefgebied.' },
        { id: 'meer-organisaties', text: 'Er zijn meer hulpverleners of organisaties nodig.' },
        { id: 'regie-lukt-niet', text: 'Het gezin kan de regie niet meer zelf houden.' },
        { id: 'samenwerking-loopt-vast', text: 'De hulp of de samenwerking loopt vast.' },
      ],
      scaleDown: [
        {
          id: 'vraag-opgelost',
          text: 'De vraag is opgelost. Het gezin redt het weer zelf of met het netwerk.',
        },
      ],
    },
    {
      phase: 3,
      colour: 'oranje-rood',
      title: 'Meervoudige en complexe problemen',
      description:
        'Er zijn problemen op meer leefgebieden tegelijk. Meer organisaties helpen. Het gezin kan de regie niet meer alleen houden. Er komt één plan met één regisseur.',
      casusregie: {
        role: 'regisseur',
        label: 'Eén regisseur voor het hele gezin: 1 gezin, 1 plan, 1 regisseur.',
      },
      procesregie: {
        role: 'gemeente',
        label:
          'De gemeente, of de organisatie die zij aanwijst. Die let erop dat de samenwerking loopt.',
      },
      scaleUp: [
        {
          id: 'acuut-gevaar',
          text: 'Er is acuut gevaar voor iemand in het gezin of voor anderen.',
        },
        {
          id: 'hulp-werkt-niet',
          text: 'Afspraken en hulp werken niet meer. De situatie wordt erger.',
        },
        {
          id: 'ingrijpen-nodig',
          text: 'Er is ingrijpen nodig, bijvoorbeeld door de burgemeester, de rechter of de politie.',
        },
      ],
      scaleDown: [
        {
          id: 'beheersbaar',
          text: 'De problemen zijn te overzien. Er zijn minder organisaties nodig.',
        },
        { id: 'regie-terug', text: 'Het gezin kan weer meer zelf de regie houden.' },
      ],
    },
    {
      phase: 4,
      colour: 'donkerrood',
      title: 'Escalatie',
      description:
        'De situatie loopt uit de hand. Er is gevaar of een crisis. Snel ingrijpen is nodig, soms ook als het gezin dat niet wil.',
      casusregie: {
        role: 'veiligheidsketen',
        label:
          'De organisatie die de crisis aanpakt, bijvoorbeeld Veilig Thuis, de politie of de jeugdbescherming.',
      },
      procesregie: {
        role: 'zorg-en-veiligheidshuis',
        label: 'De gemeente (burgemeester), samen met het Zorg- en Veiligheidshuis.',
      },
      scaleUp: [],
      scaleDown: [
        { id: 'gevaar-weg', text: 'Het gevaar is weg. De crisis is voorbij.' },
        { id: 'plan-werkt', text: 'Er is een plan dat werkt, met één regisseur.' },
      ],
    },
  ],
} as const satisfies AveModel;

/** Why a phase was proposed; the intake's summary names each reason in Dutch. */
export type AveReason =
  | 'geen-signalen'
  | 'alleen-lichte-signalen'
  | 'vraag-of-probleem'
  | 'meer-leefgebieden'
  | 'ernstig-meer-leefgebieden'
  | 'uit-balans'
  | 'veiligheid';

export interface AveProposal {
  readonly phase: AvePhaseId;
  readonly reasons: readonly AveReason[];
  /** The signal areas (matig or ernstig) that count as a problem, in signal order. */
  readonly problemAreas: readonly SignalId[];
}

export interface AveProposalInput {
  readonly signals: readonly Pick<Signal, 'signalId' | 'severity'>[];
  /** The professional marked a worry about huiselijk geweld or kindermishandeling. */
  readonly safetyConcern: boolean;
  /** The household balance (the least stable member), when the balance was filled in. */
  readonly householdBalance?: KwetsbaarheidLevel | undefined;
}

/** Problem areas from which the household counts as "meervoudig" (AVE phase 3). */
export const AVE_MULTIPLE_AREAS = 3;
/** Areas with a severe signal from which the household counts as "meervoudig". */
export const AVE_SEVERE_AREAS = 2;

/**
 * A proposal only: the professional decides the phase. Safety always proposes at least phase 3
 * (rule 7); phase 4 (escalatie, acute danger) is never proposed, it needs the professional's eye.
 * Mild signals alone stay in phase 1 (normaliseren, K5).
 */
export function proposeAvePhase(input: AveProposalInput): AveProposal {
  const safety =
    input.safetyConcern || input.signals.some((signal) => signal.signalId === 'veiligheid');
  const problems = new Set<SignalId>();
  const severe = new Set<SignalId>();
  for (const signal of input.signals) {
    if (signal.signalId === 'veiligheid') continue;
    if (signal.severity !== 'mild') problems.add(signal.signalId);
    if (signal.severity === 'ernstig') severe.add(signal.signalId);
  }
  const problemAreas = SignalIdSchema.options.filter((id) => problems.has(id));
  const reasons: AveReason[] = [];
  if (safety) reasons.push('veiligheid');
  if (severe.size >= AVE_SEVERE_AREAS) reasons.push('ernstig-meer-leefgebieden');
  if (problems.size >= AVE_MULTIPLE_AREAS) reasons.push('meer-leefgebieden');
  if (input.householdBalance === 'uit-balans' && problems.size > 0) reasons.push('uit-balans');
  if (reasons.length > 0) return { phase: 3, reasons, problemAreas };
  if (problems.size > 0) return { phase: 2, reasons: ['vraag-of-probleem'], problemAreas };
  return {
    phase: 1,
    reasons: [input.signals.length > 0 ? 'alleen-lichte-signalen' : 'geen-signalen'],
    problemAreas,
  };
}
