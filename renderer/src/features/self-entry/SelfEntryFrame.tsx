import { useEffect, useRef } from 'react';
import { Navigate, useLocation } from 'react-router';
import { t } from '../../app/i18n';
import { selfEntryPath, type SelfEntry } from '../../store/self-entry-slice';
import { ResidentFlow } from './ResidentFlow';
import '../../styles/self-entry.css';

/**
 * Replaces the whole Layout while the zelfinvulmodus is on: no menu, no resume offer, no links.
 * Any other route (typed in the address bar, Back, a stale link) is sent back here; the resident's
 * screen stays mounted meanwhile, so nothing typed is lost and no other screen ever renders.
 */
export function SelfEntryFrame({ entry }: { entry: SelfEntry }) {
  const location = useLocation();
  const path = selfEntryPath(entry);
  const mainRef = useRef<HTMLElement>(null);

  useEffect(() => {
    mainRef.current?.querySelector<HTMLElement>('h1')?.focus();
  }, []);

  return (
    <div className="self-entry-shell">
      {location.pathname !== path ? <Navigate to={path} replace /> : null}
      <main
        id="inhoud"
        ref={mainRef}
        className="self-entry"
        tabIndex={-1}
        aria-label={t('selfEntry.frameLabel')}
      >
        <ResidentFlow key={`${path}/${entry.instrument}`} entry={entry} />
      </main>
    </div>
  );
}
