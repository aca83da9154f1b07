import { useEffect, useRef } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router';
import { t } from './i18n';

/** The frame around every screen: skip link, header with the main menu, and the content area. */
export function Layout() {
  const location = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  // After a route change, move focus to the new screen's heading so keyboard and screen-reader
  // users start at the top of what changed (not on the link they just used).
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    mainRef.current?.querySelector<HTMLElement>('h1')?.focus();
  }, [location.pathname]);

  return (
    <div className="app-shell">
      <a className="skip-link" href="#inhoud">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <div className="app-header__inner">
          <p className="app-header__name">{t('app.name')}</p>
          <nav aria-label={t('nav.label')}>
            <ul className="app-nav">
              <li>
                <NavLink to="/" end className="app-nav__link">
                  {t('nav.home')}
                </NavLink>
              </li>
              <li>
                <NavLink to="/over" className="app-nav__link">
                  {t('nav.about')}
                </NavLink>
              </li>
            </ul>
          </nav>
        </div>
      </header>
      <main id="inhoud" ref={mainRef} className="app-main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
