import { useRef, useState } from 'react';
import { t } from '../../app/i18n';
import type { CreatedVault, Session } from '../../db';
import { RestoreFlow } from '../backup/RestoreFlow';
import { GateFrame } from '../session/GateFrame';
import { adoptSession } from '../session/session-manager';
import { useAppStore } from '../../store';
import { ChoosePassphraseScreen } from './ChoosePassphraseScreen';
import { RecoveryCodeScreen } from './RecoveryCodeScreen';
import { WelcomeScreen } from './WelcomeScreen';

type View =
  | { name: 'welcome' }
  | { name: 'passphrase' }
  | { name: 'code'; code: string; createdAt: Date }
  | { name: 'restore' };

/** No vault yet: choose a passphrase and keep the recovery code, or restore a backup. */
export function FirstRunFlow() {
  const [view, setView] = useState<View>({ name: 'welcome' });
  // The new session waits here (not in state) until the code is confirmed as kept.
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
          step={{ step: 2, total: 2 }}
          onDone={() => {
            const session = created.current;
            created.current = null;
            if (session) adoptSession(session);
          }}
        />
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
