import { useEffect, useRef, useState, type SubmitEvent } from 'react';
import { MAX_OPEN_FILE_BYTES } from '../../../../shared/ipc';
import {
  PROFILES,
  findProfile,
  formatProfileIssue,
  importProfile,
  resolveProfile,
  serializeProfile,
  type Profile,
} from '../../../../shared/profiles';
import { storageText, t } from '../../app/i18n';
import { usePlatform } from '../../app/platform-context';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FormAlert } from '../../components/FormAlert';
import { PageTitle } from '../../components/PageTitle';
import { requireSession } from '../session/current-session';
import { activeProfileOf, loadProfileChoice, notifyProfilesChanged } from './useActiveProfile';
import '../../styles/profiles.css';

/** A profile file is small (the largest shipped one is well under 100 kB). */
export const MAX_PROFILE_FILE_BYTES = Math.min(2 * 1024 * 1024, MAX_OPEN_FILE_BYTES);
const PROFILE_FILE_FILTERS = [{ name: t('profiles.fileFilter'), extensions: ['json'] }];
const CHOICE_NAME = 'gemeente-profile';

/** Imported profiles first: one with the id of a shipped profile takes its place. */
function choices(imported: readonly Profile[]): { profile: Profile; imported: boolean }[] {
  const importedIds = new Set(imported.map((profile) => profile.id));
  return [
    ...PROFILES.map((profile) =>
      importedIds.has(profile.id)
        ? { profile: findProfile(profile.id, imported) ?? profile, imported: true }
        : { profile, imported: false },
    ),
    ...imported
      .filter((profile) => !PROFILES.some((shipped) => shipped.id === profile.id))
      .map((profile) => ({ profile, imported: true })),
  ];
}

function summary(profile: Profile) {
  return { name: profile.name, version: profile.version, count: profile.catalogue.length };
}

