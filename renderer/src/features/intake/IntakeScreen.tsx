import { useEffect, useState } from 'react';
import { Link, Navigate, useParams } from 'react-router';
import { storageText, t } from '../../app/i18n';
import { NotFoundScreen } from '../../app/RouteError';
import { FormAlert } from '../../components/FormAlert';
import { PageTitle } from '../../components/PageTitle';
import type { HouseholdDossier } from '../../db';
import { requireSession } from '../session/current-session';
import { IntakeFlow } from './IntakeFlow';
import { emptyIntakeDraft, IntakeDraftSchema, type IntakeDraft } from './intake-draft';
import {
  INTAKE_STEPS,
  intakeDraftKey,
  intakePath,
  RESUME_SLUG,
  type IntakeStep,
} from './intake-key';
import '../../styles/intake.css';

type Loaded =
  | { status: 'loading' }
  | { status: 'not-found' }
  | { status: 'failed'; message: string }
  | { status: 'ready'; dossier: HouseholdDossier; draft: IntakeDraft };

const isStep = (value: string): value is IntakeStep =>
  (INTAKE_STEPS as readonly string[]).includes(value);

/** The route `/huishouden/:householdId/gesprek/:stap`: loads the household and its draft. */
export function IntakeScreen() {
  const { householdId = '', stap = '' } = useParams();
  const [opened, setOpened] = useState<{ id: string; loaded: Loaded } | null>(null);
  const loaded: Loaded = opened?.id === householdId ? opened.loaded : { status: 'loading' };

  useEffect(() => {
    let live = true;
    const setLoaded = (next: Loaded) => {
      setOpened({ id: householdId, loaded: next });
    };
    const session = requireSession();
    const now = new Date();
    void Promise.all([
      session.openHousehold(householdId, now, { purpose: 'intake' }),
      session.drafts.get(intakeDraftKey(householdId), IntakeDraftSchema),
    ]).then(([dossier, draft]) => {
      if (!live) return;
      if (!dossier.ok) {
        setLoaded(
          dossier.error.code === 'not-found'
            ? { status: 'not-found' }
            : { status: 'failed', message: storageText(dossier.error.code) },
        );
        return;
      }
      // A draft that no longer parses is not thrown away here: the professional sees a fresh
      // start and the old draft stays until this one replaces it.
      const stored = draft.ok && draft.value !== null ? draft.value.value : null;
      setLoaded({
        status: 'ready',
        dossier: dossier.value,
        draft: stored ?? emptyIntakeDraft(now),
      });
    });
    return () => {
      live = false;
    };
  }, [householdId]);

  if (stap !== RESUME_SLUG && !isStep(stap)) return <NotFoundScreen />;
  switch (loaded.status) {
    case 'loading':
      return (
        <p className="busy" role="status">
          {t('intake.loading')}
        </p>
      );
    case 'not-found':
      return (
        <>
          <PageTitle>{t('intake.notFoundTitle')}</PageTitle>
          <p>{t('intake.notFoundBody')}</p>
          <p>
            <Link to="/">{t('intake.backToCaseload')}</Link>
          </p>
        </>
      );
    case 'failed':
      return (
        <>
          <PageTitle>{t('error.title')}</PageTitle>
          <FormAlert message={loaded.message} />
        </>
      );
    case 'ready':
      if (stap === RESUME_SLUG) {
        return <Navigate replace to={intakePath(householdId, loaded.draft.step)} />;
      }
      return (
        <IntakeFlow
          key={householdId}
          dossier={loaded.dossier}
          initialDraft={loaded.draft}
          step={stap}
        />
      );
  }
}
