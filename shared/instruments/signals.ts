import type { Assessment } from '../schemas/assessment';
import type { Signal, SignalEvidence } from '../schemas/results';
import {
  SeveritySchema,
  SignalIdSchema,
  type Severity,
  type SignalId,
} from '../schemas/vocabulary';
import { lifeEventIsRecent } from './balance';
import { findFactor } from './registry';
import type { SignalThresholds } from './rules-schema';
import {
  latestAssessments,
  liveAssessmentsInOrder,
  scoreAssessment,
  type ScoringContext,
} from './score';
import { DEFAULT_SIGNAL_THRESHOLDS } from './signal-thresholds';

export interface SignalInput extends ScoringContext {
  /**
   * All assessments of a household (or person). Answers count from the latest live one per person
   * and kind; safety evidence counts from every live one (see deriveSignals).
   */
  readonly assessments: readonly Assessment[];
  /** Safety concerns recorded elsewhere, e.g. the plan's safety flag. */
  readonly safetyConcerns?: readonly { readonly personId: string | null }[];
}

interface Finding {
  readonly signalId: SignalId;
  readonly personId: string | null;
  readonly evidence: SignalEvidence;
}

/** Instrument id used in evidence for a safety concern that came with no assessment. */
export const MANUAL_EVIDENCE_SOURCE = 'handmatig';

export function severityRank(severity: Severity): number {
  return SeveritySchema.options.indexOf(severity);
}

function pgSeverity(score: number, thresholds: SignalThresholds): Severity | undefined {
  return [...thresholds.positieveGezondheid.bands]
    .sort((left, right) => left.atOrBelow - right.atOrBelow)
    .find((band) => score <= band.atOrBelow)?.severity;
}

function findingsOf(
  assessment: Assessment,
  input: SignalInput,
  thresholds: SignalThresholds,
): Finding[] {
  const findings: Finding[] = [];
  const base = { assessmentId: assessment.id, instrumentId: assessment.instrumentId };
  const push = (
    signalId: SignalId,
    field: string,
    value: number | string | boolean,
    severity: Severity,
  ) => {
    findings.push({
      signalId,
      personId: assessment.personId,
      evidence: { ...base, field, value, severity },
    });
  };

  if (assessment.safetyConcern === true) {
    const { signalId, severity } = thresholds.safetyConcern;
    push(signalId, 'safetyConcern', true, severity);
  }

  const result = scoreAssessment(assessment, input);
  if (result === undefined) {
    return findings;
  }
  switch (result.kind) {
    case 'positieve-gezondheid':
      for (const dimension of result.dimensions) {
        const severity =
          dimension.score === null ? undefined : pgSeverity(dimension.score, thresholds);
        const rule = thresholds.positieveGezondheid.aspects.find(
          (entry) => entry.aspect === dimension.aspect,
        );
        if (dimension.score !== null && severity !== undefined && rule !== undefined) {
          for (const signalId of rule.signalIds) {
            push(signalId, dimension.dimensionId, dimension.score, severity);
          }
        }
      }
      break;
    case 'brug-naar-zelfredzaamheid':
      for (const column of result.columns) {
        for (const rule of thresholds.brug.filter((entry) => entry.columnId === column.columnId)) {
          const severity = rule.levels.find((entry) => entry.level === column.level)?.severity;
          if (column.level !== null && severity !== undefined) {
            push(rule.signalId, column.columnId, column.level, severity);
          }
        }
      }
      break;
    case 'kansencirkel': {
      const { areas, zorgCount } = thresholds.kansencirkel;
      for (const area of result.areas) {
        for (const rule of areas.filter((entry) => entry.areaId === area.areaId)) {
          const severity = rule.statuses.find((entry) => entry.status === area.status)?.severity;
          if (area.status !== null && severity !== undefined) {
            push(rule.signalId, area.areaId, area.status, severity);
          }
        }
      }
      if (result.counts.zorg >= zorgCount.atOrAbove) {
        for (const area of result.areas.filter((entry) => entry.status === 'zorg')) {
          push(zorgCount.signalId, area.areaId, 'zorg', zorgCount.severity);
        }
      }
      break;
    }
    case 'draagkracht-draaglast': {
      if (assessment.answers.kind !== 'draagkracht-draaglast') {
        break;
      }
      const { factors, lifeEvents } = thresholds;
      for (const answer of assessment.answers.factors) {
        const side = findFactor(answer.factorId)?.factor.side ?? answer.side;
        const rule = factors.rules.find((entry) => entry.factorId === answer.factorId);
        const severity =
          rule?.severity ??
          factors.weightSeverity.find((entry) => entry.weight === answer.weight)?.severity;
        if (side === 'draaglast' && rule !== undefined && severity !== undefined) {
          push(rule.signalId, answer.factorId, answer.weight, severity);
        }
      }
      for (const event of assessment.answers.lifeEvents ?? []) {
        if (!lifeEventIsRecent(event, input.now, lifeEvents.months)) {
          continue;
        }
        for (const rule of lifeEvents.rules.filter((entry) => entry.eventId === event.eventId)) {
          push(rule.signalId, event.eventId, event.date ?? true, rule.severity);
        }
      }
      break;
    }
  }
  return findings;
}

