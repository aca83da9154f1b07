import { useEffect, useRef, type ReactNode } from 'react';
import { focusHeadingWhenShown } from '../../app/focus-heading';
import { t } from '../../app/i18n';
import { SkipLink } from '../../components/SkipLink';

/**
 * The frame of the screens in front of the vault: the app name, no menu. When `view` changes the
 * new heading takes focus, as route changes do in the unlocked app.
 */
export function GateFrame({ view, children }: { view: string; children: ReactNode }) {
  const mainRef = useRef<HTMLElement>(null);
  const shownView = useRef(view);

  useEffect(() => {
    if (shownView.current === view) return;
    shownView.current = view;
    // A screen that put focus in its own field (the lock screen) keeps it there.
    const main = mainRef.current;
    if (main && !main.contains(document.activeElement)) return focusHeadingWhenShown(main);
    return undefined;
  }, [view]);

  return (
    <div className="app-shell">
      <SkipLink />
      <header className="app-header">
        <div className="app-header__inner gate-header">
          <p className="app-header__name">{t('app.name')}</p>
        </div>
      </header>
      <main id="inhoud" ref={mainRef} className="app-main gate-main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