export function GemeenteProfileScreen() {
  const { api } = usePlatform();
  const [loaded, setLoaded] = useState(false);
  const [chosenId, setChosenId] = useState<string | undefined>(undefined);
  const [selected, setSelected] = useState<string>('');
  const [imported, setImported] = useState<readonly Profile[]>([]);
  const [unusable, setUnusable] = useState<readonly string[]>([]);
  const [settingsUnavailable, setSettingsUnavailable] = useState(false);
  const [removing, setRemoving] = useState<Profile | null>(null);
  const [alert, setAlert] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [issues, setIssues] = useState<readonly string[]>([]);
  const [busy, setBusy] = useState(false);
  const refusalRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let live = true;
    loadProfileChoice().then(
      (choice) => {
        if (!live) return;
        setChosenId(choice.chosenId);
        setImported(choice.imported);
        setUnusable(choice.unusable);
        setSettingsUnavailable(choice.settingsUnavailable === true);
        setSelected(activeProfileOf(choice).profile.id);
        if (choice.importedUnavailable) setAlert(t('profiles.importedUnavailable'));
        setLoaded(true);
      },
      () => undefined, // Locked meanwhile: the vault gate unmounts this screen.
    );
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    if (issues.length > 0) refusalRef.current?.focus();
  }, [issues]);

  const { profile: active, fallback: missing } = activeProfileOf({
    chosenId,
    imported,
    unusable,
    importedUnavailable: false,
  });

  const clearMessages = () => {
    setAlert(null);
    setStatus(null);
    setIssues([]);
  };

  const choose = async (event: SubmitEvent) => {
    event.preventDefault();
    if (busy) return;
    clearMessages();
    const profile = findProfile(selected, imported);
    if (!profile) return;
    setBusy(true);
    const result = await requireSession().settings.update(
      { gemeenteProfileId: profile.id },
      new Date(),
    );
    setBusy(false);
    if (!result.ok) {
      setAlert(storageText(result.error.code));
      return;
    }
    setChosenId(result.value.gemeenteProfileId ?? profile.id);
    setSettingsUnavailable(false);
    setStatus(t('profiles.chosen', { name: profile.name }));
    notifyProfilesChanged();
  };

  const exportProfile = async () => {
    if (busy) return;
    clearMessages();
    setBusy(true);
    const saved = await api.fileSave({
      suggestedName: `keukentafel-profiel-${active.id}.json`,
      filters: PROFILE_FILE_FILTERS,
      bytes: new TextEncoder().encode(serializeProfile(active)),
    });
    setBusy(false);
    if (saved.status === 'saved') setStatus(t('profiles.exported', { fileName: saved.fileName }));
    else if (saved.status === 'cancelled') setStatus(t('profiles.exportCancelled'));
    else setAlert(t('profiles.exportFailed'));
  };

  const readProfile = async () => {
    if (busy) return;
    clearMessages();
    setBusy(true);
    const opened = await api.fileOpen({
      filters: PROFILE_FILE_FILTERS,
      maxBytes: MAX_PROFILE_FILE_BYTES,
    });
    setBusy(false);
    if (opened.status === 'cancelled') return;
    if (opened.status === 'failed') {
      setIssues([
        t(opened.code === 'too-large' ? 'profiles.fileTooLarge' : 'profiles.fileReadFailed'),
      ]);
      return;
    }
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(opened.bytes);
    } catch {
      setIssues([t('profiles.fileNotText')]);
      return;
    }
    // importProfile keeps the active profile on any problem: nothing changes on refusal.
    const outcome = importProfile(active, text);
    if (outcome.issues.length > 0) {
      setIssues(outcome.issues.map(formatProfileIssue));
      return;
    }
    // Sealed on this laptop, so it is still there after a restart.
    setBusy(true);
    const saved = await requireSession().profiles.save(outcome.profile, new Date());
    setBusy(false);
    if (!saved.ok) {
      setAlert(storageText(saved.error.code));
      return;
    }
    setImported([saved.value, ...imported.filter((other) => other.id !== saved.value.id)]);
    setUnusable(unusable.filter((id) => id !== saved.value.id));
    setStatus(t('profiles.imported', summary(saved.value)));
    notifyProfilesChanged();
  };

  const remove = async (profile: Profile) => {
    setRemoving(null);
    if (busy) return;
    clearMessages();
    setBusy(true);
    const result = await requireSession().profiles.remove(profile.id, new Date());
    setBusy(false);
    if (!result.ok && result.error.code !== 'not-found') {
      setAlert(storageText(result.error.code));
      return;
    }
    const rest = imported.filter((other) => other.id !== profile.id);
    setImported(rest);
    const next = resolveProfile(chosenId, rest);
    // A radio that no longer exists cannot stay selected: fall back to what is active now.
    if (findProfile(selected, rest) === undefined) setSelected(next.id);
    notifyProfilesChanged();
    if (chosenId === undefined || findProfile(chosenId, rest) !== undefined) {
      setStatus(t('profiles.removed', { name: profile.name }));
      return;
    }
    // The chosen profile is gone on purpose: store the one used now, so no "gone" warning follows.
    setBusy(true);
    const saved = await requireSession().settings.update(
      { gemeenteProfileId: next.id },
      new Date(),
    );
    setBusy(false);
    if (!saved.ok) {
      setAlert(storageText(saved.error.code));
      return;
    }
    setChosenId(saved.value.gemeenteProfileId ?? next.id);
    setStatus(t('profiles.removedActive', { removed: profile.name, name: next.name }));
    notifyProfilesChanged();
  };

  return (
    <>
      <PageTitle>{t('profiles.title')}</PageTitle>
      <p>{t('profiles.intro')}</p>
      <div role="alert">
        {issues.length > 0 ? (
          <div
            ref={refusalRef}
            className="error-summary"
            tabIndex={-1}
            aria-labelledby="profiles-refused-title"
          >
            <h2 id="profiles-refused-title">{t('profiles.importRefusedTitle')}</h2>
            <p>{t('profiles.importRefusedBody')}</p>
            <ul>
              {issues.map((issue) => (
                <li key={issue}>{issue}</li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
      <FormAlert message={alert} />
      <div role="status">
        {status !== null ? <p className="notice notice--success">{status}</p> : null}
      </div>
      <section className="panel" aria-labelledby="profiles-active-title" aria-busy={!loaded}>
        <h2 id="profiles-active-title">{t('profiles.activeTitle')}</h2>
        {loaded ? (
          <>
            {settingsUnavailable ? (
              <div className="notice notice--warning" role="alert">
                <p className="notice__title">{t('profiles.settingsUnavailableTitle')}</p>
                <p>{t('profiles.settingsUnavailable', { name: active.name })}</p>
              </div>
            ) : null}
            {missing ? (
              <div className="notice notice--warning">
                <p className="notice__title">{t('profiles.missingTitle')}</p>
                <p>{t('profiles.missing', { id: chosenId ?? '', name: active.name })}</p>
              </div>
            ) : null}
            {unusable.map((id) => (
              <p key={id} className="notice notice--warning">
                {t('profiles.unusable', { id })}
              </p>
            ))}
            <dl className="facts">
              <dt>{t('profiles.activeName')}</dt>
              <dd>{active.name}</dd>
              <dt>{t('profiles.activeVersion')}</dt>
              <dd>{active.version}</dd>
              <dt>{t('profiles.activeCount')}</dt>
              <dd>{active.catalogue.length}</dd>
            </dl>
          </>
        ) : (
          <p>{t('profiles.loading')}</p>
        )}
      </section>
      <section className="panel" aria-labelledby="profiles-choose-title">
        <h2 id="profiles-choose-title">{t('profiles.chooseTitle')}</h2>
        <form noValidate aria-busy={busy} onSubmit={(event) => void choose(event)}>
          <fieldset className="field">
            <legend className="field__label">{t('profiles.chooseLegend')}</legend>
            {choices(imported).map(({ profile, imported: isImported }) => (
              <label key={profile.id} className="checkbox">
                <input
                  type="radio"
                  name={CHOICE_NAME}
                  value={profile.id}
                  checked={selected === profile.id}
                  onChange={() => {
                    setSelected(profile.id);
                  }}
                />
                <span>
                  {t(isImported ? 'profiles.optionImported' : 'profiles.option', summary(profile))}
                </span>
              </label>
            ))}
          </fieldset>
          <button type="submit" className="button button--primary" aria-disabled={busy}>
            {t('profiles.choose')}
          </button>
        </form>
      </section>
      <section className="panel" aria-labelledby="profiles-export-title">
        <h2 id="profiles-export-title">{t('profiles.exportTitle')}</h2>
        <p>{t('profiles.exportBody')}</p>
        <button
          type="button"
          className="button"
          aria-disabled={busy}
          onClick={() => void exportProfile()}
        >
          {t('profiles.export')}
        </button>
      </section>
      <section className="panel" aria-labelledby="profiles-import-title">
        <h2 id="profiles-import-title">{t('profiles.importTitle')}</h2>
        <p>{t('profiles.importBody')}</p>
        <p>{t('profiles.importSession')}</p>
        <button
          type="button"
          className="button"
          aria-disabled={busy}
          onClick={() => void readProfile()}
        >
          {t('profiles.import')}
        </button>
        <h3 id="profiles-imported-title">{t('profiles.importedTitle')}</h3>
        {imported.length === 0 ? (
          <p>{t('profiles.importedNone')}</p>
        ) : (
          <ul className="profiles-imported" aria-labelledby="profiles-imported-title">
            {imported.map((profile) => (
              <li key={profile.id} className="profiles-imported__item">
                <span>{t('profiles.option', summary(profile))}</span>
                <button
                  type="button"
                  className="button button--danger"
                  aria-disabled={busy}
                  aria-label={t('profiles.removeNamed', { name: profile.name })}
                  onClick={() => {
                    if (!busy) setRemoving(profile);
                  }}
                >
                  {t('profiles.remove')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <ConfirmDialog
        open={removing !== null}
        title={t('profiles.removeTitle', { name: removing?.name ?? '' })}
        body={
          removing !== null && removing.id === active.id
            ? t('profiles.removeBodyActive', {
                next: resolveProfile(
                  chosenId,
                  imported.filter((other) => other.id !== removing.id),
                ).name,
              })
            : t('profiles.removeBody')
        }
        confirmLabel={t('profiles.removeYes')}
        cancelLabel={t('profiles.removeNo')}
        onConfirm={() => {
          if (removing) void remove(removing);
        }}
        onCancel={() => {
          setRemoving(null);
        }}
      />
    </>
  );
}
