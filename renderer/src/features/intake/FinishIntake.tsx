import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { storageText, t } from '../../app/i18n';
import { BusyNotice } from '../../components/BusyNotice';
import type { HouseholdDossier } from '../../db';
import { useAppStore } from '../../store';
import { useActiveProfile } from '../profiles/useActiveProfile';
import { requireSession } from '../session/current-session';
import { finishProblems, saveIntake, type FinishProblem } from './finish-intake';
import type { IntakeDraft } from './intake-draft';
import { intakePath } from './intake-key';
import type { Person } from '../../../../shared/schemas/person';
import { adviceResult } from './summary-data';

/**
 * Resolves once `node` left the page, i.e. the next screen was committed (a lazy screen can keep
 * the old one up for a while), plus a frame for its effects: a flash set earlier would be cleared
 * by FlashNotice's route change.
 */
async function screenReplaced(node: Element | null): Promise<void> {
  for (let attempt = 0; attempt < 250 && node?.isConnected === true; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await new Promise((resolve) => setTimeout(resolve, 0));
}

/** "Gesprek afronden": checks, writes the records, clears the draft and opens the dossier. */
export function FinishIntake({
  draft,
  dossier,
  persons,
  clearDraft,
  onFinishing,
}: {
  draft: IntakeDraft;
  dossier: HouseholdDossier;
  persons: readonly Person[];
  clearDraft: () => Promise<void>;
  /** Stops the flow from writing the draft again while it is being removed. */
  onFinishing: (finishing: boolean) => void;
}) {
  const profile = useActiveProfile();
  const navigate = useNavigate();
  const showFlash = useAppStore((state) => state.showFlash);
  const [problems, setProblems] = useState<readonly FinishProblem[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const sectionRef = useRef<HTMLElement>(null);

  useEffect(() => {
    if (problems.length > 0 || failure !== null) summaryRef.current?.focus();
  }, [problems, failure]);

  const finish = async () => {
    const now = new Date();
    const found = finishProblems(draft, persons, now);
    setProblems(found);
    setFailure(null);
    if (found.length > 0) return;
    setBusy(true);
    const activeProfile = profile.status === 'ready' ? profile.profile : null;
    const advice =
      activeProfile === null
        ? null
        : adviceResult(draft, dossier.household, persons, dossier.assessments, activeProfile, now);
    const outcome = await saveIntake(
      requireSession(),
      {
        draft,
        household: dossier.household,
        persons,
        profile: activeProfile,
        advice,
        // A later conversation with a household that already had one is a follow-up (evaluatie).
        kind: dossier.conversations.some((earlier) => earlier.id !== draft.conversationId)
          ? 'evaluatie'
          : 'intake',
      },
      now,
    );
    if (!outcome.ok) {
      setBusy(false);
      setFailure(
        `${t('intake.saveFailed', { reason: storageText(outcome.code) })}${outcome.partly ? ` ${t('intake.savePartly')}` : ''}`,
      );
      return;
    }
    onFinishing(true);
    await clearDraft();
    const node = sectionRef.current;
    await navigate(`/huishouden/${dossier.household.id}`);
    await screenReplaced(node);
    showFlash({ key: 'intake.finished' });
  };

  return (
    <section ref={sectionRef} className="intake-finish" aria-labelledby="intake-finish-title">
      <h2 id="intake-finish-title" className="visually-hidden">
        {t('intake.finish')}
      </h2>
      {problems.length > 0 || failure !== null ? (
        <div
          ref={summaryRef}
          tabIndex={-1}
          className="error-summary"
          aria-labelledby="intake-finish-problems"
        >
          <h2 id="intake-finish-problems">{t('form.errorSummaryTitle')}</h2>
          {failure !== null ? <p role="alert">{failure}</p> : null}
          {problems.length > 0 ? (
            <ul>
              {problems.map((problem) => (
                <li key={`${problem.key}:${JSON.stringify(problem.values)}`}>
                  <Link to={intakePath(dossier.household.id, problem.step)}>
                    {t(problem.key, problem.values)}
                  </Link>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      <p className="intake__hint">{t('intake.finishHint')}</p>
      <div className="utrecht-button-group">
        <button
          type="button"
          className="utrecht-button utrecht-button--primary-action"
          disabled={busy}
          onClick={() => void finish()}
        >
          {t('intake.finish')}
        </button>
      </div>
      <BusyNotice busy={busy} text={t('intake.finishing')} />
    </section>
  );
}
