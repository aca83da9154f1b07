import { useState, type SubmitEvent } from 'react';
import { Label, RadioButton, RadioField, RadioGroup } from 'react-aria-components';
import { DEFAULT_PROFILE_ID, PROFILES, type Profile } from '../../../../shared/profiles';
import { storageText, t } from '../../app/i18n';
import { FormAlert } from '../../components/FormAlert';
import { PageTitle } from '../../components/PageTitle';
import type { Result, StorageErrorCode } from '../../db';
import '../../styles/first-run-profile.css';

/** The profile's first sentence: its source document, enough to recognise the gemeente. */
function oneLine(profile: Profile): string {
  const first = /^.*?[.!?](?=\s|$)/.exec(profile.description);
  return first?.[0] ?? profile.description;
}

/**
 * First run, last step: the gemeente profile the advice follows. Comes after the recovery code,
 * so the choice is stored in the new vault at once and nothing waits in memory.
 */
export function ChooseProfileScreen({
  step,
  save,
  onDone,
}: {
  step: { step: number; total: number };
  /** Stores the choice in the new vault's settings; the session itself stays with the flow. */
  save: (profileId: string) => Promise<Result<unknown, { code: StorageErrorCode }>>;
  onDone: () => void;
}) {
  const [selected, setSelected] = useState<string>(DEFAULT_PROFILE_ID);
  const [busy, setBusy] = useState(false);
  const [alert, setAlert] = useState<string | null>(null);

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (busy) return;
    setAlert(null);
    setBusy(true);
    const result = await save(selected);
    setBusy(false);
    if (!result.ok) {
      setAlert(storageText(result.error.code));
      return;
    }
    onDone();
  };

  return (
    <>
      <p className="steps">{t('firstRun.step', step)}</p>
      <PageTitle>{t('firstRunProfile.title')}</PageTitle>
      <p className="lead">{t('firstRunProfile.intro')}</p>
      <FormAlert message={alert} />
      <form noValidate aria-busy={busy} onSubmit={(event) => void submit(event)}>
        <RadioGroup
          className="profile-choice"
          value={selected}
          isRequired
          onChange={(value) => {
            if (PROFILES.some((profile) => profile.id === value)) setSelected(value);
          }}
        >
          <Label className="field__label">{t('firstRunProfile.legend')}</Label>
          {PROFILES.map((profile) => (
            <RadioField
              key={profile.id}
              value={profile.id}
              className="profile-choice__field"
              aria-describedby={`profile-choice-${profile.id}`}
            >
              <RadioButton className="profile-choice__option">
                <span className="profile-choice__text">
                  <span className="profile-choice__name">{profile.name}</span>
                  {/* Read as the description, not as part of the name. */}
                  <span
                    id={`profile-choice-${profile.id}`}
                    className="profile-choice__description"
                    aria-hidden="true"
                  >
                    {oneLine(profile)}
                  </span>
                </span>
              </RadioButton>
            </RadioField>
          ))}
        </RadioGroup>
        <p className="field__hint">{t('firstRunProfile.later')}</p>
        <div className="button-row">
          <button type="submit" className="button button--primary" aria-disabled={busy}>
            {t('firstRunProfile.submit')}
          </button>
        </div>
      </form>
    </>
  );
}
