import { t } from '../../app/i18n';
import type { CaseloadEntry } from '../../db';
import { evaluationStatus } from '../../../../shared/caseload/evaluation';
import { formatDay } from './household-text';

/** "Evaluatie nu" or "Evaluatie gepland op ...": in words, the colour only repeats it. */
export function EvaluationBadge({ entry, today }: { entry: CaseloadEntry; today: string }) {
  const status = evaluationStatus(entry.evaluationDates, today, entry.lastEvaluation);
  if (status === undefined) return null;
  return status.kind === 'due' ? (
    <span className="utrecht-status-badge utrecht-status-badge--active caseload-badge">
      {t('caseload.evaluationDue')}
    </span>
  ) : (
    <span className="utrecht-status-badge utrecht-status-badge--neutral caseload-badge">
      {t('caseload.evaluationPlanned', { date: formatDay(status.date) })}
    </span>
  );
}
