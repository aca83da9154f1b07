// Passphrase strength without a dictionary library: the passphrase is cut into words, digit runs
// and symbol runs; each part gets a rough guessing cost in bits, and patterns (repeats, sequences,
// keyboard rows, common words, dates) are charged as the few guesses they really are.

/** Why a passphrase is weak or could be stronger; each code has a Dutch text in nl-storage.ts. */
export type PassphraseFeedbackCode =
  | 'too-short'
  | 'few-words'
  | 'repeated-characters'
  | 'sequence'
  | 'common-password'
  | 'common-words'
  | 'keyboard-pattern'
  | 'only-digits'
  | 'date-like'
  | 'add-words'
  | 'good';

export interface PassphraseStrength {
  /** True when the passphrase may be used: at least 12 characters or four words, and no trap. */
  readonly acceptable: boolean;
  /** 0 (very weak) to 4 (strong), for the strength meter. */
  readonly score: 0 | 1 | 2 | 3 | 4;
  /** Rough guessing effort in bits after penalties. */
  readonly bits: number;
  readonly feedback: readonly PassphraseFeedbackCode[];
}

export const PASSPHRASE_MIN_LENGTH = 12;
export const PASSPHRASE_MIN_WORDS = 4;
/** Below this estimate a passphrase that meets the length rule is still refused. */
export const PASSPHRASE_MIN_BITS = 36;

// Passwords and words people pick first, Dutch and English; enough to catch the usual traps.
const COMMON = new Set([
  'wachtwoord',
  'password',
  'passwoord',
  'welkom',
  'welkom01',
  'geheim',
  'letmein',
  'admin',
  'qwerty',
  'azerty',
  'abc',
  'iloveyou',
  'ikhouvanjou',
  'liefde',
  'schat',
  'schatje',
  'lief',
  'voetbal',
  'football',
  'ajax',
  'feyenoord',
  'psv',
  'oranje',
  'holland',
  'nederland',
  'amsterdam',
  'rotterdam',
  'utrecht',
  'maassluis',
  'zomer',
  'winter',
  'lente',
  'herfst',
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
  'maandag',
  'dinsdag',
  'woensdag',
  'donderdag',
  'vrijdag',
  'zaterdag',
  'zondag',
  'summer',
  'monkey',
  'dragon',
  'master',
  'sunshine',
  'princess',
  'shadow',
  'secret',
  'keukentafel',
  'wijkteam',
  'gemeente',
  'binding',
  'vraagraak',
  'test',
  'hallo',
  'hello',
  'welcome',
  'computer',
  'laptop',
  'werk',
  'kantoor',
  'thuis',
  'familie',
  'gezin',
  'kind',
  'kinderen',
  'hond',
  'kat',
  'poes',
  'bloem',
  'zon',
  'maan',
  'ster',
  'de',
  'het',
  'een',
  'en',
  'van',
  'ik',
  'je',
  'jij',
  'wij',
  'we',
  'is',
  'op',
  'in',
  'te',
  'dat',
  'die',
  'niet',
  'aan',
  'met',
  'voor',
  'er',
  'maar',
  'om',
  'ook',
  'als',
  'dan',
  'nu',
  'ga',
  'the',
  'a',
  'an',
  'and',
  'of',
  'to',
  'my',
  'me',
  'you',
  'it',
  'love',
  'mijn',
]);

const KEYBOARD_ROWS = [
  '1234567890',
  'qwertyuiop',
  'asdfghjkl',
  'zxcvbnm',
  'azertyuiop',
  'qwertzuiop',
];

type Part =
  | { kind: 'word'; text: string }
  | { kind: 'digits'; text: string }
  | { kind: 'symbols'; text: string }
  | { kind: 'space'; text: string };

function split(passphrase: string): Part[] {
  const parts: Part[] = [];
  const pattern = /(\p{L}+)|(\p{N}+)|(\s+)|([^\p{L}\p{N}\s]+)/gu;
  for (const match of passphrase.matchAll(pattern)) {
    if (match[1] !== undefined) parts.push({ kind: 'word', text: match[1] });
    else if (match[2] !== undefined) parts.push({ kind: 'digits', text: match[2] });
    else if (match[3] !== undefined) parts.push({ kind: 'space', text: match[3] });
    else if (match[4] !== undefined) parts.push({ kind: 'symbols', text: match[4] });
  }
  return parts;
}

