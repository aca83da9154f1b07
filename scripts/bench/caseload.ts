// Synthetic caseload for the benchmark: realistic Dutch (and Dutch-Turkish, -Moroccan,
// -Surinamese, -Polish, ...) names with diacritics, addresses, birth dates and assessments.
// Deterministic for a seed, pure TypeScript (no Node), so the bench page can import it too.

import type { Assessment } from '../../shared/schemas/assessment';
import type { Household } from '../../shared/schemas/household';
import type { Person } from '../../shared/schemas/person';

export interface CaseloadSize {
  readonly households: number;
  readonly persons: number;
  readonly assessments: number;
  readonly plans: number;
}

export const FULL_CASELOAD: CaseloadSize = {
  households: 5_000,
  persons: 12_000,
  assessments: 60_000,
  plans: 5_000,
};

/** A plan until its schema exists: stored through the generic sealed repository. */
export interface PlanRecord {
  readonly id: string;
  readonly householdId: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly rev: number;
  readonly data: {
    readonly goals: readonly { readonly text: string; readonly owner: string }[];
    readonly regisseur: string;
  };
}

export interface Caseload {
  readonly households: Household[];
  readonly persons: Person[];
  readonly assessments: Assessment[];
  readonly plans: PlanRecord[];
}

const SURNAMES = [
  'de Vries',
  'Jansen',
  'de Jong',
  'Bakker',
  'van Dijk',
  'Visser',
  'Smit',
  'Meijer',
  'de Boer',
  'Mulder',
  'de Groot',
  'Bos',
  'Vos',
  'Peters',
  'Hendriks',
  'van Leeuwen',
  'Dekker',
  'Brouwer',
  'de Wit',
  'Dijkstra',
  'Çelik',
  'Yılmaz',
  'Öztürk',
  'Şahin',
  'Kaya',
  'Demir',
  'Ünal',
  'Aydın',
  'Bakkal',
  'El Amrani',
  'Benali',
  'Bouzid',
  'El Idrissi',
  'Ait Taleb',
  'Mbeki',
  'Mensah',
  'Asante',
  'Kromodimedjo',
  'Sewdien',
  'Ramdin',
  'Kowalski',
  'Wiśniewska',
  'Nowak',
  'Lewandowski',
  'Nguyễn',
  'Trần',
  'Pérez',
  'Müller',
  'Schröder',
  'Jansen-Zoë',
  'van der Meer',
  'ter Horst',
  "in 't Veld",
  "d'Hondt",
  'Løvström',
  'Ñúñez',
  'Ćorić',
  'Doğan',
  'Güneş',
  'Ërmeç',
];

const GIVEN = [
  'Fatma',
  'Mohammed',
  'Emma',
  'Noah',
  'Zoë',
  'Liam',
  'Julia',
  'Daan',
  'Sophie',
  'Lucas',
  'Eline',
  'Sem',
  'Anaïs',
  'Jesse',
  'Chloë',
  'Thijs',
  'Noëlle',
  'Bram',
  'Ayşe',
  'Mehmet',
  'Yasmina',
  'Karim',
  'Naïma',
  'Youssef',
  'Hülya',
  'Gökhan',
  'Kwame',
  'Abena',
  'Priya',
  'Rajesh',
  'Agnieszka',
  'Paweł',
  'Thảo',
  'Minh',
  'José',
  'Inês',
  'Jürgen',
  'Björn',
  'Renée',
  'Désirée',
  'Maël',
  'Zoë-Lynn',
  'Ilse',
  'Gerrit',
  'Henk',
  'Ria',
  'Wilma',
  'Ömer',
  'Şükrü',
];

const STREETS = [
  'Kerkstraat',
  'Dorpsstraat',
  'Molenweg',
  'Schoolstraat',
  'Julianastraat',
  'Beatrixlaan',
  'Noordvliet',
  'Zuidvliet',
  'Wilhelminakade',
  'Prins Hendrikstraat',
  'Hoogstraat',
  'Marktveld',
  'Lindenlaan',
  'Eikenhof',
  'Berkenrode',
  'Singel',
  'Havenkade',
  'Dijkweg',
  'Kortestraat',
  'Boerhaavelaan',
  'Van Heemstraweg',
  'Scheepmakershaven',
  'Rozenlaan',
];

const PLACES = ['Maassluis', 'Wijk bij Duurstede', 'Cothen', 'Langbroek', 'Vlaardingen'];

const PG_DIMENSIONS = [
  'lichaamsfuncties',
  'mentaal-welbevinden',
  'zingeving',
  'kwaliteit-van-leven',
  'meedoen',
  'dagelijks-functioneren',
];

