import { lazy, Suspense, useEffect, useRef } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router';
import { SkipLink } from '../components/SkipLink';
import { FlashNotice } from '../features/session/FlashNotice';
import { ResumeOffer } from '../features/session/ResumeOffer';
import { lockNow } from '../features/session/session-manager';
import { useAppStore } from '../store';
import { focusHeadingWhenShown } from './focus-heading';
import { t } from './i18n';

// The zelfinvulmodus replaces this whole frame while it is on (loaded with its own screens).
const SelfEntryFrame = lazy(() =>
  import('../features/self-entry/SelfEntryFrame').then((m) => ({ default: m.SelfEntryFrame })),
);

const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.userAgent);

const navItems = [
  { to: '/', label: 'nav.home', end: true },
  { to: '/instellingen', label: 'nav.settings', end: false },
  { to: '/back-up', label: 'nav.backup', end: false },
  { to: '/over', label: 'nav.about', end: false },
] as const;

/** The frame around every screen: skip link, header with the main menu, and the content area. */
export function Layout() {
  const location = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const selfEntry = useAppStore((state) => state.selfEntry);

  // After a route change, and after unlock (when this frame mounts), move focus to the screen's
  // heading so keyboard and screen-reader users start at the top of what changed.
  useEffect(() => focusHeadingWhenShown(mainRef.current), [location.pathname]);

  if (selfEntry) {
    return (
      <Suspense fallback={null}>
        <SelfEntryFrame entry={selfEntry} />
      </Suspense>
    );
  }

  return (
    <div className="app-shell">
      <SkipLink />
      <header className="app-header">
        <div className="app-header__inner">
          <p className="app-header__name">{t('app.name')}</p>
          <div className="app-header__actions">
            <nav aria-label={t('nav.label')}>
              <ul className="app-nav">
                {navItems.map((item) => (
                  <li key={item.to}>
                    <NavLink to={item.to} end={item.end} className="app-nav__link">
                      {t(item.label)}
                    </NavLink>
                  </li>
                ))}
              </ul>
            </nav>
            <button
              type="button"
              className="lock-button"
              aria-keyshortcuts={isMac ? 'Meta+L' : 'Control+L'}
              onClick={() => void lockNow('user')}
            >
              {t('lock.button')} <kbd>{t(isMac ? 'lock.shortcutMac' : 'lock.shortcut')}</kbd>
            </button>
          </div>
        </div>
      </header>
      <main id="inhoud" ref={mainRef} className="app-main" tabIndex={-1}>
        <FlashNotice />
        <ResumeOffer />
        <Outlet />
      </main>
    </div>
  );
}
