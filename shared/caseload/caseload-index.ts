import type { PersonRole } from '../schemas/person';

/** One member of a household as the caseload shows it. Lives in memory only, never persisted. */
export interface CaseloadPerson {
  readonly personId: string;
  readonly displayName: string;
  readonly role: PersonRole;
  readonly birthDate?: string | undefined;
}

/** One household in the in-memory caseload index: what the list and the search need. */
export interface CaseloadEntry {
  readonly householdId: string;
  readonly label: string;
  readonly address?: string | undefined;
  readonly persons: readonly CaseloadPerson[];
  readonly updatedAt: string;
  /** The fictional training household ("Oefendossier"). */
  readonly practice?: true | undefined;
  /** Day (YYYY-MM-DD) of the household's latest non-deleted conversation; absent when none. */
  readonly lastConversation?: string | undefined;
  /** Evaluation days (YYYY-MM-DD) of the household's plan; absent when it has no plan. */
  readonly evaluationDates?: readonly string[] | undefined;
  /** Day of the household's latest evaluation conversation; absent when none. */
  readonly lastEvaluation?: string | undefined;
}

/** Which part of an entry matched the query, so the list can say why a household is shown. */
export type CaseloadMatchField = 'label' | 'name' | 'birthDate' | 'address';

export interface CaseloadHit {
  readonly entry: CaseloadEntry;
  /** Higher is better; hits come sorted by score, then by label. */
  readonly score: number;
  readonly matchedFields: readonly CaseloadMatchField[];
  /** The person whose name or birth date matched, when one did. */
  readonly personId?: string | undefined;
}

export interface CaseloadSearchOptions {
  /** At most this many hits (default 50). */
  readonly limit?: number | undefined;
}

// Letters that NFD does not split into a base letter and a mark.
const SPECIAL_LETTERS: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ĳ: 'ij',
};
const SPECIAL_PATTERN = new RegExp(`[${Object.keys(SPECIAL_LETTERS).join('')}]`, 'g');

/** Lower case, no diacritics, words separated by one space: "Çelik-Ünal" -> "celik unal". */
export function normalizeSearchText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(SPECIAL_PATTERN, (char) => SPECIAL_LETTERS[char] ?? char)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const pad2 = (value: string) => value.padStart(2, '0');

/** Birth date `YYYY-MM-DD` as searchable digits: "19800312 12031980" (year first and day first). */
function dateDigits(isoDate: string): string {
  const [year = '', month = '', day = ''] = isoDate.split('-');
  return `${year}${month}${day} ${day}${month}${year}`;
}

