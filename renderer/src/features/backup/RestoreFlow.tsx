import { useState, type SubmitEvent } from 'react';
import { MAX_OPEN_FILE_BYTES } from '../../../../shared/ipc';
import { formatDateTime, formatNumber, storageText, t } from '../../app/i18n';
import { usePlatform } from '../../app/platform-context';
import { BusyNotice } from '../../components/BusyNotice';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorSummary, fieldError, type FormError } from '../../components/ErrorSummary';
import { FieldError, describedBy } from '../../components/FieldMessage';
import { FormAlert } from '../../components/FormAlert';
import {
  NewPassphraseFields,
  checkNewPassphrase,
  weakPassphraseError,
  type NewPassphraseValue,
} from '../../components/NewPassphraseFields';
import { PageTitle } from '../../components/PageTitle';
import { PassphraseField } from '../../components/PassphraseField';
import {
  BACKUP_FILE_FILTERS,
  inspectBackup,
  restoreBackup,
  type BackupPreview,
  type BackupSecret,
  type BackupTable,
  type RestoreFailure,
  type RestoreOutcome,
} from '../../db';
import { getDatabase, getSession } from '../session/current-session';

const FILE_ID = 'restore-file';
const SECRET_ID = 'restore-secret';
const NEW_ID = 'restore-passphrase';

const countOrder: readonly BackupTable[] = [
  'households',
  'persons',
  'assessments',
  'plans',
  'suggestions',
  'decisions',
  'conversations',
  'profiles',
  'drafts',
  'audit',
];

type SecretKind = 'passphrase' | 'code';

interface RestoreFlowProps {
  /** 'new': this laptop has no vault yet. 'merge': add the backup to the unlocked vault. */
  mode: 'new' | 'merge';
  onRestored: (outcome: RestoreOutcome) => void;
  onBack?: () => void;
  backLabel?: string;
}

/**
 * Restore in three moves: choose the file and its secret, see what it holds (nothing written
 * yet), confirm in a modal dialog. A refused file leaves the database as it was.
 */