function isRepeat(text: string): boolean {
  const chars = Array.from(text);
  return chars.length >= 3 && chars.every((char) => char === chars[0]);
}

/** "abcd", "4321": each code point one step from the previous one. */
function isSequence(text: string): boolean {
  const codes = Array.from(text.toLowerCase()).map((char) => char.codePointAt(0) ?? 0);
  if (codes.length < 3) return false;
  const step = (codes[1] ?? 0) - (codes[0] ?? 0);
  if (step !== 1 && step !== -1) return false;
  return codes.every((code, index) => index === 0 || code - (codes[index - 1] ?? 0) === step);
}

function isKeyboardRun(text: string): boolean {
  const lower = text.toLowerCase();
  if (lower.length < 4) return false;
  return KEYBOARD_ROWS.some((row) => {
    const reversed = Array.from(row).reverse().join('');
    return row.includes(lower) || reversed.includes(lower);
  });
}

/** A whole repeated block, like "abcabcabc" or "hallohallo". */
function repeatedBlock(text: string): string | null {
  const chars = Array.from(text);
  for (let size = 1; size <= chars.length / 2; size++) {
    if (chars.length % size !== 0) continue;
    const block = chars.slice(0, size).join('');
    if (block.repeat(chars.length / size) === text) return block;
  }
  return null;
}

const YEAR = /^(19|20)\d\d$/;
const DATE_DIGITS = /^(0?[1-9]|[12]\d|3[01])(0?[1-9]|1[0-2])((19|20)?\d\d)$/;

function digitBits(text: string, flags: Set<PassphraseFeedbackCode>): number {
  if (isRepeat(text)) {
    flags.add('repeated-characters');
    return 3;
  }
  if (isSequence(text)) {
    flags.add('sequence');
    return 3;
  }
  if (YEAR.test(text)) {
    flags.add('date-like');
    return 7;
  }
  if (text.length >= 4 && text.length <= 8 && DATE_DIGITS.test(text)) {
    flags.add('date-like');
    return 15;
  }
  return runBits(text, Math.log2(10), flags);
}

/**
 * Bits of a string where runs of three or more steps of +1, -1 or 0 ("123", "cba", "777", also
 * "890" on the keyboard row) cost one guess of the first character plus two bits.
 */
function runBits(text: string, perChar: number, flags: Set<PassphraseFeedbackCode>): number {
  const codes = Array.from(text.toLowerCase()).map((char) => char.codePointAt(0) ?? 0);
  let bits = 0;
  let index = 0;
  while (index < codes.length) {
    let end = index + 1;
    const first = codes[index] ?? 0;
    const second = codes[index + 1];
    const step = second === undefined ? null : cheapStep(first, second);
    if (step !== null) {
      while (end < codes.length && cheapStep(codes[end - 1] ?? 0, codes[end] ?? 0) === step) end++;
    }
    const length = end - index;
    if (length >= 3) {
      flags.add(step === 0 ? 'repeated-characters' : 'sequence');
      bits += perChar + 2;
      index = end;
    } else {
      bits += perChar;
      index += 1;
    }
  }
  return bits;
}

const ZERO = 48;
const NINE = 57;

function cheapStep(previous: number, next: number): number | null {
  const diff = next - previous;
  if (diff === 0 || diff === 1 || diff === -1) return diff;
  // The number row runs 1234567890: "890" and "098" are runs as well.
  if (previous === NINE && next === ZERO) return 1;
  if (previous === ZERO && next === NINE) return -1;
  return null;
}

