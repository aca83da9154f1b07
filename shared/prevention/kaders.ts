import { z } from 'zod';
import { KaderIdSchema, OpgaveIdSchema, ThemeIdSchema, type KaderId } from './vocabulary';

// The MAG kaders and themes as data. Titles and summaries are our own B1 words; the ideas and
// the opgave names are those of MAG Wijk bij Duurstede 2023-2027 (§2.2 and §4.2).

export const KaderSchema = z.strictObject({
  id: KaderIdSchema,
  title: z.string().trim().min(1).max(80),
  summary: z.string().trim().min(1).max(400),
  source: z.string().trim().min(1).max(200),
});
export type Kader = z.infer<typeof KaderSchema>;

export const KADERS = [
  {
    id: 'K1',
    title: 'Draagkracht versterken',
    summary:
      'We helpen mensen sterk te blijven, zodat ze problemen zelf aankunnen. Denk aan bewegen, welzijn op recept, taal en digitale vaardigheden, en niet uitvallen op school.',
    source: 'MAG Wijk bij Duurstede 2023-2027, §2.2 kader 1',
  },
  {
    id: 'K2',
    title: 'Eerst wie kwetsbaar is',
    summary:
      'We richten ons vooral op inwoners die het moeilijk hebben of dat risico lopen. We zoeken ze op waar ze komen.',
    source: 'MAG Wijk bij Duurstede 2023-2027, §2.2 kader 2',
  },
  {
    id: 'K3',
    title: 'Samen voor alleen',
    summary:
      'Een activiteit voor iedereen of in een groep gaat voor hulp aan één persoon. Zo ontmoeten mensen elkaar en helpen ze elkaar.',
    source: 'MAG Wijk bij Duurstede 2023-2027, §2.2 kader 3',
  },
  {
    id: 'K4',
    title: 'Zin en meedoen',
    summary:
      'Iets betekenen voor een ander geeft zin aan het leven. Bijna iedereen kan wel iets doen, bijvoorbeeld als vrijwilliger.',
    source: 'MAG Wijk bij Duurstede 2023-2027, §2.2 kader 4',
  },
  {
    id: 'K5',
    title: 'Het gewone leven',
    summary:
      'Niet elk probleem vraagt om hulp van een professional. Veel hoort bij het leven. Hulp van mensen om je heen blijft; hulp van een specialist is tijdelijk.',
    source: 'MAG Wijk bij Duurstede 2023-2027, §2.2 kader 5',
  },
  {
    id: 'K6',
    title: 'Oog voor grenzen',
    summary:
      'Niet iedereen kan het zelf. Een mantelzorger kan overbelast raken. Wie schulden heeft, kan minder goed kiezen. Dan bieden we meer steun.',
    source: 'MAG Wijk bij Duurstede 2023-2027, §2.2 kader 6',
  },
  {
    id: 'K7',
    title: 'Zelf in beweging',
    summary:
      'Inwoners zijn eerst zelf aan zet. Wie de weg niet vindt naar wat er is, helpen we op weg.',
    source: 'MAG Wijk bij Duurstede 2023-2027, §2.2 kader 7',
  },
  {
    id: 'K8',
    title: 'Iedereen doet mee',
    summary:
      'Iedereen kan meedoen en niemand wordt buitengesloten, wat je leeftijd, afkomst of beperking ook is.',
    source: 'MAG Wijk bij Duurstede 2023-2027, §2.2 kader 8',
  },
  {
    id: 'K9',
    title: 'De balans beslist',
    summary:
      'We kijken niet naar een groep, zoals ouderen of werklozen. We kijken naar wat iemand draagt en wat iemand aankan.',
    source: 'MAG Wijk bij Duurstede 2023-2027, §2.2 kader 9',
  },
] as const satisfies readonly Kader[];

export function findKader(id: KaderId): Kader | undefined {
  return KADERS.find((kader) => kader.id === id);
}

