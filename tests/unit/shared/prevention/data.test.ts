import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { nl } from '../../../../shared/messages/nl';
import {
  DEFAULT_ENGINE_THRESHOLDS,
  EngineThresholdsSchema,
} from '../../../../shared/prevention/engine-thresholds';
import {
  KADERS,
  KaderSchema,
  OPGAVEN,
  OpgaveSchema,
  THEMES,
  ThemeSchema,
} from '../../../../shared/prevention/kaders';
import {
  LADDER,
  REASON_KADERS,
  ReasonKadersSchema,
  SIGNAL_RULES,
  SignalRuleSchema,
  STEP_KADERS,
  StepKadersSchema,
  toPreventionLevel,
} from '../../../../shared/prevention/rules';
import {
  ActorSchema,
  CatalogueLevelSchema,
  DeclineReasonSchema,
  GrenzenCodeSchema,
  KaderIdSchema,
  NormaliserenCodeSchema,
  OpgaveIdSchema,
  PreventionLevelSchema,
  ReasonCodeSchema,
  ThemeIdSchema,
} from '../../../../shared/prevention/vocabulary';
import { SignalIdSchema } from '../../../../shared/schemas/vocabulary';

describe('prevention data', () => {
  it('holds the nine kaders of MAG §2.2, each once, in our own short words', () => {
    const kaders = z.array(KaderSchema).parse(KADERS);
    expect(kaders.map((kader) => kader.id)).toEqual(KaderIdSchema.options);
    for (const kader of kaders) {
      expect(kader.source).toContain(`kader ${kader.id.slice(1)}`);
    }
  });

  it('holds the three themes and their opgaven, numbered as in MAG §4.2', () => {
    expect(
      z
        .array(ThemeSchema)
        .parse(THEMES)
        .map((theme) => theme.id),
    ).toEqual(ThemeIdSchema.options);
    const opgaven = z.array(OpgaveSchema).parse(OPGAVEN);
    expect(opgaven.map((opgave) => opgave.id)).toEqual(OpgaveIdSchema.options);
    for (const theme of ThemeIdSchema.options) {
      const own = opgaven.filter((opgave) => opgave.theme === theme);
      expect(own.map((opgave) => opgave.number)).toEqual(own.map((_opgave, index) => index + 1));
      expect(own.every((opgave) => opgave.id.startsWith(theme.toLowerCase()))).toBe(true);
    }
    expect(opgaven.filter((opgave) => opgave.theme === 'T3')).toHaveLength(9);
  });

  it('has a signal rule for every signal, whose opgaven exist', () => {
    const rules = z.array(SignalRuleSchema).parse(SIGNAL_RULES);
    expect(rules.map((rule) => rule.signalId)).toEqual(SignalIdSchema.options);
  });

  it('cites kaders for every level and every reason, and validates the engine thresholds', () => {
    const steps = StepKadersSchema.parse(STEP_KADERS);
    expect(Object.keys(steps).sort()).toEqual([...CatalogueLevelSchema.options].sort());
    expect(Object.values(steps).every((kaders) => kaders.length > 0)).toBe(true);
    const reasons = ReasonKadersSchema.parse(REASON_KADERS);
    expect(Object.keys(reasons).sort()).toEqual([...ReasonCodeSchema.options].sort());
    expect(EngineThresholdsSchema.parse(DEFAULT_ENGINE_THRESHOLDS)).toEqual(
      DEFAULT_ENGINE_THRESHOLDS,
    );
  });

  it('orders the ladder as rule 3 and maps eigen kracht and netwerk to universeel', () => {
    expect(LADDER).toEqual([
      'eigen-kracht',
      'netwerk',
      'universeel',
      'selectief',
      'geindiceerd',
      'maatwerk',
    ]);
    expect(CatalogueLevelSchema.options.map(toPreventionLevel)).toEqual([
      'universeel',
      'universeel',
      'universeel',
      'selectief',
      'geindiceerd',
      'maatwerk',
      'veiligheid',
    ]);
  });

  it('has a Dutch text for every code the engine returns', () => {
    const keys = new Set(Object.keys(nl));
    const expected = [
      ...PreventionLevelSchema.options.map((code) => `prevention.level.${code}`),
      ...CatalogueLevelSchema.options.map((code) => `prevention.step.${code}`),
      ...ActorSchema.options.map((code) => `prevention.actor.${code}`),
      ...NormaliserenCodeSchema.options.map((code) => `prevention.normaliseren.${code}`),
      ...ReasonCodeSchema.options.map((code) => `prevention.reason.${code}`),
      ...GrenzenCodeSchema.options.map((code) => `prevention.grenzen.${code}`),
      ...DeclineReasonSchema.options.map((code) => `prevention.decline.${code}`),
    ];
    expect(expected.filter((key) => !keys.has(key))).toEqual([]);
  });

  it('writes short sentences: no message of the advice is longer than 25 words a sentence', () => {
    for (const [key, text] of Object.entries(nl)) {
      if (!key.startsWith('prevention.') || key.startsWith('prevention.cli.usage')) {
        continue;
      }
      for (const sentence of text.split(/[.!?:]\s/)) {
        expect(sentence.split(/\s+/).length, key).toBeLessThanOrEqual(25);
      }
    }
  });
});