/**
 * Signals from all instruments, life events and safety concerns, per person, with the answers
 * that raised them. Only answers count: no age, role or household label is read (MAG K9).
 * Answers count from the latest live assessment per person and kind, except safety (rule 7):
 * evidence for the safety signal counts from every live assessment, drafts and older ones too,
 * because a newer conversation without it does not make a home safe. Nothing resolves a safety
 * concern yet; the plan will (docs/instruments.md). Sorted most severe first, then by signal id.
 */
export function deriveSignals(
  input: SignalInput,
  thresholds: SignalThresholds = DEFAULT_SIGNAL_THRESHOLDS,
): Signal[] {
  const latest = new Set(latestAssessments(input.assessments));
  const safetySignal = thresholds.safetyConcern.signalId;
  const findings = liveAssessmentsInOrder(input.assessments).flatMap((assessment) => {
    const found = findingsOf(assessment, input, thresholds);
    return latest.has(assessment)
      ? found
      : found.filter((finding) => finding.signalId === safetySignal);
  });
  for (const concern of input.safetyConcerns ?? []) {
    findings.push({
      signalId: thresholds.safetyConcern.signalId,
      personId: concern.personId,
      evidence: {
        assessmentId: null,
        instrumentId: MANUAL_EVIDENCE_SOURCE,
        field: 'safetyConcern',
        value: true,
        severity: thresholds.safetyConcern.severity,
      },
    });
  }

  const grouped = new Map<string, Signal>();
  for (const finding of findings) {
    const key = `${finding.signalId}|${finding.personId ?? ''}`;
    const known = grouped.get(key);
    if (known === undefined) {
      grouped.set(key, {
        signalId: finding.signalId,
        personId: finding.personId,
        severity: finding.evidence.severity,
        evidence: [finding.evidence],
      });
    } else {
      grouped.set(key, {
        ...known,
        severity:
          severityRank(finding.evidence.severity) > severityRank(known.severity)
            ? finding.evidence.severity
            : known.severity,
        evidence: [...known.evidence, finding.evidence],
      });
    }
  }
  const signalOrder = SignalIdSchema.options;
  return [...grouped.values()].sort(
    (left, right) =>
      severityRank(right.severity) - severityRank(left.severity) ||
      signalOrder.indexOf(left.signalId) - signalOrder.indexOf(right.signalId) ||
      (left.personId ?? '').localeCompare(right.personId ?? ''),
  );
}

/** Per signal the most severe level in the household and who has it, for an overview. */
export function summarizeSignals(
  signals: readonly Signal[],
): { signalId: SignalId; severity: Severity; personIds: (string | null)[] }[] {
  return SignalIdSchema.options.flatMap((signalId) => {
    const matching = signals.filter((signal) => signal.signalId === signalId);
    if (matching.length === 0) {
      return [];
    }
    const severity = matching.reduce<Severity>(
      (worst, signal) =>
        severityRank(signal.severity) > severityRank(worst) ? signal.severity : worst,
      'mild',
    );
    return [{ signalId, severity, personIds: matching.map((signal) => signal.personId) }];
  });
}