export const ThemeSchema = z.strictObject({
  id: ThemeIdSchema,
  title: z.string().trim().min(1).max(120),
  source: z.string().trim().min(1).max(200),
});
export type Theme = z.infer<typeof ThemeSchema>;

export const THEMES = [
  {
    id: 'T1',
    title: 'Kansrijk opgroeien en gezond ontwikkelen',
    source: 'MAG Wijk bij Duurstede 2023-2027, §4.2 thema 1',
  },
  {
    id: 'T2',
    title: 'Je plek is je vertrek: zelfstandig en veilig wonen',
    source: 'MAG Wijk bij Duurstede 2023-2027, §4.2 thema 2',
  },
  {
    id: 'T3',
    title: 'Meedoen is voor iedereen',
    source: 'MAG Wijk bij Duurstede 2023-2027, §4.2 thema 3',
  },
] as const satisfies readonly Theme[];

export const OpgaveSchema = z.strictObject({
  id: OpgaveIdSchema,
  theme: ThemeIdSchema,
  /** Number of the opgave within its theme in the MAG. */
  number: z.number().int().min(1).max(9),
  title: z.string().trim().min(1).max(120),
});
export type Opgave = z.infer<typeof OpgaveSchema>;

export const OPGAVEN = [
  { id: 't1-opgroeien', theme: 'T1', number: 1, title: 'Opgroeien tot volwaardige volwassenen' },
  { id: 't1-onderwijs-kinderopvang', theme: 'T1', number: 2, title: 'Onderwijs en kinderopvang' },
  {
    id: 't1-leefstijl-jeugd',
    theme: 'T1',
    number: 3,
    title: 'Gezonde leefstijl jeugd en jongeren',
  },
  {
    id: 't1-huiselijk-geweld-kindermishandeling',
    theme: 'T1',
    number: 4,
    title: 'Huiselijk geweld en kindermishandeling',
  },
  {
    id: 't1-armoede-kinderen-gezinnen',
    theme: 'T1',
    number: 5,
    title: 'Armoede kinderen en gezinnen',
  },
  {
    id: 't1-schulden-kinderen-gezinnen',
    theme: 'T1',
    number: 6,
    title: 'Schulden kinderen en gezinnen',
  },
  {
    id: 't2-geschikte-woningen',
    theme: 'T2',
    number: 1,
    title: 'Geschikte woningen en woonomgeving',
  },
  {
    id: 't2-eigenaarschap-gezond-wonen',
    theme: 'T2',
    number: 2,
    title: 'Eigenaarschap van inwoners op gezond wonen',
  },
  {
    id: 't2-ondersteuning-in-en-om-huis',
    theme: 'T2',
    number: 3,
    title: 'Passende ondersteuning in en om het huis',
  },
  {
    id: 't2-huiselijk-geweld-volwassenen',
    theme: 'T2',
    number: 4,
    title: 'Voorkomen huiselijk geweld volwassenen',
  },
  { id: 't3-werk-participatie', theme: 'T3', number: 1, title: 'Werk en participatie' },
  { id: 't3-verbondenheid', theme: 'T3', number: 2, title: 'Verbondenheid: omzien naar elkaar' },
  {
    id: 't3-basisvaardigheden',
    theme: 'T3',
    number: 3,
    title: 'Laaggeletterdheid en basisvaardigheden',
  },
  { id: 't3-armoede-volwassenen', theme: 'T3', number: 4, title: 'Armoede volwassenen' },
  { id: 't3-schulden-volwassenen', theme: 'T3', number: 5, title: 'Schulden volwassenen' },
  {
    id: 't3-leefstijl-volwassenen',
    theme: 'T3',
    number: 6,
    title: 'Gezonde leefstijl volwassenen',
  },
  { id: 't3-mantelzorg', theme: 'T3', number: 7, title: 'Mantelzorg' },
  { id: 't3-inburgering', theme: 'T3', number: 8, title: 'Inburgering' },
  { id: 't3-mobiliteit', theme: 'T3', number: 9, title: 'Mobiliteit' },
] as const satisfies readonly Opgave[];
