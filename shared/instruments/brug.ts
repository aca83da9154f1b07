import type { BrugDefinition, IncomeThresholds } from './definition-schema';

// Criteria from the Brug naar Zelfredzaamheid table in MAG Wijk bij Duurstede, bijlage 4.
// The "ik"-sentences are our own B1 words capturing those criteria; a team with a licence can
// import the official texts (brug-texts.ts). Every resident must find one statement that fits
// (tenants and owners, a vmbo diploma, no one to care for); docs/instruments.md says why.

export const BRUG = {
  id: 'brug-naar-zelfredzaamheid',
  version: '1.0.0',
  kind: 'brug-naar-zelfredzaamheid',
  title: 'Brug naar Zelfredzaamheid',
  description:
    'Acht onderwerpen, elk met vier niveaus. Niveau 1 betekent: dit regel je zelf goed. Niveau 4 betekent: hier zijn nu grote zorgen. Kies per onderwerp de zin die het best bij je past.',
  source:
    'Brug naar Zelfredzaamheid, de Nederlandse versie van de Bridge to Self-Sufficiency van EMPath; tabel en inkomensgrenzen uit MAG Wijk bij Duurstede 2023-2027, bijlage 4.',
  licence:
    'Brug naar Zelfredzaamheid is een beschermde naam. De criteria komen uit de bron. De zinnen zijn onze eigen woorden. Een team met een licentie kan de officiële teksten laden.',
  pillars: [
    { id: 'thuis', label: 'Thuis' },
    { id: 'welzijn', label: 'Welzijn' },
    { id: 'geldzaken', label: 'Geldzaken' },
    { id: 'opleiding', label: 'Opleiding' },
    { id: 'werk', label: 'Werk' },
  ],
  dimensions: [
    {
      id: 'wonen',
      label: 'Wonen',
      pillarId: 'thuis',
      levels: [
        {
          level: 1,
          statement:
            'Ik heb een vaste woonplek (huur of koop). De woonlasten zijn minder dan een derde (1/3) van het inkomen van mijn huishouden.',
        },
        {
          level: 2,
          statement:
            'Ik heb een vaste woonplek (huur of koop). De woonlasten zijn een derde (1/3) of meer van het inkomen van mijn huishouden, maar minder dan twee derde (2/3).',
        },
        {
          level: 3,
          statement:
            'Ik heb een vaste woonplek (huur of koop). De woonlasten zijn twee derde (2/3) of meer van het inkomen van mijn huishouden.',
        },
        {
          level: 4,
          statement:
            'Ik heb geen vaste woonplek. Ik woon tijdelijk in een opvang, bij vrienden of bij familie.',
        },
      ],
    },
    {
      id: 'zorg-voor-anderen',
      label: 'Zorg voor anderen',
      pillarId: 'thuis',
      levels: [
        {
          level: 1,
          statement:
            'De zorg voor anderen is geen probleem, of ik zorg niet voor anderen. Ik heb veel tijd en energie over voor werk, school en gezin.',
        },
        {
          level: 2,
          statement:
            'De zorg voor anderen is soms een probleem voor mij. Ik heb genoeg tijd en energie over voor werk, school en gezin.',
        },
        {
          level: 3,
          statement:
            'De zorg voor anderen is een groot probleem voor mij. Ik heb nog maar een beetje tijd en energie over voor werk, school en gezin.',
        },
        {
          level: 4,
          statement:
            'De zorg voor anderen is een groot probleem voor mij. Ik heb niet genoeg tijd en energie over voor werk, school en gezin.',
        },
      ],
    },
    {
      id: 'gezondheid',
      label: 'Gezondheid',
      pillarId: 'welzijn',
      levels: [
        {
          level: 1,
          statement:
            'Ik heb geen klachten aan mijn lichaam of in mijn hoofd. Ik heb veel tijd en energie over voor werk, school en gezin.',
        },
        {
          level: 2,
          statement:
            'Ik heb weinig klachten aan mijn lichaam of in mijn hoofd. Ik heb genoeg tijd en energie over voor werk, school en gezin.',
        },
        {
          level: 3,
          statement:
            'Ik heb klachten aan mijn lichaam of in mijn hoofd. Ik heb nog maar een beetje tijd en energie over voor werk, school en gezin.',
        },
        {
          level: 4,
          statement:
            'Ik heb altijd klachten aan mijn lichaam of in mijn hoofd. Ik heb geen tijd en energie over voor werk, school en gezin.',
        },
      ],
    },
    {
      id: 'sociale-contacten',
      label: 'Sociale contacten',
      pillarId: 'welzijn',
      levels: [
        {
          level: 1,
          statement:
            'Als ik hulp nodig heb, is er altijd iemand die mij helpt. Ik help zelf ook vaak anderen.',
        },
        {
          level: 2,
          statement:
            'Als ik hulp nodig heb, is er meestal iemand die mij helpt. Ik help zelf ook regelmatig anderen.',
        },
        {
          level: 3,
          statement:
            'Als ik hulp nodig heb, is er soms iemand die mij helpt. Ik help zelf soms anderen.',
        },
        {
          level: 4,
          statement:
            'Als ik hulp nodig heb, is er niemand die mij helpt. Ik help zelf bijna nooit anderen.',
        },
      ],
    },
    {
      id: 'schulden',
      label: 'Schulden',
      pillarId: 'geldzaken',
      levels: [
        {
          level: 1,
          statement: 'Ik heb geen schulden, of alleen een hypotheek of studieschuld.',
        },
        {
          level: 2,
          statement:
            'Ik heb schulden. Voor al mijn schulden heb ik een afspraak over het betalen. Ik maak geen nieuwe schulden.',
        },
        {
          level: 3,
          statement:
            'Ik heb schulden die ik nu niet afbetaal. Ik weet wel welke schulden ik heb en hoeveel geld er binnenkomt en uitgaat.',
        },
        {
          level: 4,
          statement:
            'Ik heb schulden. Ik weet niet goed welke schulden ik heb en hoeveel geld er binnenkomt en uitgaat.',
        },
      ],
    },
    {
      id: 'spaargeld',
      label: 'Spaargeld',
      pillarId: 'geldzaken',
      levels: [
        {
          level: 1,
          statement:
            'Ik heb spaargeld. Daarmee kan ik 3 maanden of langer mijn vaste lasten en boodschappen betalen.',
        },
        {
          level: 2,
          statement:
            'Ik heb spaargeld. Daarmee kan ik 2 tot 3 maanden mijn vaste lasten en boodschappen betalen.',
        },
        {
          level: 3,
          statement:
            'Ik heb een beetje spaargeld. Daarmee kan ik minder dan 1 maand mijn vaste lasten en boodschappen betalen.',
        },
        { level: 4, statement: 'Ik heb geen spaargeld.' },
      ],
    },
    {
      id: 'diploma',
      label: 'Diploma',
      pillarId: 'opleiding',
      levels: [
        { level: 1, statement: 'Mijn hoogste diploma is van het hbo of de universiteit.' },
        {
          level: 2,
          statement: 'Mijn hoogste diploma is van de havo, het vwo of het mbo niveau 2, 3 of 4.',
        },
        {
          level: 3,
          statement:
            'Mijn hoogste diploma is van het vmbo of het mbo niveau 1. Of ik heb alleen certificaten van cursussen of trainingen.',
        },
        { level: 4, statement: 'Ik heb geen diploma en geen certificaat.' },
      ],
    },
    {
      id: 'inkomen',
      label: 'Inkomen',
      pillarId: 'werk',
      levels: [
        {
          level: 1,
          statement: 'Mijn huishouden heeft per maand meer dan {grensA} euro netto inkomen.',
        },
        {
          level: 2,
          statement:
            'Mijn huishouden heeft per maand meer dan {grensB} euro netto inkomen, maar niet meer dan {grensA} euro.',
        },
        {
          level: 3,
          statement:
            'Mijn huishouden heeft per maand wel inkomen, maar niet meer dan {grensB} euro netto.',
        },
        { level: 4, statement: 'Mijn huishouden heeft geen inkomen.' },
      ],
    },
  ],
} as const satisfies BrugDefinition;

/**
 * The thresholds printed in the source (2019). Sizes above 4 add the 3 -> 4 step per extra
 * person (A +355, B +135): the smallest step in the table, so larger households are not
 * placed higher than the table supports.
 */
export const BRUG_INCOME_THRESHOLDS_2019 = {
  year: 2019,
  source: 'MAG Wijk bij Duurstede 2023-2027, bijlage 4 (Brug naar Zelfredzaamheid, november 2019).',
  bySize: [
    { size: 1, a: 1305, b: 490 },
    { size: 2, a: 2320, b: 890 },
    { size: 3, a: 2920, b: 1095 },
    { size: 4, a: 3275, b: 1230 },
  ],
  extraPerson: { a: 355, b: 135 },
} as const satisfies IncomeThresholds;

/** Thresholds older than this many years (counted in calendar years) raise a warning. */
export const INCOME_THRESHOLDS_MAX_AGE_YEARS = 2;
