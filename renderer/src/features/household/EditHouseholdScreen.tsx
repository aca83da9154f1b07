import { useEffect, useState, type SubmitEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { storageText, t } from '../../app/i18n';
import { BusyNotice } from '../../components/BusyNotice';
import { ErrorSummary, type FormError } from '../../components/ErrorSummary';
import { FormAlert } from '../../components/FormAlert';
import { PageTitle } from '../../components/PageTitle';
import type { HouseholdDossier, StorageErrorCode } from '../../db';
import { isoToDayFirst } from '../../../../shared/household/birth-date';
import { groupMembers } from '../../../../shared/household/dossier';
import {
  checkNewHousehold,
  type NewHouseholdForm,
  type NewMember,
} from '../../../../shared/household/new-household';
import type { Household } from '../../../../shared/schemas/household';
import type { Person } from '../../../../shared/schemas/person';
import { requireSession } from '../session/current-session';
import { failureText, HouseholdFormFields, toFormError } from './MemberFields';
import { useTitleFocus } from './useTitleFocus';
import '../../styles/caseload.css';

export const editHouseholdPath = (householdId: string) => `/huishouden/${householdId}/bewerken`;

type Loaded =
  | { readonly status: 'loading' }
  | { readonly status: 'missing'; readonly code: StorageErrorCode }
  | { readonly status: 'ready'; readonly dossier: HouseholdDossier };

function formOf(dossier: HouseholdDossier): NewHouseholdForm {
  return {
    label: dossier.household.label,
    address: dossier.household.address ?? '',
    // The order of the dossier: adults, young people, children, oldest first.
    members: groupMembers(dossier.persons)
      .flatMap((group) => group.persons)
      .map((person) => ({
        key: person.id,
        name: person.displayName,
        role: person.role,
        birthDate: person.birthDate === undefined ? '' : isoToDayFirst(person.birthDate),
      })),
  };
}

/** The household with its new name and address; an emptied address is left out, not undefined. */
function changedHousehold(before: Household, label: string, address: string | undefined) {
  const next: Household = { ...before, label };
  if (address === undefined) delete next.address;
  else next.address = address;
  return next;
}

function changedPerson(before: Person, member: NewMember): Person {
  const next: Person = { ...before, displayName: member.displayName, role: member.role };
  if (member.birthDate === undefined) delete next.birthDate;
  else next.birthDate = member.birthDate;
  return next;
}

/**
 * Change the name and address of a household, correct its members, and add new ones. Existing
 * people are not removed here.
 */
export function EditHouseholdScreen() {
  const { householdId = '' } = useParams();
  const navigate = useNavigate();
  const [loaded, setLoaded] = useState<{ id: string; value: Loaded } | null>(null);
  const [form, setForm] = useState<NewHouseholdForm | null>(null);
  const [errors, setErrors] = useState<readonly FormError[]>([]);
  const [alert, setAlert] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const state: Loaded = loaded?.id === householdId ? loaded.value : { status: 'loading' };
  useTitleFocus(state.status !== 'loading');

  useEffect(() => {
    let active = true;
    void requireSession()
      .openHousehold(householdId, new Date())
      .then((result) => {
        if (!active) return;
        if (!result.ok || result.value.household.deletedAt !== undefined) {
          setLoaded({
            id: householdId,
            value: { status: 'missing', code: result.ok ? 'not-found' : result.error.code },
          });
          return;
        }
        setLoaded({ id: householdId, value: { status: 'ready', dossier: result.value } });
        setForm(formOf(result.value));
      });
    return () => {
      active = false;
    };
  }, [householdId]);

  if (state.status === 'loading' || (state.status === 'ready' && form === null)) {
    return <p className="dossier-note">{t('dossier.loading')}</p>;
  }
  if (state.status === 'missing' || form === null) {
    const code = state.status === 'missing' ? state.code : 'not-found';
    return (
      <>
        <PageTitle>{t('dossier.notFoundTitle')}</PageTitle>
        <p>{code === 'not-found' ? t('dossier.notFoundBody') : storageText(code)}</p>
        <p>
          <Link to="/">{t('dossier.backToCaseload')}</Link>
        </p>
      </>
    );
  }
  const { dossier } = state;
  const existing = new Set(dossier.persons.map((person) => person.id));

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (busy) return;
    setAlert(null);
    const now = new Date();
    const check = checkNewHousehold(form, now, existing);
    if (!check.ok) {
      setErrors(check.problems.map((problem) => toFormError(problem, form)));
      return;
    }
    setErrors([]);
    setBusy(true);
    const session = requireSession();
    const fail = (message: string) => {
      setBusy(false);
      setAlert(message);
    };
    const { household, members } = check.value;
    const before = dossier.household;
    if (before.label !== household.label || before.address !== household.address) {
      const saved = await session.households.update(
        changedHousehold(before, household.label, household.address),
        now,
      );
      if (!saved.ok) {
        fail(failureText(saved.error));
        return;
      }
    }
    for (const member of members) {
      const person = dossier.persons.find((candidate) => candidate.id === member.key);
      if (person === undefined) {
        const created = await session.persons.create(
          {
            householdId: before.id,
            displayName: member.displayName,
            role: member.role,
            ...(member.birthDate === undefined ? {} : { birthDate: member.birthDate }),
          },
          now,
        );
        if (!created.ok) {
          fail(failureText(created.error));
          return;
        }
        continue;
      }
      if (
        person.displayName === member.displayName &&
        person.role === member.role &&
        person.birthDate === member.birthDate
      ) {
        continue;
      }
      const saved = await session.persons.update(changedPerson(person, member), now);
      if (!saved.ok) {
        fail(failureText(saved.error));
        return;
      }
    }
    setBusy(false);
    void navigate(`/huishouden/${before.id}`, { state: { updated: true } });
  };

  return (
    <>
      <PageTitle>{t('editHousehold.title', { label: dossier.household.label })}</PageTitle>
      <p className="lead">{t('editHousehold.intro')}</p>
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
          onChange={setForm}
          canRemove={(member) => !existing.has(member.key)}
        />
        <BusyNotice busy={busy} text={t('newHousehold.busy')} />
        <div className="utrecht-button-group">
          <button
            type="submit"
            className="utrecht-button utrecht-button--primary-action"
            aria-disabled={busy}
          >
            {t('editHousehold.submit')}
          </button>
          <Link
            to={`/huishouden/${dossier.household.id}`}
            className="utrecht-button utrecht-button--subtle"
          >
            {t('editHousehold.cancel')}
          </Link>
        </div>
      </form>
    </>
  );
}