export function RestoreFlow({ mode, onRestored, onBack, backLabel }: RestoreFlowProps) {
  const { api } = usePlatform();
  const [file, setFile] = useState<{ name: string; bytes: Uint8Array } | null>(null);
  const [secretKind, setSecretKind] = useState<SecretKind>('passphrase');
  const [secret, setSecret] = useState('');
  const [preview, setPreview] = useState<BackupPreview | null>(null);
  const [newPassphrase, setNewPassphrase] = useState<NewPassphraseValue>({
    passphrase: '',
    repeat: '',
  });
  const [errors, setErrors] = useState<readonly FormError[]>([]);
  const [alert, setAlert] = useState<string | null>(null);
  const [busy, setBusy] = useState<'check' | 'restore' | null>(null);
  const [confirming, setConfirming] = useState(false);

  const needsNewPassphrase = mode === 'new' && secretKind === 'code';
  const backupSecret = (): BackupSecret =>
    secretKind === 'passphrase' ? { passphrase: secret } : { recoveryCode: secret };

  const chooseFile = async () => {
    setAlert(null);
    const result = await api.fileOpen({
      filters: BACKUP_FILE_FILTERS.map((filter) => ({
        name: filter.name,
        extensions: [...filter.extensions],
      })),
      maxBytes: MAX_OPEN_FILE_BYTES,
    });
    if (result.status === 'opened') {
      setFile({ name: result.fileName, bytes: result.bytes });
      setPreview(null);
      setErrors([]);
    } else if (result.status === 'failed') {
      setErrors([
        {
          fieldId: FILE_ID,
          message: t(
            result.code === 'too-large' ? 'restore.fileTooLarge' : 'restore.fileReadFailed',
          ),
        },
      ]);
    }
  };

  /** Puts a refusal where it belongs: on the secret field, or about the file as a whole. */
  const showFailure = (failure: RestoreFailure) => {
    switch (failure.code) {
      case 'wrong-passphrase':
      case 'wrong-recovery-code':
      case 'malformed-recovery-code':
        setErrors([{ fieldId: SECRET_ID, message: storageText(failure.code) }]);
        return;
      case 'weak-passphrase':
        setErrors([weakPassphraseError(NEW_ID, failure.strength)]);
        return;
      default:
        setErrors([]);
        setAlert(`${storageText(failure.code)} ${t('restore.refused')}`);
    }
  };

  const check = async () => {
    const problems: FormError[] = [];
    if (!file) problems.push({ fieldId: FILE_ID, message: t('restore.fileMissing') });
    if (secret.trim() === '')
      problems.push({ fieldId: SECRET_ID, message: t('restore.secretEmpty') });
    setErrors(problems);
    if (!file || problems.length > 0) return;
    setBusy('check');
    const result = await inspectBackup(file.bytes, backupSecret());
    setBusy(null);
    if (result.ok) setPreview(result.value);
    else showFailure(result.error);
  };

  const askToConfirm = () => {
    const problems = needsNewPassphrase ? checkNewPassphrase(NEW_ID, newPassphrase) : [];
    setErrors(problems);
    if (problems.length === 0) setConfirming(true);
  };

  const restore = async () => {
    setConfirming(false);
    const database = getDatabase();
    const session = getSession();
    if (!file || !database || (mode === 'merge' && !session)) {
      setAlert(storageText(mode === 'merge' ? 'locked' : 'unavailable'));
      return;
    }
    setBusy('restore');
    const result = await restoreBackup(database, file.bytes, backupSecret(), new Date(), {
      ...(needsNewPassphrase ? { newPassphrase: newPassphrase.passphrase } : {}),
      ...(mode === 'merge' && session ? { session } : {}),
    });
    setBusy(null);
    if (result.ok) onRestored(result.value);
    else showFailure(result.error);
  };

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (busy) return;
    setAlert(null);
    if (preview) askToConfirm();
    else void check();
  };

  const resetPreview = () => {
    setPreview(null);
    setConfirming(false);
  };

  const fileError = fieldError(errors, FILE_ID);
  const madeAt = preview ? formatDateTime(new Date(preview.createdAt)) : '';
  const Heading = mode === 'new' ? PageTitle : SectionTitle;

  return (
    <>
      <Heading>{t('restore.title')}</Heading>
      <p className={mode === 'new' ? 'lead' : undefined}>
        {t(mode === 'new' ? 'restore.introNew' : 'restore.introMerge')}
      </p>
      <ErrorSummary errors={errors} />
      <FormAlert message={alert} />
      <form noValidate aria-busy={busy !== null} onSubmit={submit}>
        <div className={fileError ? 'field field--invalid' : 'field'}>
          <span className="field__label" id={`${FILE_ID}-label`}>
            {t('restore.fileLabel')}
          </span>
          <span className="field__hint" id={`${FILE_ID}-name`}>
            {file ? t('restore.fileChosen', { fileName: file.name }) : t('restore.noFile')}
          </span>
          <FieldError id={`${FILE_ID}-error`} message={fileError} />
          <div className="field__row">
            <button
              id={FILE_ID}
              type="button"
              className="button"
              aria-describedby={describedBy(`${FILE_ID}-name`, fileError && `${FILE_ID}-error`)}
              onClick={() => {
                resetPreview();
                void chooseFile();
              }}
            >
              {file ? t('restore.otherFile') : t('restore.chooseFile')}
            </button>
          </div>
        </div>

        <fieldset className="field">
          <legend className="field__label">{t('restore.secretLegend')}</legend>
          {(['passphrase', 'code'] as const).map((kind) => (
            <label key={kind} className="checkbox">
              <input
                type="radio"
                name="restore-secret-kind"
                value={kind}
                checked={secretKind === kind}
                onChange={() => {
                  setSecretKind(kind);
                  resetPreview();
                }}
              />
              <span>
                {t(kind === 'passphrase' ? 'restore.secretPassphrase' : 'restore.secretCode')}
              </span>
            </label>
          ))}
        </fieldset>

        <PassphraseField
          id={SECRET_ID}
          label={t(secretKind === 'passphrase' ? 'restore.passphraseLabel' : 'restore.codeLabel')}
          value={secret}
          variant={secretKind === 'passphrase' ? 'passphrase' : 'code'}
          autoComplete="off"
          error={fieldError(errors, SECRET_ID)}
          onChange={(next) => {
            setSecret(next);
            resetPreview();
          }}
        />

        {preview ? (
          <section className="panel" aria-labelledby="restore-preview-title">
            <h2 id="restore-preview-title">{t('restore.previewTitle')}</h2>
            <dl className="facts facts--preview">
              <dt>{t('restore.previewMade')}</dt>
              <dd>{madeAt}</dd>
              {countOrder.map((table) => (
                <CountRow key={table} table={table} count={preview.counts[table]} />
              ))}
            </dl>
          </section>
        ) : null}

        {preview && needsNewPassphrase ? (
          <section aria-labelledby="restore-new-title">
            <h2 id="restore-new-title">{t('restore.newPassphraseTitle')}</h2>
            <p>{t('restore.newPassphraseBody')}</p>
            <NewPassphraseFields
              idPrefix={NEW_ID}
              value={newPassphrase}
              onChange={setNewPassphrase}
              errors={errors}
              label={t('restore.newLabel')}
              repeatLabel={t('restore.repeatLabel')}
            />
          </section>
        ) : null}

        <BusyNotice
          busy={busy !== null}
          text={t(busy === 'restore' ? 'form.busyRestore' : 'form.busyCheck')}
        />
        <div className="button-row">
          <button type="submit" className="button button--primary" aria-disabled={busy !== null}>
            {t(preview ? 'restore.start' : 'restore.check')}
          </button>
          {onBack ? (
            <button
              type="button"
              className="button"
              aria-disabled={busy !== null}
              onClick={busy ? undefined : onBack}
            >
              {backLabel ?? t('firstRun.back')}
            </button>
          ) : null}
        </div>
      </form>
      <ConfirmDialog
        open={confirming}
        title={t('restore.confirmTitle')}
        body={t(
          mode === 'merge'
            ? 'restore.confirmBodyMerge'
            : needsNewPassphrase
              ? 'restore.confirmBodyNewCode'
              : 'restore.confirmBodyNew',
          { date: madeAt },
        )}
        confirmLabel={t('restore.confirmYes')}
        cancelLabel={t('restore.confirmNo')}
        onConfirm={() => void restore()}
        onCancel={() => {
          setConfirming(false);
        }}
      />
    </>
  );
}

function SectionTitle({ children }: { children: string }) {
  return <h2>{children}</h2>;
}

function CountRow({ table, count }: { table: BackupTable; count: number }) {
  return (
    <>
      <dt>{t(`restore.count.${table}`)}</dt>
      <dd>{formatNumber(count)}</dd>
    </>
  );
}
