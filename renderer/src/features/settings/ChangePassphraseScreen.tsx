import { useState, type SubmitEvent } from 'react';
import { Link } from 'react-router';
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
import { changePassphrase } from '../../db';
import { requireSession } from '../session/current-session';

const CURRENT_ID = 'change-current';
const NEW_ID = 'change-passphrase';
const empty: NewPassphraseValue = { passphrase: '', repeat: '' };

/** Re-wraps the data key with a new passphrase; the records and the recovery code stay. */
export function ChangePassphraseScreen() {
  const [current, setCurrent] = useState('');
  const [value, setValue] = useState<NewPassphraseValue>(empty);
  const [errors, setErrors] = useState<readonly FormError[]>([]);
  const [alert, setAlert] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (busy) return;
    setAlert(null);
    setDone(false);
    const problems: FormError[] = [];
    if (current === '') problems.push({ fieldId: CURRENT_ID, message: t('passphrase.empty') });
    problems.push(...checkNewPassphrase(NEW_ID, value));
    setErrors(problems);
    if (problems.length > 0) return;
    setBusy(true);
    const result = await changePassphrase(requireSession(), current, value.passphrase, new Date());
    setBusy(false);
    if (result.ok) {
      setCurrent('');
      setValue(empty);
      setDone(true);
      return;
    }
    const failure = result.error;
    switch (failure.code) {
      case 'wrong-passphrase':
        setErrors([{ fieldId: CURRENT_ID, message: storageText(failure.code) }]);
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
      case 'same-passphrase':
        setErrors([{ fieldId: `${NEW_ID}-new`, message: storageText(failure.code) }]);
        break;
      default:
        setAlert(storageText(failure.code));
    }
  };

  return (
    <>
      <PageTitle>{t('changePassphrase.title')}</PageTitle>
      <p className="lead">{t('changePassphrase.intro')}</p>
      <ErrorSummary errors={errors} />
      <FormAlert message={alert} />
      <div role="status">
        {done ? <p className="notice notice--success">{t('changePassphrase.done')}</p> : null}
      </div>
      <form noValidate aria-busy={busy} onSubmit={(event) => void submit(event)}>
        <PassphraseField
          id={CURRENT_ID}
          label={t('changePassphrase.currentLabel')}
          value={current}
          autoComplete="current-password"
          error={fieldError(errors, CURRENT_ID)}
          onChange={setCurrent}
        />
        <NewPassphraseFields
          idPrefix={NEW_ID}
          value={value}
          onChange={setValue}
          errors={errors}
          label={t('changePassphrase.newLabel')}
          repeatLabel={t('changePassphrase.repeatLabel')}
        />
        <BusyNotice busy={busy} text={t('form.busyKey')} />
        <div className="button-row">
          <button type="submit" className="button button--primary" aria-disabled={busy}>
            {t('changePassphrase.submit')}
          </button>
          <Link to="/instellingen" className="button">
            {t('changePassphrase.backToSettings')}
          </Link>
        </div>
      </form>
    </>
  );
}
