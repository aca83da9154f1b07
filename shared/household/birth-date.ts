// Birth dates as the professional types them (dd-mm-jjjj) and as records store them (ISO).

export type DateEntryProblem = 'format' | 'impossible' | 'future' | 'too-old';

export type DateEntryResult =
  | { readonly ok: true; readonly iso: string }
  | { readonly ok: false; readonly problem: DateEntryProblem };

/** Birth dates before this year are taken for a typing error. */
export const EARLIEST_BIRTH_YEAR = 1900;

const DAY_FIRST = /^(\d{1,2})\s*[-/.\s]\s*(\d{1,2})\s*[-/.\s]\s*(\d{4})$/;
const YEAR_FIRST = /^(\d{4})-(\d{2})-(\d{2})$/;
const COMPACT = /^(\d{2})(\d{2})(\d{4})$/;

const pad = (value: number, length = 2) => String(value).padStart(length, '0');

/** The local calendar day of `now` as `YYYY-MM-DD`. */
export function localIsoDay(now: Date): string {
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function parts(text: string): [number, number, number] | null {
  const dayFirst = DAY_FIRST.exec(text) ?? COMPACT.exec(text);
  if (dayFirst) return [Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1])];
  const yearFirst = YEAR_FIRST.exec(text);
  if (yearFirst) return [Number(yearFirst[1]), Number(yearFirst[2]), Number(yearFirst[3])];
  return null;
}

/**
 * Reads a birth date typed as 12-03-1980 (also 12-3-1980, 12/03/1980, 12.03.1980, 12031980 or a
 * pasted 1980-03-12). A date that does not exist, lies after `now` or before 1900 is refused.
 */
export function parseBirthDate(text: string, now: Date): DateEntryResult {
  const found = parts(text.trim());
  if (!found) return { ok: false, problem: 'format' };
  const [year, month, day] = found;
  const check = new Date(Date.UTC(year, month - 1, day));
  if (
    month < 1 ||
    month > 12 ||
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day
  ) {
    return { ok: false, problem: 'impossible' };
  }
  const iso = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  if (iso > localIsoDay(now)) return { ok: false, problem: 'future' };
  if (year < EARLIEST_BIRTH_YEAR) return { ok: false, problem: 'too-old' };
  return { ok: true, iso };
}

/** `1980-03-12` -> `12-03-1980`, the way the form shows a stored date. */
export function isoToDayFirst(iso: string): string {
  const [year = '', month = '', day = ''] = iso.split('-');
  return `${day}-${month}-${year}`;
}
