import { useCallback, useEffect } from 'react';
import { RouterProvider } from 'react-router';
import type { createHashRouter } from 'react-router';
import { storageText, t } from '../../app/i18n';
import { usePlatform } from '../../app/platform-context';
import { BusyNotice } from '../../components/BusyNotice';
import { PageTitle } from '../../components/PageTitle';
import type { LockReason } from '../../db';
import { useAppStore } from '../../store';
import { FirstRunFlow } from '../first-run/FirstRunFlow';
import { LockedGate } from '../lock/LockedGate';
import { GateFrame } from './GateFrame';
import { lockNow, startVault } from './session-manager';
import { useLockTriggers } from './useLockTriggers';

type AppRouter = ReturnType<typeof createHashRouter>;

/**
 * Sits above every route: nothing behind it mounts until the vault is unlocked, and on lock the
 * whole routed app unmounts at once, so no screen with personal data stays in the page.
 */
export function VaultGate({ router }: { router: AppRouter }) {
  const vault = useAppStore((state) => state.vault);

  useEffect(() => {
    void startVault();
  }, []);

  switch (vault.status) {
    case 'loading':
      return (
        <GateFrame view="loading">
          <PageTitle>{t('app.name')}</PageTitle>
          <BusyNotice busy text={t('gate.loading')} />
        </GateFrame>
      );
    case 'unavailable':
      return (
        <GateFrame view="unavailable">
          <PageTitle>{t('gate.unavailableTitle')}</PageTitle>
          <p role="alert">{storageText(vault.code)}</p>
        </GateFrame>
      );
    case 'corrupt':
      return (
        <GateFrame view="corrupt">
          <PageTitle>{t('gate.corruptTitle')}</PageTitle>
          <p role="alert">{storageText('corrupt')}</p>
        </GateFrame>
      );
    case 'new':
      return <FirstRunFlow />;
    case 'locked':
      return <LockedGate reason={vault.reason} />;
    case 'unlocked':
      return <UnlockedApp router={router} />;
  }
}

function UnlockedApp({ router }: { router: AppRouter }) {
  const { api } = usePlatform();
  const idleMinutes = useAppStore((state) => state.idleMinutes);
  const lock = useCallback((reason: LockReason) => {
    void lockNow(reason);
  }, []);
  useLockTriggers(api, idleMinutes, lock);
  return <RouterProvider router={router} />;
}
