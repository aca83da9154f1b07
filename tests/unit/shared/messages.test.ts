import { describe, expect, it } from 'vitest';
import { fillPlaceholders, formatMessage, nl } from '../../../shared/messages/nl';

describe('message catalogue', () => {
  it('has a non-empty Dutch text for every key', () => {
    for (const [key, text] of Object.entries(nl)) {
      expect(text.trim(), key).not.toBe('');
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(fillPlaceholders('{naam} is {leeftijd} jaar', { naam: 'Fatma', leeftijd: 42 })).toBe(
      'Fatma is 42 jaar',
    );
    expect(fillPlaceholders('Hallo {naam}', {})).toBe('Hallo {naam}');
    const key = Object.keys(nl)[0] as keyof typeof nl;
    expect(formatMessage(key)).toBe(nl[key]);
  });
});
