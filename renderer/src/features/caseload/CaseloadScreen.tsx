import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { Link, useLocation } from 'react-router';
import { formatDate, storageText, t } from '../../app/i18n';
import { PageTitle } from '../../components/PageTitle';
import { useAppStore } from '../../store';
import { lastActivity, recentEntries } from '../../../../shared/caseload/caseload-index';
import type { CaseloadEntry, CaseloadHit } from '../../db';
import { NEW_HOUSEHOLD_PATH } from '../household/new-household-form';
import { localIsoDay } from '../../../../shared/household/birth-date';
import { EvaluationBadge } from './EvaluationBadge';
import { countText, matchedText, memberText } from './household-text';
import { useCaseload } from './useCaseload';
import '../../styles/caseload.css';

const RECENT_LIMIT = 10;
const RESULT_LIMIT = 50;
/** The live region waits for a pause in typing, so a screen reader is not talked over. */
const ANNOUNCE_DELAY_MS = 600;

export const householdPath = (householdId: string) => `/huishouden/${householdId}`;

/** Arrow keys move between the search box and the links of the list below it. */
function moveFocus(
  event: KeyboardEvent<HTMLElement>,
  list: HTMLElement | null,
  input: HTMLInputElement | null,
) {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const links = Array.from(list?.querySelectorAll<HTMLAnchorElement>('a[data-result]') ?? []);
  if (links.length === 0) return;
  const index = links.indexOf(event.target as HTMLAnchorElement);
  const next =
    event.key === 'ArrowDown'
      ? links[Math.min(index + 1, links.length - 1)]
      : index <= 0
        ? input
        : links[index - 1];
  if (!next) return;
  event.preventDefault();
  next.focus();
}

interface HouseholdItemProps {
  entry: CaseloadEntry;
  hit?: CaseloadHit | undefined;
  today: string;
  onOpen?: (() => void) | undefined;
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
}

function HouseholdItem({ entry, hit, today, onOpen, onKeyDown }: HouseholdItemProps) {
  const detailsId = useId();
  return (
    <li className={entry.practice ? 'caseload-item caseload-item--practice' : 'caseload-item'}>
      <div className="caseload-item__head">
        <Link
          to={householdPath(entry.householdId)}
          className="caseload-item__link"
          aria-describedby={detailsId}
          data-result=""
          onClick={onOpen}
          onKeyDown={onKeyDown}
        >
          {entry.label}
        </Link>
        {entry.practice ? (
          <span className="utrecht-status-badge utrecht-status-badge--warning caseload-badge">
            {t('caseload.practiceBadge')}
          </span>
        ) : null}
        <EvaluationBadge entry={entry} today={today} />
      </div>
      <div id={detailsId} className="caseload-item__details">
        {entry.persons.length === 0 ? (
          <p>{t('caseload.noMembers')}</p>
        ) : (
          <ul className="caseload-members" aria-label={t('caseload.membersLabel')}>
            {entry.persons.map((person) => (
              <li key={person.personId}>{memberText(person)}</li>
            ))}
          </ul>
        )}
        {entry.address === undefined ? null : <p>{entry.address}</p>}
        {hit ? (
          <p className="caseload-item__match">{matchedText(hit.matchedFields)}</p>
        ) : (
          <p className="caseload-item__meta">
            {t('caseload.updated', { date: formatDate(new Date(lastActivity(entry))) })}
          </p>
        )}
      </div>
    </li>
  );
}

/**
 * The start screen: search the caseload as you type (names, birth dates, address parts), or see
 * the most recent households and start a new one. Opening a search hit is logged as a 'search'.
 */
