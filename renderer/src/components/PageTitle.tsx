import { useEffect } from 'react';
import { t } from '../app/i18n';

/** The screen's h1, also written into the window title so the taskbar says where you are. */
export function PageTitle({ children }: { children: string }) {
  useEffect(() => {
    const appName = t('app.name');
    document.title = children === appName ? appName : `${children} – ${appName}`;
  }, [children]);
  return (
    <h1 className="page-title" tabIndex={-1}>
      {children}
    </h1>
  );
}
