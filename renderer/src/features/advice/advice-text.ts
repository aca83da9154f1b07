import { findFactor, findInstrument, findLifeEvent } from '../../../../shared/instruments/registry';
import { KANSENCIRKEL } from '../../../../shared/instruments/kansencirkel';
import { findKader } from '../../../../shared/prevention/kaders';
import type { SuggestionEvidence } from '../../../../shared/prevention/result';
import type { KaderId } from '../../../../shared/prevention/vocabulary';
import { formatDate, formatNumber, t } from '../../app/i18n';

// Plain Dutch for the engine's codes: which answer triggered a suggestion and which kader it rests on.

function dimensionLabel(instrumentId: string, field: string): string {
  const definition = findInstrument(instrumentId);
  if (definition === undefined || !('dimensions' in definition)) return field;
  const dimensions: readonly { id: string; label: string }[] = definition.dimensions;
  return dimensions.find((dimension) => dimension.id === field)?.label ?? field;
}

function valueText(value: SuggestionEvidence['value']): string {
  return typeof value === 'number' ? formatNumber(value) : String(value);
}

function dateText(value: SuggestionEvidence['value']): string | null {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  return formatDate(new Date(`${value}T12:00:00Z`));
}

function lifeEventText(evidence: SuggestionEvidence): string {
  const field = findLifeEvent(evidence.field)?.label ?? evidence.field;
  const date = dateText(evidence.value);
  return date === null
    ? t('adviceUi.evidence.lifeEvent', { field })
    : t('adviceUi.evidence.lifeEventDate', { field, date });
}

/** One answer in words, e.g. "Brug naar Zelfredzaamheid, Schulden: niveau 4". */
export function evidenceText(evidence: SuggestionEvidence): string {
  const definition = findInstrument(evidence.instrumentId);
  if (evidence.field === 'safetyConcern') {
    return definition === undefined
      ? t('adviceUi.evidence.safety')
      : t('adviceUi.evidence.safetyIn', { instrument: instrumentName(definition.kind) });
  }
  if (evidence.trigger === 'levensgebeurtenis' || findLifeEvent(evidence.field) !== undefined) {
    return lifeEventText(evidence);
  }
  switch (definition?.kind) {
    case 'positieve-gezondheid':
      return t('adviceUi.evidence.pg', {
        field: dimensionLabel(evidence.instrumentId, evidence.field),
        value: valueText(evidence.value),
      });
    case 'brug-naar-zelfredzaamheid':
      return t('adviceUi.evidence.brug', {
        field: dimensionLabel(evidence.instrumentId, evidence.field),
        value: valueText(evidence.value),
      });
    case 'kansencirkel':
      return t('adviceUi.evidence.kansencirkel', {
        field: dimensionLabel(evidence.instrumentId, evidence.field),
        value:
          KANSENCIRKEL.statuses.find((status) => status.id === evidence.value)?.label ??
          valueText(evidence.value),
      });
    case 'draagkracht-draaglast':
      return evidence.field === 'saldo'
        ? t('adviceUi.evidence.saldo', { value: valueText(evidence.value) })
        : t('adviceUi.evidence.factor', {
            field: findFactor(evidence.field)?.factor.label ?? evidence.field,
            value: valueText(evidence.value),
          });
    case undefined:
      return evidence.field === 'saldo'
        ? t('adviceUi.evidence.saldo', { value: valueText(evidence.value) })
        : t('adviceUi.evidence.other', {
            instrument: evidence.instrumentId,
            field: evidence.field,
            value: valueText(evidence.value),
          });
  }
}

function instrumentName(
  kind:
    'positieve-gezondheid' | 'brug-naar-zelfredzaamheid' | 'kansencirkel' | 'draagkracht-draaglast',
): string {
  switch (kind) {
    case 'positieve-gezondheid':
      return t('adviceUi.instrument.pg');
    case 'brug-naar-zelfredzaamheid':
      return t('adviceUi.instrument.brug');
    case 'kansencirkel':
      return t('adviceUi.instrument.kansencirkel');
    case 'draagkracht-draaglast':
      return t('adviceUi.instrument.balance');
  }
}

/**
 * The evidence of a suggestion as distinct lines, each with the person's name when the answer is
 * a person's. The same answer can trigger through several signals; it is shown once.
 */
export function evidenceLines(
  evidence: readonly SuggestionEvidence[],
  nameOf: (personId: string) => string | undefined,
): string[] {
  const lines = evidence.map((item) => {
    const text = evidenceText(item);
    const name = item.personId === null ? undefined : nameOf(item.personId);
    return name === undefined ? text : t('adviceUi.evidence.person', { name, text });
  });
  return [...new Set(lines)];
}

export function kaderTexts(
  ids: readonly KaderId[],
): { id: KaderId; title: string; summary: string }[] {
  return ids.flatMap((id) => {
    const kader = findKader(id);
    return kader === undefined ? [] : [{ id, title: kader.title, summary: kader.summary }];
  });
}
