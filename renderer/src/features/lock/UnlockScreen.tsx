import { useEffect, useRef, useState, type SubmitEvent } from 'react';
import { storageText, t, waitText } from '../../app/i18n';
import { BusyNotice } from '../../components/BusyNotice';
import { ErrorSummary, fieldError, type FormError } from '../../components/ErrorSummary';
import { FormAlert } from '../../components/FormAlert';
import { PageTitle } from '../../components/PageTitle';
import { PassphraseField } from '../../components/PassphraseField';
import { inspectVault, unlockWithPassphrase, type LockReason } from '../../db';
import { useAppStore } from '../../store';
import { getDatabase } from '../session/current-session';
import { adoptSession } from '../session/session-manager';

const ID = 'unlock-passphrase';

function reasonText(reason: LockReason, idleMinutes: number): string {
  switch (reason) {
    case 'idle':
      return t('unlock.reason.idle', { minutes: idleMinutes });
    case 'screen-lock':
      return t('unlock.reason.screen-lock');
    case 'suspend':
      return t('unlock.reason.suspend');
    default:
      return t('unlock.reason.user');
  }
}

/** The lock screen: why it locked, the passphrase, and the ways out when it is forgotten. */
export function UnlockScreen({
  reason,
  onForgot,
}: {
  reason: LockReason | null;
  onForgot: () => void;
}) {
  const idleMinutes = useAppStore((state) => state.idleMinutes);
  const [passphrase, setPassphrase] = useState('');
  const [errors, setErrors] = useState<readonly FormError[]>([]);
  const [alert, setAlert] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    inputRef.current?.focus();
    // A restart does not reset the slow-down: say so at once if it still runs.
    const database = getDatabase();
    if (!database) return;
    let active = true;
    void inspectVault(database, new Date()).then((state) => {
      if (active && state.status === 'locked' && state.retryAfterMs > 0) {
        setAlert(t('unlock.throttled', { wait: waitText(state.retryAfterMs) }));
      }
    });
    return () => {
      active = false;
    };
  }, []);

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (busy) return;
    setAlert(null);
    if (passphrase === '') {
      setErrors([{ fieldId: ID, message: t('passphrase.empty') }]);
      return;
    }
    const database = getDatabase();
    if (!database) {
      setAlert(storageText('unavailable'));
      return;
    }
    setErrors([]);
    setBusy(true);
    const result = await unlockWithPassphrase(database, passphrase, new Date());
    setBusy(false);
    if (result.ok) {
      adoptSession(result.value);
      return;
    }
    const failure = result.error;
    if (failure.code === 'wrong-passphrase') {
      setErrors([{ fieldId: ID, message: storageText('wrong-passphrase') }]);
      if (failure.retryAfterMs > 0) {
        setAlert(t('unlock.throttled', { wait: waitText(failure.retryAfterMs) }));
      }
    } else if (failure.code === 'throttled') {
      setAlert(t('unlock.throttled', { wait: waitText(failure.retryAfterMs) }));
    } else {
      setAlert(storageText(failure.code));
    }
  };

  return (
    <>
      <PageTitle>{t('unlock.title')}</PageTitle>
      {reason ? (
        <div className="notice" role="status">
          <p>{reasonText(reason, idleMinutes)}</p>
          <p>{t('unlock.draftsKept')}</p>
        </div>
      ) : (
        <p className="lead">{t('unlock.intro')}</p>
      )}
      <ErrorSummary errors={errors} />
      <FormAlert message={alert} />
      <form noValidate aria-busy={busy} onSubmit={(event) => void submit(event)}>
        <PassphraseField
          id={ID}
          label={t('unlock.passphraseLabel')}
          value={passphrase}
          autoComplete="current-password"
          inputRef={inputRef}
          error={fieldError(errors, ID)}
          onChange={setPassphrase}
        />
        <BusyNotice busy={busy} text={t('form.busyUnlock')} />
        <div className="button-row">
          <button type="submit" className="button button--primary" aria-disabled={busy}>
            {t('unlock.submit')}
          </button>
        </div>
      </form>
      <ul className="link-list">
        <li>
          <button type="button" className="link-button" onClick={onForgot}>
            {t('unlock.forgot')}
          </button>
        </li>
        <li>
          <details className="disclosure">
            <summary className="link-button">{t('unlock.restore')}</summary>
            <p>{t('unlock.restoreLocked')}</p>
          </details>
        </li>
      </ul>
    </>
  );
}
