import { useEffect, useRef, useState, type SubmitEvent } from 'react';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { storageText, t, waitText } from '../../app/i18n';
import { BusyNotice } from '../../components/BusyNotice';
import { FormAlert } from '../../components/FormAlert';
import { requireSession } from '../session/current-session';
import { SecretField } from './SecretField';

type Mode = 'loading' | 'pin' | 'passphrase';

const FIELD_ID = 'self-entry-exit-secret';

interface ExitDialogProps {
  isOpen: boolean;
  /** Closed without leaving: the resident goes on. */
  onCancel: () => void;
  /** The PIN or passphrase was right. */
  onVerified: () => void;
}

/**
 * Asks for the exit PIN, or the passphrase when no PIN is set or it is locked out. Wrong: a Dutch
 * message and the dialog stays. Escape and "Verder met invullen" only close the dialog.
 */
export function ExitDialog({ isOpen, onCancel, onVerified }: ExitDialogProps) {
  return (
    <ModalOverlay
      className="self-entry-dialog__overlay"
      isOpen={isOpen}
      isDismissable={false}
      onOpenChange={(open) => {
        if (!open) onCancel();
      }}
    >
      <Modal className="self-entry-dialog__modal">
        <Dialog className="self-entry-dialog" aria-labelledby="self-entry-exit-title">
          <ExitForm onCancel={onCancel} onVerified={onVerified} />
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}

function ExitForm({ onCancel, onVerified }: Omit<ExitDialogProps, 'isOpen'>) {
  const [mode, setMode] = useState<Mode>('loading');
  const [secret, setSecret] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>(undefined);
  const [alert, setAlert] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    let live = true;
    void requireSession()
      .exitPin.status()
      .then((status) => {
        if (!live) return;
        const usePin = status.ok && status.value.isSet && !status.value.lockedOut;
        setMode(usePin ? 'pin' : 'passphrase');
        if (status.ok && status.value.isSet && status.value.lockedOut) {
          setAlert(t('selfEntry.exitDialog.pinLockedOut'));
        }
      });
    return () => {
      live = false;
    };
  }, []);

  // The field gets focus when it appears and again after each mode switch.
  useEffect(() => {
    if (mode !== 'loading') inputRef.current?.focus();
  }, [mode]);

  const switchTo = (next: 'pin' | 'passphrase') => {
    setMode(next);
    setSecret('');
    setFieldError(undefined);
  };

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (busy || mode === 'loading') return;
    setAlert(null);
    if (secret === '') {
      setFieldError(
        t(
          mode === 'pin' ? 'selfEntry.exitDialog.emptyPin' : 'selfEntry.exitDialog.emptyPassphrase',
        ),
      );
      inputRef.current?.focus();
      return;
    }
    setBusy(true);
    const now = new Date();
    const session = requireSession();
    const result =
      mode === 'pin'
        ? await session.exitPin.verify(secret, now)
        : await session.verifyPassphrase(secret, now);
    setBusy(false);
    if (result.ok) {
      onVerified();
      return;
    }
    setSecret('');
    const failure = result.error;
    switch (failure.code) {
      case 'wrong-pin':
        setFieldError(
          failure.attemptsLeft === 1
            ? t('selfEntry.exitDialog.wrongPinLast')
            : t('selfEntry.exitDialog.wrongPin', { count: failure.attemptsLeft }),
        );
        break;
      case 'pin-locked-out':
        switchTo('passphrase');
        setAlert(t('selfEntry.exitDialog.pinLockedOut'));
        break;
      case 'no-pin':
        switchTo('passphrase');
        break;
      case 'wrong-passphrase':
        setFieldError(t('selfEntry.exitDialog.wrongPassphrase'));
        if (failure.retryAfterMs > 0) {
          setAlert(t('unlock.throttled', { wait: waitText(failure.retryAfterMs) }));
        }
        break;
      case 'throttled':
        setFieldError(undefined);
        setAlert(t('unlock.throttled', { wait: waitText(failure.retryAfterMs) }));
        break;
      default:
        setAlert(storageText(failure.code));
    }
    inputRef.current?.focus();
  };

  return (
    <>
      <Heading slot="title" id="self-entry-exit-title" className="self-entry-dialog__title">
        {t('selfEntry.exitDialog.title')}
      </Heading>
      {mode === 'loading' ? (
        <p>{t('selfEntry.loading')}</p>
      ) : (
        <form noValidate aria-busy={busy} onSubmit={(event) => void submit(event)}>
          <p>
            {t(
              mode === 'pin'
                ? 'selfEntry.exitDialog.bodyPin'
                : 'selfEntry.exitDialog.bodyPassphrase',
            )}
          </p>
          <FormAlert message={alert} />
          <SecretField
            key={mode}
            id={FIELD_ID}
            kind={mode}
            label={t(
              mode === 'pin'
                ? 'selfEntry.exitDialog.pinLabel'
                : 'selfEntry.exitDialog.passphraseLabel',
            )}
            value={secret}
            autoComplete={mode === 'pin' ? 'off' : 'current-password'}
            error={fieldError}
            inputRef={inputRef}
            onChange={setSecret}
          />
          <BusyNotice busy={busy} text={t('selfEntry.exitDialog.busy')} />
          <div className="utrecht-button-group">
            <button
              type="submit"
              className="utrecht-button utrecht-button--primary-action"
              aria-disabled={busy}
            >
              {t('selfEntry.exitDialog.submit')}
            </button>
            <button
              type="button"
              className="utrecht-button utrecht-button--secondary-action"
              onClick={onCancel}
            >
              {t('selfEntry.exitDialog.cancel')}
            </button>
          </div>
          {mode === 'pin' ? (
            <p>
              <button
                type="button"
                className="utrecht-button utrecht-button--subtle"
                onClick={() => {
                  switchTo('passphrase');
                }}
              >
                {t('selfEntry.exitDialog.usePassphrase')}
              </button>
            </p>
          ) : null}
        </form>
      )}
    </>
  );
}
