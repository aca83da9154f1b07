import { t } from '../../app/i18n';
import { getSession } from '../session/current-session';
import { registerDraftForm } from '../session/draft-forms';
import { householdIdOfDraftKey, INTAKE_DRAFT_PREFIX, intakePath, RESUME_SLUG } from './intake-key';

/**
 * Registers the intake draft with "Verder waar u was". Imported by the routes at start-up (the
 * intake screen itself loads lazily); the path opens the step stored in the draft.
 */
export function registerIntakeDraftForm(): () => void {
  return registerDraftForm({
    prefix: INTAKE_DRAFT_PREFIX,
    label: (key) => {
      const householdId = householdIdOfDraftKey(key);
      const entry = getSession()
        ?.caseload.entries()
        .find((candidate) => candidate.householdId === householdId);
      return entry === undefined
        ? t('intake.draftLabelUnknown')
        : t('intake.draftLabel', { household: entry.label });
    },
    path: (key) => intakePath(householdIdOfDraftKey(key) ?? '', RESUME_SLUG),
  });
}
