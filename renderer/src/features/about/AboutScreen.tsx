import { useEffect } from 'react';
import { t } from '../../app/i18n';
import { usePlatform } from '../../app/platform-context';
import { PageTitle } from '../../components/PageTitle';
import { useAppStore } from '../../store';

const platformNames: Readonly<Record<string, string>> = {
  win32: 'Windows',
  darwin: 'macOS',
  linux: 'Linux',
  browser: 'Webbrowser',
};

const platformName = (platform: string): string => platformNames[platform] ?? platform;

export function AboutScreen() {
  const { api } = usePlatform();
  const appInfo = useAppStore((state) => state.appInfo);
  const loadAppInfo = useAppStore((state) => state.loadAppInfo);

  useEffect(() => {
    void loadAppInfo(api);
  }, [api, loadAppInfo]);

  return (
    <>
      <PageTitle>{t('about.title')}</PageTitle>
      <p className="lead">{t('about.privacy')}</p>
      <section className="panel" aria-live="polite" aria-busy={appInfo.status === 'loading'}>
        {appInfo.status === 'ready' ? (
          <dl className="facts">
            <dt>{t('about.version')}</dt>
            <dd>{appInfo.info.version}</dd>
            <dt>{t('about.host')}</dt>
            <dd>{t(appInfo.info.host === 'desktop' ? 'about.hostDesktop' : 'about.hostWeb')}</dd>
            <dt>{t('about.platform')}</dt>
            <dd>{platformName(appInfo.info.platform)}</dd>
            <dt>{t('about.runtime')}</dt>
            <dd>
              {Object.entries(appInfo.info.runtime)
                .map(([part, version]) => `${part} ${version}`)
                .join(', ')}
            </dd>
          </dl>
        ) : appInfo.status === 'failed' ? (
          <p role="alert">{t('error.body')}</p>
        ) : (
          <p>{t('about.loading')}</p>
        )}
      </section>
    </>
  );
}
