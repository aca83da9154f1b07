import { useEffect, useState, type SubmitEvent } from 'react';
import { Link } from 'react-router';
import type { MessageKey } from '../../../../shared/messages/nl';
import { checkExitPin } from '../../../../shared/security/exit-pin-rules';
import { storageText, t } from '../../app/i18n';
import { ErrorSummary, fieldError, type FormError } from '../../components/ErrorSummary';
import { FormAlert } from '../../components/FormAlert';
import { PageTitle } from '../../components/PageTitle';
import type { ExitPinSetFailure } from '../../db';
import { requireSession } from '../session/current-session';
import { SecretField } from './SecretField';
import '../../styles/self-entry.css';

const PIN_ID = 'exit-pin-new';
const REPEAT_ID = 'exit-pin-repeat';

/** Dutch problems of a new PIN and its repeat, before anything is stored. */
export function checkNewPin(pin: string, repeat: string): FormError[] {
  const problems: FormError[] = [];
  const problem = pin === '' ? 'empty' : checkExitPin(pin);
  if (problem === 'empty') problems.push({ fieldId: PIN_ID, message: t('exitPin.error.empty') });
  if (problem === 'format') problems.push({ fieldId: PIN_ID, message: t('exitPin.error.format') });
  if (problem === 'too-simple') {
    problems.push({ fieldId: PIN_ID, message: t('exitPin.error.tooSimple') });
  }
  if (problem === null) {
    if (repeat === '') {
      problems.push({ fieldId: REPEAT_ID, message: t('exitPin.error.repeatEmpty') });
    } else if (repeat !== pin) {
      problems.push({ fieldId: REPEAT_ID, message: t('exitPin.error.mismatch') });
    }
  }
  return problems;
}

function failureText(failure: ExitPinSetFailure): string {
  if (failure.code === 'invalid-pin') {
    return t(failure.problem === 'format' ? 'exitPin.error.format' : 'exitPin.error.tooSimple');
  }
  return storageText(failure.code);
}

type Done = Extract<MessageKey, 'exitPin.saved' | 'exitPin.removed'>;

/** `/instellingen/pincode`: set, change or remove the PIN that ends the zelfinvulmodus. */
export function ExitPinScreen() {
  const [isSet, setIsSet] = useState<boolean | null>(null);
  const [pin, setPin] = useState('');
  const [repeat, setRepeat] = useState('');
  const [visible, setVisible] = useState(false);
  const [errors, setErrors] = useState<readonly FormError[]>([]);
  const [alert, setAlert] = useState<string | null>(null);
  const [done, setDone] = useState<Done | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    void requireSession()
      .exitPin.isSet()
      .then((result) => {
        if (!live) return;
        if (result.ok) setIsSet(result.value);
        else setAlert(storageText(result.error.code));
      });
    return () => {
      live = false;
    };
  }, []);

  const save = async (next: string | null) => {
    setBusy(true);
    const result = await requireSession().exitPin.set(next, new Date());
    setBusy(false);
    if (!result.ok) {
      // The typed PIN stays, so the professional can try again.
      setAlert(failureText(result.error));
      return;
    }
    setPin('');
    setRepeat('');
    setVisible(false);
    setIsSet(next !== null);
    setDone(next === null ? 'exitPin.removed' : 'exitPin.saved');
  };

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (busy) return;
    setAlert(null);
    setDone(null);
    const problems = checkNewPin(pin, repeat);
    setErrors(problems);
    if (problems.length > 0) return;
    await save(pin);
  };

  const remove = async () => {
    if (busy) return;
    setAlert(null);
    setDone(null);
    setErrors([]);
    await save(null);
  };

  return (
    <>
      <PageTitle>{t('exitPin.title')}</PageTitle>
      <p className="lead">{t('exitPin.intro')}</p>
      <ErrorSummary errors={errors} />
      <FormAlert message={alert} />
      <div role="status">
        {done !== null ? (
          <div className="utrecht-alert utrecht-alert--ok exit-pin__done">
            <div className="utrecht-alert__content">
              <p className="utrecht-alert__message">{t(done)}</p>
            </div>
          </div>
        ) : null}
      </div>
      <div className="utrecht-alert utrecht-alert--info exit-pin__facts">
        <div className="utrecht-alert__content">
          <div className="utrecht-alert__message">
            <p>
              {isSet === null
                ? t('exitPin.loading')
                : t(isSet ? 'exitPin.statusSet' : 'exitPin.statusNone')}
            </p>
            <p>{t('exitPin.notKey')}</p>
            <p>{t('exitPin.lockout')}</p>
          </div>
        </div>
      </div>
      <section className="panel" aria-labelledby="exit-pin-form-title">
        <h2 id="exit-pin-form-title">{t(isSet ? 'exitPin.changeTitle' : 'exitPin.setTitle')}</h2>
        <form noValidate aria-busy={busy} onSubmit={(event) => void submit(event)}>
          <SecretField
            id={PIN_ID}
            kind="pin"
            label={t('exitPin.pinLabel')}
            hint={t('exitPin.pinHint')}
            value={pin}
            visible={visible}
            autoComplete="new-password"
            error={fieldError(errors, PIN_ID)}
            onChange={setPin}
          />
          <SecretField
            id={REPEAT_ID}
            kind="pin"
            label={t('exitPin.repeatLabel')}
            value={repeat}
            visible={visible}
            autoComplete="new-password"
            error={fieldError(errors, REPEAT_ID)}
            onChange={setRepeat}
          />
          <div className="utrecht-button-group">
            <button
              type="submit"
              className="utrecht-button utrecht-button--primary-action"
              aria-disabled={busy}
            >
              {t('exitPin.save')}
            </button>
            <button
              type="button"
              className="utrecht-button utrecht-button--secondary-action"
              aria-pressed={visible}
              aria-controls={`${PIN_ID} ${REPEAT_ID}`}
              onClick={() => {
                setVisible((shown) => !shown);
              }}
            >
              {t('exitPin.show')}
            </button>
          </div>
        </form>
      </section>
      {isSet ? (
        <section className="panel" aria-labelledby="exit-pin-remove-title">
          <h2 id="exit-pin-remove-title">{t('exitPin.removeTitle')}</h2>
          <p>{t('exitPin.removeBody')}</p>
          <div className="utrecht-button-group">
            <button
              type="button"
              className="utrecht-button utrecht-button--secondary-action"
              aria-disabled={busy}
              onClick={() => void remove()}
            >
              {t('exitPin.remove')}
            </button>
          </div>
        </section>
      ) : null}
      <p>
        <Link to="/instellingen">{t('exitPin.back')}</Link>
      </p>
    </>
  );
}
