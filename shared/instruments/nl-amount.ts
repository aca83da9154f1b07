// Amounts typed the Dutch way: "1.250,50", "1250", "1250,5", "€ 1.250", "1250,-". A dot groups
// thousands and a comma marks cents, so "12.50" is refused rather than silently read as 1250.

export type AmountProblem = 'empty' | 'format' | 'decimalPoint' | 'negative' | 'tooLarge' | 'cents';

export type AmountParse =
  | { readonly ok: true; readonly value: number }
  | { readonly ok: false; readonly problem: AmountProblem };

const GROUPED = /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;
const PLAIN = /^\d+(?:,\d+)?$/;

/** Parses a euro amount written in nl-NL notation; at most two decimals, at most `max`. */
export function parseNlAmount(text: string, max = 1_000_000): AmountParse {
  const compact = text
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/^€/, '')
    // ",-" (or ",–") after whole euros is the usual way to write "no cents" on a price or a letter.
    .replace(/^([^,]*\d),[-\u2013]$/, '$1');
  if (compact === '') {
    return { ok: false, problem: 'empty' };
  }
  if (/^[-\u2212]/.test(compact)) {
    return { ok: false, problem: 'negative' };
  }
  // "12.50" is most likely meant as 12,50: say so rather than just "wrong format".
  if (/^\d+\.\d{1,2}$/.test(compact)) {
    return { ok: false, problem: 'decimalPoint' };
  }
  if (!GROUPED.test(compact) && !PLAIN.test(compact)) {
    return { ok: false, problem: 'format' };
  }
  const [whole = '', cents = ''] = compact.replaceAll('.', '').split(',');
  if (cents.length > 2) {
    return { ok: false, problem: 'cents' };
  }
  // Parsing the decimal text directly gives the nearest double, the same as cents / 100.
  const value = Number(cents === '' ? whole : `${whole}.${cents}`);
  if (value > max) {
    return { ok: false, problem: 'tooLarge' };
  }
  return { ok: true, value };
}

export type CountParse =
  | { readonly ok: true; readonly value: number }
  | { readonly ok: false; readonly problem: 'empty' | 'format' | 'range' };

/** Parses a whole number of people between min and max. */
export function parseCount(text: string, min: number, max: number): CountParse {
  const compact = text.trim();
  if (compact === '') {
    return { ok: false, problem: 'empty' };
  }
  if (!/^\d+$/.test(compact)) {
    return { ok: false, problem: 'format' };
  }
  const value = Number(compact);
  return value < min || value > max ? { ok: false, problem: 'range' } : { ok: true, value };
}