function wordBits(text: string, flags: Set<PassphraseFeedbackCode>): number {
  const lower = text.toLowerCase();
  if (isRepeat(lower)) {
    flags.add('repeated-characters');
    return 4;
  }
  if (isKeyboardRun(lower)) {
    flags.add('keyboard-pattern');
    return 4;
  }
  if (isSequence(lower)) {
    flags.add('sequence');
    return 4;
  }
  const block = repeatedBlock(lower);
  if (block !== null && block !== lower) {
    flags.add('repeated-characters');
    return wordBits(block, flags) + 2;
  }
  if (COMMON.has(lower)) {
    flags.add('common-words');
    return 6;
  }
  const length = Array.from(lower).length;
  const runs = runBits(lower, Math.log2(26), new Set());
  if (runs < length * Math.log2(26) - 4) {
    flags.add('sequence');
    return Math.min(runs, 5 + length * 2.5);
  }
  // Letters in real words carry far less than log2(26) bits each; ~2.5 plus the word choice.
  const plain = Math.min(length * Math.log2(26), 5 + length * 2.5);
  const capitals = text !== lower && text.slice(1) !== lower.slice(1) ? 2 : text !== lower ? 1 : 0;
  return plain + capitals;
}

function scoreOf(bits: number): PassphraseStrength['score'] {
  if (bits < 28) return 0;
  if (bits < PASSPHRASE_MIN_BITS) return 1;
  if (bits < 50) return 2;
  if (bits < 64) return 3;
  return 4;
}

/** Counts the words a professional would count: runs of at least two letters. */
export function countWords(passphrase: string): number {
  return split(passphrase.normalize('NFC')).filter(
    (part) => part.kind === 'word' && Array.from(part.text).length >= 2,
  ).length;
}

/**
 * Strength of a passphrase with feedback codes. Pure and fast enough to run on every keystroke.
 * Acceptable: at least 12 characters or four words, not a known password, and an estimate of at
 * least PASSPHRASE_MIN_BITS after penalties.
 */
export function assessPassphrase(passphrase: string): PassphraseStrength {
  const text = passphrase.normalize('NFC');
  const length = Array.from(text).length;
  const flags = new Set<PassphraseFeedbackCode>();
  const whole = text.toLowerCase().replace(/\s+/g, '');
  const commonWhole = COMMON.has(whole) || COMMON.has(whole.replace(/[\d\W_]+$/u, ''));

  let bits = 0;
  const seen = new Map<string, number>();
  const parts = split(text);
  for (const part of parts) {
    if (part.kind === 'space') continue;
    const key = `${part.kind}:${part.text.toLowerCase()}`;
    const repeats = seen.get(key) ?? 0;
    seen.set(key, repeats + 1);
    if (repeats > 0) {
      // The same part again costs an attacker one extra guess, not a whole new part.
      if (part.kind !== 'symbols') flags.add('repeated-characters');
      bits += 1;
      continue;
    }
    if (part.kind === 'word') bits += wordBits(part.text, flags);
    else if (part.kind === 'digits') bits += digitBits(part.text, flags);
    else bits += isRepeat(part.text) ? 3 : Math.min(Array.from(part.text).length * 5, 12);
  }
  const visible = parts.filter((part) => part.kind !== 'space');
  if (visible.length > 0 && visible.every((part) => part.kind === 'digits'))
    flags.add('only-digits');
  if (isKeyboardRun(whole)) flags.add('keyboard-pattern');
  if (commonWhole) {
    flags.add('common-password');
    bits = Math.min(bits, 10);
  }
  bits = Math.round(bits * 10) / 10;

  const words = countWords(text);
  const longEnough = length >= PASSPHRASE_MIN_LENGTH || words >= PASSPHRASE_MIN_WORDS;
  const acceptable = longEnough && !commonWhole && bits >= PASSPHRASE_MIN_BITS;

  const feedback: PassphraseFeedbackCode[] = [];
  if (!longEnough) feedback.push('too-short');
  if (!longEnough && words > 0 && words < PASSPHRASE_MIN_WORDS) feedback.push('few-words');
  const order: PassphraseFeedbackCode[] = [
    'common-password',
    'common-words',
    'repeated-characters',
    'sequence',
    'keyboard-pattern',
    'only-digits',
    'date-like',
  ];
  for (const code of order) if (flags.has(code)) feedback.push(code);
  const score = acceptable ? scoreOf(bits) : (Math.min(scoreOf(bits), 1) as 0 | 1);
  if (acceptable && score < 3) feedback.push('add-words');
  if (!acceptable && longEnough && feedback.length === 0) feedback.push('add-words');
  if (acceptable && score >= 3 && feedback.length === 0) feedback.push('good');
  return { acceptable, score, bits, feedback };
}
