import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { t } from '../../app/i18n';
import { useAppStore } from '../../store';

/** A one-off confirmation (e.g. "De back-up is teruggezet") that goes away on the next route. */
export function FlashNotice() {
  const flash = useAppStore((state) => state.flash);
  const clearFlash = useAppStore((state) => state.clearFlash);
  const { pathname } = useLocation();
  const shownAt = useRef(pathname);

  useEffect(() => {
    if (shownAt.current !== pathname) {
      shownAt.current = pathname;
      clearFlash();
    }
  }, [pathname, clearFlash]);

  return (
    <div role="status">
      {flash ? <p className="notice notice--success">{t(flash.key, flash.values)}</p> : null}
    </div>
  );
}