const GOALS = [
  'Elke week samen boodschappen doen en een weekmenu maken.',
  'Schulden op een rij zetten met de budgetcoach; afspraak bij de Kredietbank.',
  'Zoë gaat naar de huiswerkklas op dinsdag en donderdag.',
  'Mantelzorg voor opa verdelen: één vaste middag per week vrij.',
  'Contact met de wijkverpleging over wondzorg en medicatie.',
  'Naar het buurthuis voor de taalcafé-ochtend (Nederlands oefenen).',
];

/** Mulberry32: small, fast, and the same sequence everywhere for a seed. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: () => number, list: readonly T[]): T {
  const value = list[Math.floor(random() * list.length)];
  if (value === undefined) throw new Error('empty list');
  return value;
}

/** A UUID v4 from the seeded generator, so a seed always gives the same ids. */
function seededUuid(random: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
  hex[12] = '4';
  hex[16] = ((parseInt(hex[16] ?? '0', 16) & 3) | 8).toString(16);
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

function isoDate(random: () => number, fromYear: number, toYear: number): string {
  const year = fromYear + Math.floor(random() * (toYear - fromYear + 1));
  const month = 1 + Math.floor(random() * 12);
  const day = 1 + Math.floor(random() * 28);
  return `${String(year)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function timestamp(random: () => number): string {
  const base = Date.UTC(2023, 0, 1);
  const offset = Math.floor(random() * 500 * 24 * 3600 * 1000);
  return new Date(base + offset).toISOString();
}

function spread(total: number, buckets: number, random: () => number): number[] {
  // Everyone gets at least one, the rest lands at random: some large families, many singles.
  const counts = Array.from({ length: buckets }, () => 1);
  for (let i = buckets; i < total; i++) {
    const index = Math.floor(random() * buckets);
    counts[index] = (counts[index] ?? 0) + 1;
  }
  return counts;
}

export function generateCaseload(size: CaseloadSize = FULL_CASELOAD, seed = 20240501): Caseload {
  const random = createRandom(seed);
  const households: Household[] = [];
  const persons: Person[] = [];
  const assessments: Assessment[] = [];
  const plans: PlanRecord[] = [];
  const memberCounts = spread(size.persons, size.households, random);
  for (let h = 0; h < size.households; h++) {
    const surname = pick(random, SURNAMES);
    const at = timestamp(random);
    const household: Household = {
      id: seededUuid(random),
      createdAt: at,
      updatedAt: at,
      rev: 1,
      label: `Gezin ${surname.charAt(0).toUpperCase()}${surname.slice(1)}`,
      address: `${pick(random, STREETS)} ${String(1 + Math.floor(random() * 180))}, ${pick(random, PLACES)}`,
    };
    households.push(household);
    const members = memberCounts[h] ?? 1;
    for (let m = 0; m < members; m++) {
      const child = m >= 2;
      persons.push({
        id: seededUuid(random),
        createdAt: at,
        updatedAt: at,
        rev: 1,
        householdId: household.id,
        role: child ? (random() < 0.5 ? 'kind' : 'jongere') : 'volwassene',
        displayName: `${pick(random, GIVEN)} ${surname}`,
        birthDate: child ? isoDate(random, 2006, 2020) : isoDate(random, 1940, 2002),
      });
    }
  }
  for (let a = 0; a < size.assessments; a++) {
    const person = persons[Math.floor(random() * persons.length)];
    if (!person) break;
    const at = timestamp(random);
    const scores: Record<string, number> = {};
    for (const dimension of PG_DIMENSIONS) scores[dimension] = Math.round(random() * 100) / 10;
    assessments.push({
      id: seededUuid(random),
      createdAt: at,
      updatedAt: at,
      rev: 1,
      householdId: person.householdId,
      personId: person.id,
      instrumentId: 'positieve-gezondheid',
      instrumentVersion: '1.0.0',
      takenAt: at.slice(0, 10),
      status: random() < 0.9 ? 'final' : 'draft',
      answers: {
        kind: 'positieve-gezondheid',
        scores,
        focus: [pick(random, PG_DIMENSIONS)],
      },
    });
  }
  for (let p = 0; p < size.plans; p++) {
    const household = households[p % households.length];
    if (!household) break;
    const at = timestamp(random);
    plans.push({
      id: seededUuid(random),
      householdId: household.id,
      createdAt: at,
      updatedAt: at,
      rev: 1,
      data: {
        regisseur: 'wijkteam',
        goals: [
          { text: pick(random, GOALS), owner: 'gezin' },
          { text: pick(random, GOALS), owner: 'wijkteam' },
        ],
      },
    });
  }
  return { households, persons, assessments, plans };
}
