import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nl } from '../../../shared/messages/nl';
import {
  assessPassphrase,
  countWords,
  PASSPHRASE_MIN_LENGTH,
  type PassphraseFeedbackCode,
} from '../../../shared/security/passphrase-strength';

describe('assessPassphrase', () => {
  it.each([
    ['correct horse battery staple', true],
    ['fiets boom regen lamp', true],
    ['Zonnebloem-Tafel-7', true],
    ['Gr8!xQ#z9wLp', true],
    ['mijn kat heet Poekie 2019', true],
    ['Çelik-Ünal-zee-bos', true],
    ['wachtwoord12', false],
    ['Wachtwoord2024!', false],
    ['aaaaaaaaaaaa', false],
    ['abcdefghijkl', false],
    ['123456789012', false],
    ['qwertyuiop12', false],
    ['hallohallohallo', false],
    ['ik ga nu op', false],
    ['kort', false],
    ['', false],
  ])('%j acceptable: %s', (passphrase, acceptable) => {
    expect(assessPassphrase(passphrase).acceptable).toBe(acceptable);
  });

  it.each<[string, PassphraseFeedbackCode]>([
    ['kort', 'too-short'],
    ['een twee', 'few-words'],
    ['wachtwoord12', 'common-password'],
    ['aaaaaaaaaaaa', 'repeated-characters'],
    ['abcdefghijkl', 'sequence'],
    ['123456789012', 'sequence'],
    ['qwertyuiop12', 'keyboard-pattern'],
    ['20240501 19800312', 'only-digits'],
    ['boom 12031980 regen', 'date-like'],
    ['de kat zit op de mat', 'common-words'],
    ['correct horse battery staple', 'good'],
  ])('%j gives feedback %s', (passphrase, code) => {
    expect(assessPassphrase(passphrase).feedback).toContain(code);
  });

  it('accepts four words even when shorter than twelve characters, if they are not trivial', () => {
    const short = 'ui eb ra ot';
    expect(Array.from(short).length).toBeLessThan(PASSPHRASE_MIN_LENGTH);
    expect(countWords(short)).toBe(4);
    expect(assessPassphrase(short).acceptable).toBe(true);
    expect(assessPassphrase(short).feedback).not.toContain('too-short');
    expect(assessPassphrase('ik ga nu op').acceptable).toBe(false);
    expect(assessPassphrase('ui eb ra').feedback).toEqual(
      expect.arrayContaining(['too-short', 'few-words']),
    );
  });

  it('scores 0-4, higher for longer random passphrases, and uses NFC', () => {
    expect(assessPassphrase('Zoë').bits).toBe(assessPassphrase('Zoe\u0308').bits);
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (text) => {
        const result = assessPassphrase(text);
        expect(result.score).toBeGreaterThanOrEqual(0);
        expect(result.score).toBeLessThanOrEqual(4);
        expect(result.feedback.length).toBeGreaterThan(0);
        if (result.acceptable) {
          expect(
            Array.from(text.normalize('NFC')).length >= PASSPHRASE_MIN_LENGTH ||
              countWords(text) >= 4,
          ).toBe(true);
        } else {
          expect(result.score).toBeLessThanOrEqual(1);
        }
      }),
    );
  });

  it('has a Dutch text for every feedback code', () => {
    const codes: PassphraseFeedbackCode[] = [
      'too-short',
      'few-words',
      'repeated-characters',
      'sequence',
      'common-password',
      'common-words',
      'keyboard-pattern',
      'only-digits',
      'date-like',
      'add-words',
      'good',
    ];
    for (const code of codes) expect(`passphrase.feedback.${code}` in nl).toBe(true);
  });
});