const FULL_DAY_FIRST = /(?<!\d)(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?!\d)/g;
const FULL_YEAR_FIRST = /(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/g;
const DAY_MONTH = /(?<!\d)(\d{1,2})[-/.](\d{1,2})(?![\d])/g;

/** Turns dates in a query into the digit forms of `dateDigits`, so 12-3-1980 finds 1980-03-12. */
function normalizeDates(query: string): string {
  return query
    .replace(FULL_YEAR_FIRST, (_m, y: string, m: string, d: string) => `${y}${pad2(m)}${pad2(d)}`)
    .replace(FULL_DAY_FIRST, (_m, d: string, m: string, y: string) => `${pad2(d)}${pad2(m)}${y}`)
    .replace(DAY_MONTH, (match: string, d: string, m: string, offset: number, whole: string) =>
      // "12-0" or "12-1" at the end is a month still being typed: keep it a prefix.
      m.length === 1 && (m === '0' || m === '1') && offset + match.length === whole.length
        ? `${pad2(d)}${m}`
        : `${pad2(d)}${pad2(m)}`,
    );
}

/** Query and text go through the same steps, so "12-3" in an address matches "12-3" typed. */
function searchForm(text: string): string {
  return normalizeSearchText(normalizeDates(text));
}

interface PreparedPerson {
  readonly person: CaseloadPerson;
  readonly name: string;
  readonly dates: string;
}

interface PreparedEntry {
  readonly entry: CaseloadEntry;
  readonly label: string;
  readonly address: string;
  readonly persons: readonly PreparedPerson[];
}

/** The search structure: normalised once, searched per keystroke. Memory only. */
export interface CaseloadSearchIndex {
  readonly entries: readonly CaseloadEntry[];
  readonly prepared: readonly PreparedEntry[];
}

function prepare(entry: CaseloadEntry): PreparedEntry {
  return {
    entry,
    label: ` ${searchForm(entry.label)}`,
    address: entry.address === undefined ? '' : ` ${searchForm(entry.address)}`,
    persons: entry.persons.map((person) => ({
      person,
      name: ` ${searchForm(person.displayName)}`,
      dates: person.birthDate === undefined ? '' : ` ${dateDigits(person.birthDate)}`,
    })),
  };
}

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

export function compareEntries(a: CaseloadEntry, b: CaseloadEntry): number {
  if (a.householdId === b.householdId) return 0;
  return collator.compare(a.label, b.label) || (a.householdId < b.householdId ? -1 : 1);
}

export function buildCaseloadIndex(entries: readonly CaseloadEntry[]): CaseloadSearchIndex {
  const sorted = [...entries].sort(compareEntries);
  return { entries: sorted, prepared: sorted.map(prepare) };
}

/** 3 at the start of a word, 1 inside one, 0 when absent. Fields start with a space. */
function matchScore(field: string, token: string): number {
  if (field.length === 0) return 0;
  if (field.includes(` ${token}`)) return 3;
  return field.includes(token) ? 1 : 0;
}

const DEFAULT_LIMIT = 50;
const FIELD_ORDER: readonly CaseloadMatchField[] = ['label', 'address', 'name', 'birthDate'];
const LABEL = 1;
const ADDRESS = 2;
const NAME = 4;
const BIRTH_DATE = 8;

/** Dates only match from the start of a form, so "12-03" cannot hit a 1950-12-03 birthday. */
function dateScore(dates: string, token: string): number {
  return dates.length > 0 && dates.includes(` ${token}`) ? 3 : 0;
}

function tokenScore(prepared: PreparedEntry, token: string): { score: number; fields: number } {
  let best = 0;
  let fields = 0;
  const label = matchScore(prepared.label, token);
  if (label > 0) fields |= LABEL;
  best = Math.max(best, label);
  const address = matchScore(prepared.address, token);
  if (address > 0) fields |= ADDRESS;
  best = Math.max(best, address);
  for (const person of prepared.persons) {
    const name = matchScore(person.name, token);
    const date = dateScore(person.dates, token);
    if (name > 0) fields |= NAME;
    if (date > 0) fields |= BIRTH_DATE;
    best = Math.max(best, name, date);
  }
  return { score: best, fields };
}

/** The member whose name or birth date matched the most words, if any did. */
function bestPerson(prepared: PreparedEntry, tokens: readonly string[]): string | undefined {
  let personId: string | undefined;
  let bestScore = 0;
  for (const person of prepared.persons) {
    let total = 0;
    for (const token of tokens) {
      total += Math.max(matchScore(person.name, token), dateScore(person.dates, token));
    }
    if (total > bestScore) {
      bestScore = total;
      personId = person.person.personId;
    }
  }
  return personId;
}

/**
 * Every query word must match the household's label or address, or a member's name or birth date.
 * Word starts weigh more than matches inside a word. An empty query gives no hits.
 */
export function searchCaseload(
  index: CaseloadSearchIndex,
  query: string,
  options: CaseloadSearchOptions = {},
): CaseloadHit[] {
  const tokens = searchForm(query)
    .split(' ')
    .filter((token) => token.length > 0);
  if (tokens.length === 0) return [];
  const limit = options.limit ?? DEFAULT_LIMIT;
  const hits: CaseloadHit[] = [];
  for (const prepared of index.prepared) {
    // First pass allocates nothing: most entries fail on the first word.
    let score = 0;
    let fields = 0;
    for (const token of tokens) {
      const best = tokenScore(prepared, token);
      if (best.score === 0) {
        score = -1;
        break;
      }
      score += best.score;
      fields |= best.fields;
    }
    if (score < 0) continue;
    const personId = bestPerson(prepared, tokens);
    hits.push({
      entry: prepared.entry,
      score,
      matchedFields: FIELD_ORDER.filter((_field, bit) => (fields & (1 << bit)) !== 0),
      ...(personId === undefined ? {} : { personId }),
    });
  }
  // Entries are already sorted by label; a stable sort keeps that order within a score.
  hits.sort((a, b) => b.score - a.score);
  return hits.slice(0, limit);
}

/**
 * When the professional last worked on a household: the record's last change, or the day of its
 * latest conversation (finishing an intake writes conversations and assessments, not the
 * household), whichever is later. A conversation day counts as the whole day.
 */
export function lastActivity(entry: CaseloadEntry): string {
  const conversation =
    entry.lastConversation === undefined ? '' : `${entry.lastConversation}T23:59:59.999Z`;
  return conversation > entry.updatedAt ? conversation : entry.updatedAt;
}

/** The `limit` households worked on most recently, newest first. */
export function recentEntries(entries: readonly CaseloadEntry[], limit: number): CaseloadEntry[] {
  return [...entries]
    .sort((a, b) => lastActivity(b).localeCompare(lastActivity(a)))
    .slice(0, limit);
}
