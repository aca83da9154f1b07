import { lazy, Suspense, useRef, useState } from 'react';
import { t } from '../../app/i18n';
import type { CreatedVault, Session } from '../../db';
import { RestoreFlow } from '../backup/RestoreFlow';
import { GateFrame } from '../session/GateFrame';
import { adoptSession } from '../session/session-manager';
import { useAppStore } from '../../store';
import { ChoosePassphraseScreen } from './ChoosePassphraseScreen';
import { RecoveryCodeScreen } from './RecoveryCodeScreen';
import { WelcomeScreen } from './WelcomeScreen';

// Loaded while the professional reads the recovery code; keeps react-aria out of the start-up
// bundle (DESIGN.md budget: initial JavaScript <= 300 KB gzip).
const ChooseProfileScreen = lazy(() =>
  import('./ChooseProfileScreen').then((m) => ({ default: m.ChooseProfileScreen })),
);

type View =
  | { name: 'welcome' }
  | { name: 'passphrase' }
  | { name: 'code'; code: string; createdAt: Date }
  | { name: 'profile' }
  | { name: 'restore' };

/** Steps of a new start: passphrase, recovery code, gemeente profile. */
const STEPS = 3;

/**
 * No vault yet: choose a passphrase, keep the recovery code and choose the gemeente profile, or
 * restore a backup (which brings its own settings).
 */
export function FirstRunFlow() {
  const [view, setView] = useState<View>({ name: 'welcome' });
  // The new session waits here (not in state) until the code is kept and the profile chosen.
  const created = useRef<Session | null>(null);
  const showFlash = useAppStore((state) => state.showFlash);

  const onCreated = (vault: CreatedVault) => {
    created.current = vault.session;
    setView({ name: 'code', code: vault.recoveryCode, createdAt: new Date() });
  };

  return (
    <GateFrame view={view.name}>
      {view.name === 'welcome' ? (
        <WelcomeScreen
          onNew={() => {
            setView({ name: 'passphrase' });
          }}
          onRestore={() => {
            setView({ name: 'restore' });
          }}
        />
      ) : view.name === 'passphrase' ? (
        <ChoosePassphraseScreen
          onCreated={onCreated}
          onBack={() => {
            setView({ name: 'welcome' });
          }}
        />
      ) : view.name === 'code' ? (
        <RecoveryCodeScreen
          code={view.code}
          createdAt={view.createdAt}
          step={{ step: 2, total: STEPS }}
          onDone={() => {
            setView({ name: 'profile' });
          }}
        />
      ) : view.name === 'profile' ? (
        <Suspense fallback={null}>
          <ChooseProfileScreen
            step={{ step: 3, total: STEPS }}
            save={(profileId) =>
              created.current
                ? created.current.settings.update({ gemeenteProfileId: profileId }, new Date())
                : Promise.resolve({ ok: false, error: { code: 'locked' } })
            }
            onDone={() => {
              const session = created.current;
              created.current = null;
              if (session) adoptSession(session);
            }}
          />
        </Suspense>
      ) : (
        <RestoreFlow
          mode="new"
          onBack={() => {
            setView({ name: 'welcome' });
          }}
          onRestored={(outcome) => {
            showFlash({ key: 'restore.doneNew' });
            adoptSession(outcome.session);
          }}
          backLabel={t('gate.backToStart')}
        />
      )}
    </GateFrame>
  );
}
