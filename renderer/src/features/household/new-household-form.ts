import { t } from '../../app/i18n';
import {
  NewHouseholdFormSchema,
  type MemberEntry,
  type NewHouseholdForm,
} from '../../../../shared/household/new-household';
import { registerDraftForm } from '../session/draft-forms';

export const NEW_HOUSEHOLD_PATH = '/huishouden/nieuw';
/** One draft for the form: there is one new household at a time. */
export const NEW_HOUSEHOLD_DRAFT_KEY = 'huishouden-nieuw';
export { NewHouseholdFormSchema };

export function newMemberRow(): MemberEntry {
  return { key: crypto.randomUUID(), name: '', role: '', birthDate: '' };
}

export function emptyNewHouseholdForm(): NewHouseholdForm {
  return { label: '', address: '', members: [newMemberRow()] };
}

// Registered when the app starts (the caseload imports this module), so "Verder waar u was"
// knows the form right after unlock, before its screen was ever opened.
registerDraftForm({
  prefix: NEW_HOUSEHOLD_DRAFT_KEY,
  label: () => t('newHousehold.draftLabel'),
  path: () => NEW_HOUSEHOLD_PATH,
});
