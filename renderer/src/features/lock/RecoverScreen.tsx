import { useState, type SubmitEvent } from 'react';
import { storageText, t, waitText } from '../../app/i18n';
import { BusyNotice } from '../../components/BusyNotice';
import { ErrorSummary, fieldError, type FormError } from '../../components/ErrorSummary';
import { FormAlert } from '../../components/FormAlert';
import {
  NewPassphraseFields,
  checkNewPassphrase,
  weakPassphraseError,
  type NewPassphraseValue,
} from '../../components/NewPassphraseFields';
import { PageTitle } from '../../components/PageTitle';
import { PassphraseField } from '../../components/PassphraseField';
import { recoverWithCode, type RecoveredVault } from '../../db';
import { getDatabase } from '../session/current-session';

const CODE_ID = 'recover-code';
const NEW_ID = 'recover-passphrase';

/** Forgotten passphrase: the recovery code opens the vault and a new passphrase is set. */
export function RecoverScreen({
  onRecovered,
  onBack,
}: {
  onRecovered: (vault: RecoveredVault) => void;
  onBack: () => void;
}) {
  const [code, setCode] = useState('');
  const [value, setValue] = useState<NewPassphraseValue>({ passphrase: '', repeat: '' });
  const [errors, setErrors] = useState<readonly FormError[]>([]);
  const [alert, setAlert] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (busy) return;
    setAlert(null);
    const problems: FormError[] = [];
    if (code.trim() === '') problems.push({ fieldId: CODE_ID, message: t('recover.codeEmpty') });
    problems.push(...checkNewPassphrase(NEW_ID, value));
    setErrors(problems);
    if (problems.length > 0) return;
    const database = getDatabase();
    if (!database) {
      setAlert(storageText('unavailable'));
      return;
    }
    setBusy(true);
    const result = await recoverWithCode(database, code, value.passphrase, new Date());
    setBusy(false);
    if (result.ok) {
      onRecovered(result.value);
      return;
    }
    const failure = result.error;
    switch (failure.code) {
      case 'malformed-recovery-code':
        setErrors([{ fieldId: CODE_ID, message: storageText(failure.code) }]);
        break;
      case 'wrong-recovery-code':
        setErrors([{ fieldId: CODE_ID, message: storageText(failure.code) }]);
        if (failure.retryAfterMs > 0) {
          setAlert(t('unlock.throttled', { wait: waitText(failure.retryAfterMs) }));
        }
        break;
      case 'throttled':
        setAlert(t('unlock.throttled', { wait: waitText(failure.retryAfterMs) }));
        break;
      case 'weak-passphrase':
        setErrors([weakPassphraseError(NEW_ID, failure.strength)]);
        break;
      default:
        setAlert(storageText(failure.code));
    }
  };

  return (
    <>
      <PageTitle>{t('recover.title')}</PageTitle>
      <p className="lead">{t('recover.intro')}</p>
      <ErrorSummary errors={errors} />
      <FormAlert message={alert} />
      <form noValidate aria-busy={busy} onSubmit={(event) => void submit(event)}>
        <PassphraseField
          id={CODE_ID}
          label={t('recover.codeLabel')}
          hint={t('recover.codeHint')}
          value={code}
          variant="code"
          autoComplete="off"
          error={fieldError(errors, CODE_ID)}
          onChange={setCode}
        />
        <NewPassphraseFields
          idPrefix={NEW_ID}
          value={value}
          onChange={setValue}
          errors={errors}
          label={t('recover.newLabel')}
          repeatLabel={t('recover.repeatLabel')}
        />
        <BusyNotice busy={busy} text={t('form.busyKey')} />
        <div className="button-row">
          <button type="submit" className="button button--primary" aria-disabled={busy}>
            {t('recover.submit')}
          </button>
          <button
            type="button"
            className="button"
            aria-disabled={busy}
            onClick={busy ? undefined : onBack}
          >
            {t('gate.backToUnlock')}
          </button>
        </div>
      </form>
    </>
  );
}
