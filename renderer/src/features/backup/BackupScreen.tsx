import { useEffect, useRef, useState } from 'react';
import { storageText, t } from '../../app/i18n';
import { usePlatform } from '../../app/platform-context';
import { BusyNotice } from '../../components/BusyNotice';
import { FormAlert } from '../../components/FormAlert';
import { PageTitle } from '../../components/PageTitle';
import { BACKUP_FILE_FILTERS, backupFileName, exportBackup, type RestoreOutcome } from '../../db';
import { getSession, requireSession } from '../session/current-session';
import { adoptSession } from '../session/session-manager';
import { RestoreFlow } from './RestoreFlow';

/** The IPC contract takes bytes over a plain ArrayBuffer; copy only when they are not. */
function plainBytes(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes.buffer instanceof ArrayBuffer
    ? (bytes as Uint8Array<ArrayBuffer>)
    : new Uint8Array(bytes);
}

/** Make a backup file, or merge one in. */
export function BackupScreen() {
  const { api } = usePlatform();
  const [busy, setBusy] = useState(false);
  const [alert, setAlert] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [restoreKey, setRestoreKey] = useState(0);
  const [restored, setRestored] = useState<string | null>(null);
  const restoredRef = useRef<HTMLParagraphElement>(null);

  // The form the focus was in is replaced by a fresh one: put focus on the outcome instead.
  useEffect(() => {
    if (restored) restoredRef.current?.focus();
  }, [restored]);

  const makeBackup = async () => {
    if (busy) return;
    setRestored(null);
    setAlert(null);
    setStatus(null);
    setBusy(true);
    const now = new Date();
    const exported = await exportBackup(requireSession(), now);
    if (!exported.ok) {
      setBusy(false);
      setAlert(storageText(exported.error.code));
      return;
    }
    const saved = await api.fileSave({
      suggestedName: backupFileName(now),
      filters: BACKUP_FILE_FILTERS.map((filter) => ({
        name: filter.name,
        extensions: [...filter.extensions],
      })),
      bytes: plainBytes(exported.value),
    });
    setBusy(false);
    if (saved.status === 'saved') setStatus(t('backup.saved', { fileName: saved.fileName }));
    else if (saved.status === 'cancelled') setStatus(t('backup.cancelled'));
    else setAlert(t('backup.saveFailed'));
  };

  const onRestored = (outcome: RestoreOutcome) => {
    if (outcome.session !== getSession()) adoptSession(outcome.session);
    setRestored(
      outcome.mode === 'merge'
        ? t('restore.doneMerge', {
            added: outcome.added,
            updated: outcome.updated,
            unchanged: outcome.unchanged,
          })
        : t('restore.doneNew'),
    );
    // A fresh form, so the secret and the file do not linger after the restore.
    setRestoreKey((key) => key + 1);
  };

  return (
    <>
      <PageTitle>{t('backup.title')}</PageTitle>
      <p className="lead">{t('backup.intro')}</p>
      <section className="panel" aria-labelledby="backup-make-title">
        <h2 id="backup-make-title">{t('backup.makeTitle')}</h2>
        <p>{t('backup.makeBody')}</p>
        <FormAlert message={alert} />
        <div role="status">
          {status ? <p className="notice notice--success">{status}</p> : null}
        </div>
        <BusyNotice busy={busy} text={t('form.busyBackup')} />
        <div className="button-row">
          <button
            type="button"
            className="button button--primary"
            aria-disabled={busy}
            onClick={() => void makeBackup()}
          >
            {t('backup.makeButton')}
          </button>
        </div>
      </section>
      <section className="panel">
        <div role="status">
          {restored ? (
            <p ref={restoredRef} className="notice notice--success" tabIndex={-1}>
              {restored}
            </p>
          ) : null}
        </div>
        <RestoreFlow key={restoreKey} mode="merge" onRestored={onRestored} />
      </section>
    </>
  );
}
