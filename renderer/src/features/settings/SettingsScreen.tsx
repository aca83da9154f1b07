import { useState, type SubmitEvent } from 'react';
import { Link } from 'react-router';
import { storageText, t } from '../../app/i18n';
import { ErrorSummary, fieldError, type FormError } from '../../components/ErrorSummary';
import { FieldError, describedBy } from '../../components/FieldMessage';
import { FormAlert } from '../../components/FormAlert';
import { PageTitle } from '../../components/PageTitle';
import { IDLE_LOCK_MAX_MINUTES, IDLE_LOCK_MIN_MINUTES } from '../../db';
import { useAppStore } from '../../store';
import { requireSession } from '../session/current-session';

const IDLE_ID = 'settings-idle-minutes';

/** Whole minutes 1-30, or null. Accepts " 7 " but not "7.5" or "7 min". */
export function parseIdleMinutes(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,2}$/.test(trimmed)) return null;
  const minutes = Number(trimmed);
  return minutes >= IDLE_LOCK_MIN_MINUTES && minutes <= IDLE_LOCK_MAX_MINUTES ? minutes : null;
}

export function SettingsScreen() {
  const idleMinutes = useAppStore((state) => state.idleMinutes);
  const setIdleMinutes = useAppStore((state) => state.setIdleMinutes);
  const [text, setText] = useState(String(idleMinutes));
  const [errors, setErrors] = useState<readonly FormError[]>([]);
  const [alert, setAlert] = useState<string | null>(null);
  const [saved, setSaved] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (busy) return;
    setAlert(null);
    setSaved(null);
    const minutes = parseIdleMinutes(text);
    if (minutes === null) {
      setErrors([{ fieldId: IDLE_ID, message: t('settings.idleInvalid') }]);
      return;
    }
    setErrors([]);
    setBusy(true);
    const result = await requireSession().settings.update({ idleLockMinutes: minutes }, new Date());
    setBusy(false);
    if (!result.ok) {
      // The input stays as typed, so the professional can try again after making room.
      setAlert(storageText(result.error.code));
      return;
    }
    setIdleMinutes(result.value.idleLockMinutes);
    setSaved(result.value.idleLockMinutes);
  };

  const idleError = fieldError(errors, IDLE_ID);
  return (
    <>
      <PageTitle>{t('settings.title')}</PageTitle>
      <ErrorSummary errors={errors} />
      <section className="panel" aria-labelledby="settings-idle-title">
        <h2 id="settings-idle-title">{t('settings.idleTitle')}</h2>
        <FormAlert message={alert} />
        <form noValidate aria-busy={busy} onSubmit={(event) => void submit(event)}>
          <div className={idleError ? 'field field--invalid' : 'field'}>
            <label className="field__label" htmlFor={IDLE_ID}>
              {t('settings.idleLabel')}
            </label>
            <span className="field__hint" id={`${IDLE_ID}-hint`}>
              {t('settings.idleHint')}
            </span>
            <FieldError id={`${IDLE_ID}-error`} message={idleError} />
            <div className="field__row">
              <input
                id={IDLE_ID}
                className="input input--narrow"
                type="number"
                inputMode="numeric"
                min={IDLE_LOCK_MIN_MINUTES}
                max={IDLE_LOCK_MAX_MINUTES}
                step={1}
                value={text}
                aria-invalid={idleError ? true : undefined}
                aria-describedby={describedBy(`${IDLE_ID}-hint`, idleError && `${IDLE_ID}-error`)}
                onChange={(event) => {
                  setText(event.target.value);
                }}
              />
              <button type="submit" className="button button--primary" aria-disabled={busy}>
                {t('settings.idleSave')}
              </button>
            </div>
          </div>
        </form>
        <div role="status">
          {saved !== null ? (
            <p className="notice notice--success">{t('settings.idleSaved', { minutes: saved })}</p>
          ) : null}
        </div>
      </section>
      <section className="panel" aria-labelledby="settings-profile-title">
        <h2 id="settings-profile-title">{t('profiles.title')}</h2>
        <p>{t('profiles.settingsBody')}</p>
        <p>
          <Link to="/instellingen/gemeente" className="button">
            {t('profiles.settingsLink')}
          </Link>
        </p>
      </section>
      <section className="panel" aria-labelledby="settings-passphrase-title">
        <h2 id="settings-passphrase-title">{t('settings.passphraseTitle')}</h2>
        <p>{t('settings.passphraseBody')}</p>
        <p>
          <Link to="/instellingen/wachtwoord" className="button">
            {t('settings.passphraseLink')}
          </Link>
        </p>
      </section>
      <section className="panel" aria-labelledby="settings-exit-pin-title">
        <h2 id="settings-exit-pin-title">{t('exitPin.settingsTitle')}</h2>
        <p>{t('exitPin.settingsBody')}</p>
        <p>
          <Link to="/instellingen/pincode" className="button">
            {t('exitPin.settingsLink')}
          </Link>
        </p>
      </section>
      <section className="panel" aria-labelledby="settings-handover-title">
        <h2 id="settings-handover-title">{t('handover.import.settingsTitle')}</h2>
        <p>{t('handover.import.settingsBody')}</p>
        <p>
          <Link to="/overdracht-ontvangen" className="button">
            {t('handover.import.settingsLink')}
          </Link>
        </p>
      </section>
    </>
  );
}
