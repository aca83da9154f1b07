import { useId, useState, type SubmitEvent } from 'react';
import { formatDate, t } from '../../app/i18n';
import { usePlatform } from '../../app/platform-context';
import { ErrorSummary, fieldError, type FormError } from '../../components/ErrorSummary';
import { FieldError } from '../../components/FieldMessage';
import { PageTitle } from '../../components/PageTitle';
import { formatRecoveryCode } from '../../db';

const CONFIRM_ID = 'recovery-code-saved';

/**
 * The recovery code, shown once: save it as a file or print it, then confirm before going on.
 * `intro` replaces the first sentence when the code replaces a used one (after a recovery).
 */
export function RecoveryCodeScreen({
  code,
  createdAt,
  step,
  intro,
  onDone,
}: {
  code: string;
  createdAt: Date;
  step?: { step: number; total: number };
  intro?: string;
  onDone: () => void;
}) {
  const { api } = usePlatform();
  const [confirmed, setConfirmed] = useState(false);
  const [errors, setErrors] = useState<readonly FormError[]>([]);
  const [status, setStatus] = useState<{ kind: 'success' | 'danger'; text: string } | null>(null);
  const warningId = useId();
  const formatted = formatRecoveryCode(code);
  const groups = formatted.split('-');
  const date = formatDate(createdAt);

  const saveAsFile = async () => {
    const text = t('recoveryCode.fileText', { code: formatted, date });
    const result = await api.fileSave({
      suggestedName: t('recoveryCode.fileName'),
      filters: [{ name: t('recoveryCode.fileFilter'), extensions: ['txt'] }],
      bytes: new TextEncoder().encode(text),
    });
    if (result.status === 'saved') {
      setStatus({ kind: 'success', text: t('recoveryCode.saved', { fileName: result.fileName }) });
    } else if (result.status === 'failed') {
      setStatus({ kind: 'danger', text: t('recoveryCode.saveFailed') });
    }
  };

  const print = async () => {
    // The print stylesheet leaves only the code block; the desktop host returns a PDF to save.
    const result = await api.pdfPrint({ pageSize: 'A4', landscape: false });
    if (result.status === 'pdf') {
      const saved = await api.fileSave({
        suggestedName: t('recoveryCode.pdfName'),
        filters: [{ name: t('recoveryCode.pdfFilter'), extensions: ['pdf'] }],
        bytes: result.bytes,
      });
      if (saved.status === 'saved') {
        setStatus({
          kind: 'success',
          text: t('recoveryCode.savedPdf', { fileName: saved.fileName }),
        });
      } else if (saved.status === 'failed') {
        setStatus({ kind: 'danger', text: t('recoveryCode.printFailed') });
      }
    } else if (result.status === 'failed') {
      setStatus({ kind: 'danger', text: t('recoveryCode.printFailed') });
    }
  };

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (!confirmed) {
      setErrors([{ fieldId: CONFIRM_ID, message: t('recoveryCode.confirmMissing') }]);
      return;
    }
    onDone();
  };

  const confirmError = fieldError(errors, CONFIRM_ID);
  return (
    <>
      {step ? <p className="steps no-print">{t('firstRun.step', step)}</p> : null}
      <div className="no-print">
        <PageTitle>{t('recoveryCode.title')}</PageTitle>
        <ErrorSummary errors={errors} />
        <p className="lead">{intro ?? t('recoveryCode.intro')}</p>
      </div>
      <section className="panel recovery-sheet" aria-labelledby="recovery-code-label">
        <h2 className="print-only">{t('recoveryCode.printHeading')}</h2>
        <p className="print-only">{t('recoveryCode.printNote')}</p>
        <h2 id="recovery-code-label" className="no-print">
          {t('recoveryCode.codeLabel')}
        </h2>
        <ul className="recovery-code" aria-label={t('recoveryCode.codeLabel')}>
          {groups.map((group, index) => (
            // Groups can repeat, so their position is part of the key.
            <li key={`${index}-${group}`}>{group}</li>
          ))}
        </ul>
        <p className="print-only">{t('recoveryCode.printMade', { date })}</p>
      </section>
      <div className="no-print">
        <div className="notice notice--warning" id={warningId}>
          <p className="notice__title">{t('recoveryCode.warningTitle')}</p>
          <p>{t('recoveryCode.warningBody')}</p>
        </div>
        <div className="button-row">
          <button type="button" className="button" onClick={() => void saveAsFile()}>
            {t('recoveryCode.save')}
          </button>
          <button type="button" className="button" onClick={() => void print()}>
            {t('recoveryCode.print')}
          </button>
        </div>
        <div role="status">
          {status ? <p className={`notice notice--${status.kind}`}>{status.text}</p> : null}
        </div>
        <form noValidate onSubmit={submit}>
          <div className={confirmError ? 'field field--invalid' : 'field'}>
            <FieldError id={`${CONFIRM_ID}-error`} message={confirmError} />
            <label className="checkbox">
              <input
                id={CONFIRM_ID}
                type="checkbox"
                checked={confirmed}
                required
                aria-invalid={confirmError ? true : undefined}
                aria-describedby={confirmError ? `${CONFIRM_ID}-error ${warningId}` : warningId}
                onChange={(event) => {
                  setConfirmed(event.target.checked);
                }}
              />
              <span>{t('recoveryCode.confirm')}</span>
            </label>
          </div>
          <div className="button-row">
            <button type="submit" className="button button--primary">
              {t('recoveryCode.continue')}
            </button>
          </div>
        </form>
      </div>
    </>
  );
}
