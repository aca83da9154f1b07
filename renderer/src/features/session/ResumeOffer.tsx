import { useEffect, useRef } from 'react';
import { useNavigate } from 'react-router';
import { formatDateTime, t } from '../../app/i18n';
import { useAppStore } from '../../store';
import { getSession } from './current-session';
import { findDraftForm } from './draft-forms';

/**
 * "Verder waar u was": after unlock, the forms with unsaved input. The professional chooses:
 * go on (the form loads its draft), throw it away, or decide later. Nothing resumes by itself.
 */
export function ResumeOffer() {
  const drafts = useAppStore((state) => state.resumeOffer);
  const setResumeOffer = useAppStore((state) => state.setResumeOffer);
  const dropFromResumeOffer = useAppStore((state) => state.dropFromResumeOffer);
  const navigate = useNavigate();
  const titleRef = useRef<HTMLHeadingElement>(null);
  const hasOffer = drafts.length > 0;

  // The offer arrives just after unlock. If the professional has not moved yet (focus still on
  // the page title), bring them here first: it is a choice to make before anything else.
  useEffect(() => {
    if (!hasOffer) return;
    const active = document.activeElement;
    if (active === document.body || active?.tagName === 'H1') titleRef.current?.focus();
  }, [hasOffer]);

  if (!hasOffer) return null;
  return (
    <section className="panel resume" aria-labelledby="resume-title">
      <h2 id="resume-title" ref={titleRef} tabIndex={-1}>
        {t('resume.title')}
      </h2>
      <p>{t('resume.intro')}</p>
      <ul className="settings-list">
        {drafts.map((draft) => {
          const form = findDraftForm(draft.key);
          const label = form ? form.label(draft.key) : t('resume.unknownForm');
          return (
            <li key={draft.key} className="resume__item">
              <p>
                <strong>{label}</strong>{' '}
                {t('resume.savedAt', { date: formatDateTime(new Date(draft.updatedAt)) })}
              </p>
              <div className="button-row">
                {form ? (
                  <button
                    type="button"
                    className="button button--primary"
                    aria-label={t('resume.continueLabel', { form: label })}
                    onClick={() => {
                      dropFromResumeOffer(draft.key);
                      void navigate(form.path(draft.key));
                    }}
                  >
                    {t('resume.continue')}
                  </button>
                ) : null}
                <button
                  type="button"
                  className="button"
                  aria-label={t('resume.discardLabel', { form: label })}
                  onClick={() => {
                    dropFromResumeOffer(draft.key);
                    void getSession()?.drafts.discard(draft.key);
                  }}
                >
                  {t('resume.discard')}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
      <div className="button-row">
        <button
          type="button"
          className="link-button"
          onClick={() => {
            setResumeOffer([]);
          }}
        >
          {t('resume.later')}
        </button>
      </div>
    </section>
  );
}
