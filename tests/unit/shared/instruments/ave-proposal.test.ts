import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { proposeAvePhase, type AveProposalInput } from '../../../../shared/instruments/ave';
import {
  KwetsbaarheidLevelSchema,
  SeveritySchema,
  SignalIdSchema,
  type Severity,
  type SignalId,
} from '../../../../shared/schemas/vocabulary';

const signal = (signalId: SignalId, severity: Severity) => ({ signalId, severity });
const base: AveProposalInput = { signals: [], safetyConcern: false };

describe('proposeAvePhase', () => {
  it.each([
    ['no signals', base, 1, ['geen-signalen']],
    [
      'only mild signals (normaliseren)',
      { ...base, signals: [signal('mentaal', 'mild'), signal('werk', 'mild')] },
      1,
      ['alleen-lichte-signalen'],
    ],
    [
      'one area with a problem',
      { ...base, signals: [signal('financieel', 'ernstig')] },
      2,
      ['vraag-of-probleem'],
    ],
    [
      'two moderate areas',
      { ...base, signals: [signal('financieel', 'matig'), signal('mentaal', 'matig')] },
      2,
      ['vraag-of-probleem'],
    ],
    [
      'three areas with a problem',
      {
        ...base,
        signals: [
          signal('financieel', 'matig'),
          signal('mentaal', 'matig'),
          signal('werk', 'matig'),
        ],
      },
      3,
      ['meer-leefgebieden'],
    ],
    [
      'two severe areas',
      { ...base, signals: [signal('financieel', 'ernstig'), signal('wonen', 'ernstig')] },
      3,
      ['ernstig-meer-leefgebieden'],
    ],
    [
      'out of balance with a problem',
      { ...base, signals: [signal('mentaal', 'matig')], householdBalance: 'uit-balans' as const },
      3,
      ['uit-balans'],
    ],
    [
      'out of balance without a problem stays light',
      { ...base, householdBalance: 'uit-balans' as const },
      1,
      ['geen-signalen'],
    ],
    ['a safety concern, even without signals', { ...base, safetyConcern: true }, 3, ['veiligheid']],
    [
      'a safety signal from an assessment',
      { ...base, signals: [signal('veiligheid', 'ernstig')] },
      3,
      ['veiligheid'],
    ],
  ])('%s', (_name, input, phase, reasons) => {
    const proposal = proposeAvePhase(input);
    expect(proposal.phase).toBe(phase);
    expect(proposal.reasons).toEqual(reasons);
  });

  it('lists the problem areas once each, in signal order, leaving out safety and mild ones', () => {
    const proposal = proposeAvePhase({
      ...base,
      signals: [
        signal('werk', 'matig'),
        signal('financieel', 'ernstig'),
        signal('financieel', 'matig'),
        signal('mentaal', 'mild'),
        signal('veiligheid', 'ernstig'),
      ],
    });
    expect(proposal.problemAreas).toEqual(['financieel', 'werk']);
  });

  it('never proposes escalation, and never goes down when a signal gets worse or is added', () => {
    const signalArb = fc.record({
      signalId: fc.constantFrom(...SignalIdSchema.options),
      severity: fc.constantFrom(...SeveritySchema.options),
    });
    const inputArb = fc.record({
      signals: fc.array(signalArb, { maxLength: 12 }),
      safetyConcern: fc.boolean(),
      householdBalance: fc.constantFrom(...KwetsbaarheidLevelSchema.options),
    });
    fc.assert(
      fc.property(inputArb, signalArb, (input, extra) => {
        const before = proposeAvePhase(input);
        const after = proposeAvePhase({ ...input, signals: [...input.signals, extra] });
        expect(before.phase).toBeLessThan(4);
        expect(after.phase).toBeGreaterThanOrEqual(before.phase);
        if (input.safetyConcern) expect(before.phase).toBe(3);
      }),
    );
  });
});
