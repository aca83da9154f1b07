import type { PgDefinition } from './definition-schema';

// Dimension names are those of the Institute for Positive Health (iPH). The prompts are our own
// words at B1 level; iPH's item texts are copyrighted and never shipped (see docs/instruments.md).

const SOURCE =
  'Institute for Positive Health (iPH), het spinnenweb van Positieve Gezondheid; MAG Wijk bij Duurstede 2023-2027, bijlage 3 en 6.';
const LICENCE =
  'De namen van de dimensies zijn van iPH. De vragen zijn onze eigen woorden. De officiële vragenlijsten van iPH zijn auteursrechtelijk beschermd en zitten niet in de app. Een team met een licentie kan ze laden als itemset.';

const FOLLOW_UP = [
  { id: 'veranderen', text: 'Wat wil je veranderen?' },
  { id: 'nodig', text: 'Wat is daarvoor nodig?' },
  { id: 'helpen', text: 'Wie kan je daarbij helpen?' },
] as const;

export const PG_VOLWASSENEN = {
  id: 'positieve-gezondheid-volwassenen',
  version: '1.0.0',
  kind: 'positieve-gezondheid',
  group: 'volwassenen',
  title: 'Positieve Gezondheid voor volwassenen',
  description:
    'Je geeft jezelf op zes onderwerpen een cijfer van 0 tot 10. Samen vormen ze het spinnenweb. Daarna praten we over wat je wilt veranderen.',
  source: SOURCE,
  licence: LICENCE,
  ageRange: { min: 18, max: null },
  dimensions: [
    {
      id: 'lichaamsfuncties',
      label: 'Lichaamsfuncties',
      aspect: 'lichamelijk',
      prompt:
        'Hoe gaat het met je lichaam? Denk aan energie, slapen, eten, bewegen en pijn. Welk cijfer geef je?',
      min: 0,
      max: 10,
    },
    {
      id: 'mentaal-welbevinden',
      label: 'Mentaal welbevinden',
      aspect: 'mentaal',
      prompt:
        'Hoe gaat het in je hoofd? Denk aan stress, je stemming, je concentratie en hoe je omgaat met tegenslag. Welk cijfer geef je?',
      min: 0,
      max: 10,
    },
    {
      id: 'zingeving',
      label: 'Zingeving',
      aspect: 'zingeving',
      prompt:
        'Heb je het gevoel dat je leven zin heeft? Heb je doelen en dingen waar je blij van wordt? Welk cijfer geef je?',
      min: 0,
      max: 10,
    },
    {
      id: 'kwaliteit-van-leven',
      label: 'Kwaliteit van leven',
      aspect: 'kwaliteit-van-leven',
      prompt: 'Geniet je van je leven? Voel je je gelukkig en in balans? Welk cijfer geef je?',
      min: 0,
      max: 10,
    },
    {
      id: 'meedoen',
      label: 'Meedoen',
      aspect: 'meedoen',
      prompt:
        'Heb je goed contact met anderen? Hoor je erbij en doe je mee, bijvoorbeeld in je buurt, op je werk of bij een club? Welk cijfer geef je?',
      min: 0,
      max: 10,
    },
    {
      id: 'dagelijks-functioneren',
      label: 'Dagelijks functioneren',
      aspect: 'dagelijks-functioneren',
      prompt:
        'Lukt het je om voor jezelf te zorgen? Denk aan je huishouden, je geld, je werk en weten wat je wel en niet aankunt. Welk cijfer geef je?',
      min: 0,
      max: 10,
    },
  ],
  followUpQuestions: FOLLOW_UP,
} as const satisfies PgDefinition;

