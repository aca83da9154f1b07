import { t } from '../../app/i18n';
import { PageTitle } from '../../components/PageTitle';

export function HomeScreen() {
  return (
    <>
      <PageTitle>{t('home.title')}</PageTitle>
      <p className="lead">{t('home.intro')}</p>
      <section className="panel" aria-labelledby="status-title">
        <h2 id="status-title">{t('home.statusTitle')}</h2>
        <ul className="status-list">
          <li>{t('home.statusReady')}</li>
          <li>{t('home.statusLock')}</li>
          <li>{t('home.statusBackup')}</li>
        </ul>
      </section>
      <section className="panel" aria-labelledby="next-title">
        <h2 id="next-title">{t('home.nextTitle')}</h2>
        <p>{t('home.nextBody')}</p>
      </section>
    </>
  );
}
