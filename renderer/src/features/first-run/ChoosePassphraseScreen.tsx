import { useState, type SubmitEvent } from 'react';
import { storageText, t } from '../../app/i18n';
import { BusyNotice } from '../../components/BusyNotice';
import { FormAlert } from '../../components/FormAlert';
import { ErrorSummary, type FormError } from '../../components/ErrorSummary';
import {
  NewPassphraseFields,
  checkNewPassphrase,
  weakPassphraseError,
  type NewPassphraseValue,
} from '../../components/NewPassphraseFields';
import { PageTitle } from '../../components/PageTitle';
import { createVault, type CreatedVault } from '../../db';
import { getDatabase } from '../session/current-session';

const ID = 'first-run-passphrase';

/** Step 1 of 2: the passphrase; the vault is made here (about a second of key derivation). */
export function ChoosePassphraseScreen({
  onCreated,
  onBack,
}: {
  onCreated: (vault: CreatedVault) => void;
  onBack: () => void;
}) {
  const [value, setValue] = useState<NewPassphraseValue>({ passphrase: '', repeat: '' });
  const [errors, setErrors] = useState<readonly FormError[]>([]);
  const [alert, setAlert] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (busy) return;
    setAlert(null);
    const problems = checkNewPassphrase(ID, value);
    setErrors(problems);
    if (problems.length > 0) return;
    const database = getDatabase();
    if (!database) {
      setAlert(storageText('unavailable'));
      return;
    }
    setBusy(true);
    const result = await createVault(database, value.passphrase, new Date());
    setBusy(false);
    if (result.ok) {
      onCreated(result.value);
      return;
    }
    const failure = result.error;
    if (failure.code === 'weak-passphrase') setErrors([weakPassphraseError(ID, failure.strength)]);
    else setAlert(storageText(failure.code));
  };

  return (
    <>
      <p className="steps">{t('firstRun.step', { step: 1, total: 3 })}</p>
      <PageTitle>{t('firstRun.passphraseTitle')}</PageTitle>
      <p className="lead">{t('firstRun.passphraseIntro')}</p>
      <ErrorSummary errors={errors} />
      <FormAlert message={alert} />
      <form noValidate aria-busy={busy} onSubmit={(event) => void submit(event)}>
        <NewPassphraseFields
          idPrefix={ID}
          value={value}
          onChange={setValue}
          errors={errors}
          label={t('firstRun.passphraseLabel')}
          repeatLabel={t('firstRun.repeatLabel')}
        />
        <BusyNotice busy={busy} text={t('form.busyKey')} />
        <div className="button-row">
          <button type="submit" className="button button--primary" aria-disabled={busy}>
            {t('firstRun.create')}
          </button>
          <button
            type="button"
            className="button"
            onClick={busy ? undefined : onBack}
            aria-disabled={busy}
          >
            {t('firstRun.back')}
          </button>
        </div>
      </form>
    </>
  );
}
