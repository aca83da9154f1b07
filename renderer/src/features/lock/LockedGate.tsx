import { useRef, useState } from 'react';
import { t } from '../../app/i18n';
import type { LockReason, RecoveredVault, Session } from '../../db';
import { RecoveryCodeScreen } from '../first-run/RecoveryCodeScreen';
import { GateFrame } from '../session/GateFrame';
import { adoptSession } from '../session/session-manager';
import { RecoverScreen } from './RecoverScreen';
import { UnlockScreen } from './UnlockScreen';

type View =
  { name: 'unlock' } | { name: 'recover' } | { name: 'new-code'; code: string; createdAt: Date };

/** A vault exists and is locked: unlock, or recover with the code (and keep the new code). */
export function LockedGate({ reason }: { reason: LockReason | null }) {
  const [view, setView] = useState<View>({ name: 'unlock' });
  // The recovered session waits here (not in state) until the new code is confirmed as kept.
  const recovered = useRef<Session | null>(null);

  const onRecovered = (vault: RecoveredVault) => {
    if (vault.newRecoveryCode === undefined) {
      adoptSession(vault.session);
      return;
    }
    recovered.current = vault.session;
    setView({ name: 'new-code', code: vault.newRecoveryCode, createdAt: new Date() });
  };

  return (
    <GateFrame view={view.name}>
      {view.name === 'unlock' ? (
        <UnlockScreen
          reason={reason}
          onForgot={() => {
            setView({ name: 'recover' });
          }}
        />
      ) : view.name === 'recover' ? (
        <RecoverScreen
          onRecovered={onRecovered}
          onBack={() => {
            setView({ name: 'unlock' });
          }}
        />
      ) : (
        <RecoveryCodeScreen
          code={view.code}
          createdAt={view.createdAt}
          intro={t('recover.doneNewCode')}
          onDone={() => {
            const session = recovered.current;
            recovered.current = null;
            if (session) adoptSession(session);
          }}
        />
      )}
    </GateFrame>
  );
}
