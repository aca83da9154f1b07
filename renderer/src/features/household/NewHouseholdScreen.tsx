import { useRef, useState, type SubmitEvent } from 'react';
import { useNavigate } from 'react-router';
import { t } from '../../app/i18n';
import { BusyNotice } from '../../components/BusyNotice';
import { ErrorSummary, type FormError } from '../../components/ErrorSummary';
import { FormAlert } from '../../components/FormAlert';
import { PageTitle } from '../../components/PageTitle';
import { checkNewHousehold } from '../../../../shared/household/new-household';
import { requireSession } from '../session/current-session';
import { DraftNotice } from '../session/DraftNotice';
import { useDraft } from '../session/useDraft';
import { failureText, HouseholdFormFields, toFormError } from './MemberFields';
import {
  emptyNewHouseholdForm,
  NEW_HOUSEHOLD_DRAFT_KEY,
  NewHouseholdFormSchema,
} from './new-household-form';
import { useTitleFocus } from './useTitleFocus';
import '../../styles/caseload.css';

const initialForm = emptyNewHouseholdForm();

interface Progress {
  householdId: string;
  label: string;
  savedMembers: number;
}

/**
 * A new household with its members. Input is kept as a draft (it survives a lock); nothing is
 * stored until the whole form is correct. Then the household and its people are created.
 */
export function NewHouseholdScreen() {
  const draft = useDraft(NEW_HOUSEHOLD_DRAFT_KEY, initialForm, NewHouseholdFormSchema);
  const form = draft.value;
  const [errors, setErrors] = useState<readonly FormError[]>([]);
  const [alert, setAlert] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // After a failed write part-way: the household exists; a retry adds the missing people only.
  const progress = useRef<Progress | null>(null);
  const navigate = useNavigate();
  useTitleFocus(true);

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (busy) return;
    setAlert(null);
    const now = new Date();
    const check = checkNewHousehold(form, now);
    if (!check.ok) {
      setErrors(check.problems.map((problem) => toFormError(problem, form)));
      return;
    }
    setErrors([]);
    setBusy(true);
    const session = requireSession();
    const { household, members } = check.value;
    let done = progress.current;
    if (!done) {
      const created = await session.households.create(household, now);
      if (!created.ok) {
        setBusy(false);
        setAlert(failureText(created.error));
        return;
      }
      done = { householdId: created.value.id, label: created.value.label, savedMembers: 0 };
      progress.current = done;
    }
    for (const member of members.slice(done.savedMembers)) {
      const person = await session.persons.create(
        {
          householdId: done.householdId,
          displayName: member.displayName,
          role: member.role,
          ...(member.birthDate === undefined ? {} : { birthDate: member.birthDate }),
        },
        now,
      );
      if (!person.ok) {
        setBusy(false);
        setAlert(failureText(person.error));
        return;
      }
      done.savedMembers += 1;
    }
    progress.current = null;
    await draft.clear();
    setBusy(false);
    void navigate(`/huishouden/${done.householdId}`, { state: { created: done.label } });
  };

  return (
    <>
      <PageTitle>{t('newHousehold.title')}</PageTitle>
      <p className="lead">{t('newHousehold.intro')}</p>
      <ErrorSummary errors={errors} />
      <FormAlert message={alert} />
      <form
        noValidate
        className="new-household"
        aria-busy={busy}
        onSubmit={(event) => void submit(event)}
      >
        <HouseholdFormFields
          form={form}
          errors={errors}
          onChange={draft.setValue}
          canRemove={() => form.members.length > 1}
        />
        <BusyNotice busy={busy} text={t('newHousehold.busy')} />
        <DraftNotice status={draft.status} />
        <div className="utrecht-button-group">
          <button
            type="submit"
            className="utrecht-button utrecht-button--primary-action"
            aria-disabled={busy}
          >
            {t('newHousehold.submit')}
          </button>
          <button
            type="button"
            className="utrecht-button utrecht-button--subtle"
            onClick={() => {
              void draft.clear().then(() => navigate('/'));
            }}
          >
            {t('newHousehold.cancel')}
          </button>
        </div>
      </form>
    </>
  );
}
