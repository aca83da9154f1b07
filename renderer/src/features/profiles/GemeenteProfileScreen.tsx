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
import { FormAlert } from '../../components/FormAlert';
import { PageTitle } from '../../components/PageTitle';
import { requireSession } from '../session/current-session';
import { addImportedProfile, getImportedProfiles } from './imported-profiles';

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
  const [imported, setImported] = useState<readonly Profile[]>(getImportedProfiles);
  const [alert, setAlert] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [issues, setIssues] = useState<readonly string[]>([]);
  const [busy, setBusy] = useState(false);
  const refusalRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let live = true;
    void requireSession()
      .settings.get()
      .then((result) => {
        if (!live) return;
        if (result.ok) {
          setChosenId(result.value.gemeenteProfileId);
          setSelected(resolveProfile(result.value.gemeenteProfileId, getImportedProfiles()).id);
        } else {
          setAlert(storageText(result.error.code));
        }
        setLoaded(true);
      });
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    if (issues.length > 0) refusalRef.current?.focus();
  }, [issues]);

  const active = resolveProfile(chosenId, imported);
  const missing = chosenId !== undefined && findProfile(chosenId, imported) === undefined;

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
    setStatus(t('profiles.chosen', { name: profile.name }));
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
    setImported(addImportedProfile(outcome.profile));
    setStatus(t('profiles.imported', summary(outcome.profile)));
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
            {missing ? (
              <p className="notice">{t('profiles.missing', { id: chosenId, name: active.name })}</p>
            ) : null}
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
      </section>
    </>
  );
}