export const PG_JONGEREN = {
  id: 'positieve-gezondheid-jongeren',
  version: '1.0.0',
  kind: 'positieve-gezondheid',
  group: 'jongeren',
  title: 'Positieve Gezondheid voor jongeren (16 tot 25 jaar)',
  description:
    'Je geeft jezelf op zes onderwerpen een cijfer van 0 tot 10. Daarna praten we over wat jij wilt veranderen.',
  source: SOURCE,
  licence: LICENCE,
  ageRange: { min: 16, max: 25 },
  dimensions: [
    {
      id: 'mijn-lichaam',
      label: 'Mijn lichaam',
      aspect: 'lichamelijk',
      prompt:
        'Hoe voelt je lichaam? Denk aan slapen, eten, sporten en je energie. Welk cijfer geef je?',
      min: 0,
      max: 10,
    },
    {
      id: 'mijn-gevoelens-en-gedachten',
      label: 'Mijn gevoelens en gedachten',
      aspect: 'mentaal',
      prompt:
        'Hoe voel je je meestal? Ben je vaak somber, gestrest of juist rustig? Welk cijfer geef je?',
      min: 0,
      max: 10,
    },
    {
      id: 'zingeving',
      label: 'Zingeving',
      aspect: 'zingeving',
      prompt:
        'Weet je wat je belangrijk vindt? Heb je dromen en plannen voor later? Welk cijfer geef je?',
      min: 0,
      max: 10,
    },
    {
      id: 'kwaliteit-van-leven',
      label: 'Kwaliteit van leven',
      aspect: 'kwaliteit-van-leven',
      prompt: 'Ben je tevreden met je leven? Heb je plezier? Welk cijfer geef je?',
      min: 0,
      max: 10,
    },
    {
      id: 'meedoen',
      label: 'Meedoen',
      aspect: 'meedoen',
      prompt:
        'Heb je vrienden en mensen bij wie je terecht kunt? Hoor je erbij, op school, op je werk of online? Welk cijfer geef je?',
      min: 0,
      max: 10,
    },
    {
      id: 'dagelijks-leven',
      label: 'Dagelijks leven',
      aspect: 'dagelijks-functioneren',
      prompt:
        'Lukt het om je eigen dingen te regelen? Denk aan school of werk, geld en op tijd komen. Welk cijfer geef je?',
      min: 0,
      max: 10,
    },
  ],
  followUpQuestions: FOLLOW_UP,
} as const satisfies PgDefinition;

export const PG_KINDEREN = {
  id: 'positieve-gezondheid-kinderen',
  version: '1.0.0',
  kind: 'positieve-gezondheid',
  group: 'kinderen',
  title: 'Positieve Gezondheid voor kinderen (8 tot 12 jaar)',
  description:
    'Je geeft jezelf op zes onderwerpen een cijfer van 0 tot 10. Daarna praten we over wat jij fijn vindt en wat je anders wilt.',
  source: SOURCE,
  licence: LICENCE,
  ageRange: { min: 8, max: 12 },
  dimensions: [
    {
      id: 'mijn-lichaam',
      label: 'Mijn lichaam',
      aspect: 'lichamelijk',
      prompt:
        'Voel je je fit? Slaap je goed, eet je gezond en beweeg je genoeg? Welk cijfer geef je?',
      min: 0,
      max: 10,
    },
    {
      id: 'mijn-gevoelens-en-gedachten',
      label: 'Mijn gevoelens en gedachten',
      aspect: 'mentaal',
      prompt:
        'Hoe voel je je? Ben je vaak blij? Of ben je vaak bang, boos of verdrietig? Welk cijfer geef je?',
      min: 0,
      max: 10,
    },
    {
      id: 'lekker-in-je-vel',
      label: 'Lekker in je vel',
      aspect: 'kwaliteit-van-leven',
      prompt: 'Vind je jezelf oké zoals je bent? Heb je het fijn? Welk cijfer geef je?',
      min: 0,
      max: 10,
    },
    {
      id: 'nu-en-later',
      label: 'Nu en later',
      aspect: 'zingeving',
      prompt: 'Waar kijk je naar uit? Wat wil je later worden of doen? Welk cijfer geef je?',
      min: 0,
      max: 10,
    },
    {
      id: 'meedoen',
      label: 'Meedoen',
      aspect: 'meedoen',
      prompt:
        'Heb je vrienden? Hoor je erbij op school, bij een club en als je buiten speelt? Welk cijfer geef je?',
      min: 0,
      max: 10,
    },
    {
      id: 'dagelijks-leven',
      label: 'Dagelijks leven',
      aspect: 'dagelijks-functioneren',
      prompt:
        'Lukt het om dingen zelf te doen? Zoals je tas inpakken, huiswerk maken en op tijd komen? Welk cijfer geef je?',
      min: 0,
      max: 10,
    },
  ],
  followUpQuestions: FOLLOW_UP,
} as const satisfies PgDefinition;

export const PG_DEFINITIONS = [PG_VOLWASSENEN, PG_JONGEREN, PG_KINDEREN] as const;
