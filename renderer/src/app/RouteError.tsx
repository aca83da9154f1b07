import { Link } from 'react-router';
import { PageTitle } from '../components/PageTitle';
import { t } from './i18n';

/** Shown when a screen throws: calm words, nothing technical, and a way back. */
export function RouteError() {
  return (
    <main id="inhoud" className="app-main">
      <PageTitle>{t('error.title')}</PageTitle>
      <p role="alert">{t('error.body')}</p>
      <p>
        <Link to="/">{t('nav.home')}</Link>
      </p>
    </main>
  );
}

export function NotFoundScreen() {
  return (
    <>
      <PageTitle>{t('notFound.title')}</PageTitle>
      <p>
        <Link to="/">{t('notFound.body')}</Link>
      </p>
    </>
  );
}
