import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCount, parseNlAmount } from '../../../../shared/instruments/nl-amount';

describe('parseNlAmount', () => {
  it.each([
    ['1250', 1250],
    ['1.250', 1250],
    ['1.250,50', 1250.5],
    ['1250,5', 1250.5],
    ['€ 1.250,05', 1250.05],
    [' 12 500 ', 12500],
    ['0', 0],
    ['0,01', 0.01],
    ['1.000.000', 1_000_000],
    // ",-" says "whole euros, no cents", as on a price tag or in a letter.
    ['1250,-', 1250],
    ['€ 1.250,-', 1250],
    ['€1.250,-', 1250],
    ['1.250,–', 1250],
    ['0,-', 0],
    [' € 12 500,- ', 12500],
  ])('reads %s as %d', (text, value) => {
    expect(parseNlAmount(text)).toEqual({ ok: true, value });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['abc', 'format'],
    ['12.50', 'decimalPoint'],
    ['1.2', 'decimalPoint'],
    ['12.5000', 'format'],
    ['1,250.50', 'format'],
    ['1.25.000', 'format'],
    ['-40', 'negative'],
    ['−40', 'negative'],
    ['12,505', 'cents'],
    ['1.000.000,01', 'tooLarge'],
    [',-', 'format'],
    ['€ ,-', 'format'],
    ['1250,-,-', 'format'],
    ['1250,50,-', 'format'],
    ['1250-', 'format'],
    ['12.50,-', 'decimalPoint'],
    ['-40,-', 'negative'],
    ['2.000.000,-', 'tooLarge'],
  ])('refuses %j: %s', (text, problem) => {
    expect(parseNlAmount(text)).toEqual({ ok: false, problem });
  });

  it('reads back every amount formatted the nl-NL way', () => {
    const format = new Intl.NumberFormat('nl-NL', {
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000_000 }), (cents) => {
        const parsed = parseNlAmount(format.format(cents / 100));
        expect(parsed).toEqual({ ok: true, value: cents / 100 });
      }),
    );
  });
});

describe('parseCount', () => {
  it('accepts whole numbers in range only', () => {
    expect(parseCount('3', 1, 20)).toEqual({ ok: true, value: 3 });
    expect(parseCount(' 20 ', 1, 20)).toEqual({ ok: true, value: 20 });
    expect(parseCount('0', 1, 20)).toEqual({ ok: false, problem: 'range' });
    expect(parseCount('21', 1, 20)).toEqual({ ok: false, problem: 'range' });
    expect(parseCount('2,5', 1, 20)).toEqual({ ok: false, problem: 'format' });
    expect(parseCount('', 1, 20)).toEqual({ ok: false, problem: 'empty' });
  });
});
