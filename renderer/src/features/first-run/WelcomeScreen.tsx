import { t } from '../../app/i18n';
import { PageTitle } from '../../components/PageTitle';

/** First run: start fresh, or bring the data of another laptop over from a backup. */
export function WelcomeScreen({ onNew, onRestore }: { onNew: () => void; onRestore: () => void }) {
  return (
    <>
      <PageTitle>{t('firstRun.welcomeTitle')}</PageTitle>
      <p className="lead">{t('firstRun.welcomeIntro')}</p>
      <div className="choice-grid">
        <section className="choice" aria-labelledby="first-run-new">
          <h2 id="first-run-new">{t('firstRun.newTitle')}</h2>
          <p>{t('firstRun.newBody')}</p>
          <button type="button" className="button button--primary" onClick={onNew}>
            {t('firstRun.newButton')}
          </button>
        </section>
        <section className="choice" aria-labelledby="first-run-backup">
          <h2 id="first-run-backup">{t('firstRun.backupTitle')}</h2>
          <p>{t('firstRun.backupBody')}</p>
          <button type="button" className="button" onClick={onRestore}>
            {t('firstRun.backupButton')}
          </button>
        </section>
      </div>
    </>
  );
}