export function CaseloadScreen() {
  const { state, session } = useCaseload();
  const location = useLocation();
  const practiceDeleted =
    (location.state as { notice?: unknown } | null)?.notice === 'practiceDeleted';
  const query = useAppStore((store) => store.caseloadQuery);
  const setQuery = useAppStore((store) => store.setCaseloadQuery);
  const [announced, setAnnounced] = useState({ query: '', text: '' });
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const hintId = useId();
  const searchId = useId();
  const searching = query.trim() !== '';
  const today = localIsoDay(new Date());

  const hits = useMemo(
    () =>
      state.status === 'ready' && searching
        ? session.caseload.search(query, { limit: RESULT_LIMIT })
        : [],
    // `state` changes with every change of the index, so the hits follow new records too.
    [state, searching, session, query],
  );
  const resultCount = countText(hits.length, hits.length >= RESULT_LIMIT);

  useEffect(() => {
    if (state.status !== 'ready') return;
    const timer = setTimeout(() => {
      setAnnounced({ query, text: resultCount });
    }, ANNOUNCE_DELAY_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [resultCount, state.status, query]);
  // Only what belongs to the query on screen is read out; an empty query says nothing.
  const announcement = searching && announced.query === query ? announced.text : '';

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    moveFocus(event, listRef.current, inputRef.current);
  };

  const logOpen = (householdId: string) => () => {
    // NEN 7513: opening a household found by searching is a 'search' of its data; no query text.
    void session.audit.record(
      { action: 'search', objectType: 'caseload', objectIds: [householdId] },
      new Date(),
    );
  };

  return (
    <>
      <PageTitle>{t('caseload.title')}</PageTitle>
      <p className="lead">{t('caseload.intro')}</p>
      {practiceDeleted ? (
        <div className="utrecht-alert utrecht-alert--ok caseload-alert" role="status">
          <p>{t('dossier.practiceDeleted')}</p>
        </div>
      ) : null}
      <div className="caseload-actions">
        <Link to={NEW_HOUSEHOLD_PATH} className="utrecht-button utrecht-button--primary-action">
          {t('caseload.newHousehold')}
        </Link>
      </div>
      <form
        role="search"
        className="caseload-search"
        aria-label={t('caseload.searchTitle')}
        onSubmit={(event) => {
          // Results show while typing; Enter has nothing to send.
          event.preventDefault();
        }}
      >
        <div className="utrecht-form-field">
          <label className="utrecht-form-label" htmlFor={searchId}>
            {t('caseload.searchLabel')}
          </label>
          <p id={hintId} className="utrecht-form-field-description">
            {t('caseload.searchHint')}
          </p>
          <input
            ref={inputRef}
            id={searchId}
            type="search"
            className="utrecht-textbox utrecht-textbox--html-input caseload-search__input"
            autoComplete="off"
            spellCheck={false}
            aria-describedby={hintId}
            value={query}
            onChange={(event) => {
              setQuery(event.target.value);
            }}
            onKeyDown={onKeyDown}
          />
        </div>
      </form>
      <p role="status" aria-live="polite" className="visually-hidden">
        {announcement}
      </p>
      {/* The bench markers (scripts/bench/ui.ts): the list is shown, and for which query. */}
      <div ref={listRef} data-bench={state.status === 'ready' ? 'caseload-list' : undefined}>
        {state.status === 'loading' ? (
          <p className="caseload-note">{t('caseload.loading')}</p>
        ) : state.status === 'failed' ? (
          <div className="utrecht-alert utrecht-alert--error caseload-alert" role="alert">
            <p>{storageText(state.code)}</p>
          </div>
        ) : searching ? (
          <section aria-labelledby="caseload-results-title" data-bench-query={query}>
            <h2 id="caseload-results-title">{t('caseload.resultsTitle')}</h2>
            <p className="caseload-note">{resultCount}</p>
            {hits.length === 0 ? (
              <p>{t('caseload.noResults')}</p>
            ) : (
              <ul className="caseload-list">
                {hits.map((hit) => (
                  <HouseholdItem
                    key={hit.entry.householdId}
                    entry={hit.entry}
                    hit={hit}
                    today={today}
                    onOpen={logOpen(hit.entry.householdId)}
                    onKeyDown={onKeyDown}
                  />
                ))}
              </ul>
            )}
          </section>
        ) : (
          <section aria-labelledby="caseload-recent-title">
            <h2 id="caseload-recent-title">{t('caseload.recentTitle')}</h2>
            {state.entries.length === 0 ? (
              <p>{t('caseload.empty')}</p>
            ) : (
              <>
                <p className="caseload-note">{t('caseload.recentIntro')}</p>
                <ul className="caseload-list">
                  {recentEntries(state.entries, RECENT_LIMIT).map((entry) => (
                    <HouseholdItem
                      key={entry.householdId}
                      entry={entry}
                      today={today}
                      onKeyDown={onKeyDown}
                    />
                  ))}
                </ul>
              </>
            )}
          </section>
        )}
      </div>
    </>
  );
}
