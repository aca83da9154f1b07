import { render, screen, waitFor } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { expect, vi } from 'vitest';
import type { DesktopApi, FileOpenResult } from '../../../../shared/ipc';
import { App } from '../../../../renderer/src/app/App';
import { setDatabase, setSession } from '../../../../renderer/src/features/session/current-session';
import { forgetAllDrafts } from '../../../../renderer/src/features/session/draft-autosave';
import { createWebHost } from '../../../../renderer/src/platform/web';
import { useAppStore } from '../../../../renderer/src/store';
import { resetFake } from './fake-db';

const initialStore = useAppStore.getState();

/** Fresh fake storage, no session, a store as at start-up and the start route. */
export function resetApp(): void {
  resetFake();
  setSession(null);
  setDatabase(null);
  forgetAllDrafts();
  useAppStore.setState(initialStore, true);
  window.location.hash = '';
}

/**
 * As if the app was closed and started again: the screens, the session and the UI state are
 * gone, the (fake) stored data stays. Call `cleanup()` from testing-library first.
 */
export function restartApp(): void {
  setSession(null);
  setDatabase(null);
  forgetAllDrafts();
  useAppStore.setState(initialStore, true);
  window.location.hash = '';
}

export interface TestHost extends DesktopApi {
  fileSave: ReturnType<typeof vi.fn<DesktopApi['fileSave']>>;
  fileOpen: ReturnType<typeof vi.fn<DesktopApi['fileOpen']>>;
  pdfPrint: ReturnType<typeof vi.fn<DesktopApi['pdfPrint']>>;
}

/** The web host with its file methods replaced by spies; lock events still come from the window. */
export function testHost(opened?: FileOpenResult): TestHost {
  const web = createWebHost(window);
  return {
    ...web,
    fileSave: vi.fn<DesktopApi['fileSave']>((request) =>
      Promise.resolve({ status: 'saved', fileName: request.suggestedName }),
    ),
    fileOpen: vi.fn<DesktopApi['fileOpen']>(() =>
      Promise.resolve(opened ?? { status: 'cancelled' }),
    ),
    pdfPrint: vi.fn<DesktopApi['pdfPrint']>(() =>
      Promise.resolve({ status: 'printed-by-browser' }),
    ),
  };
}

export function renderApp(host: DesktopApi = testHost()) {
  return render(<App host={{ kind: 'web', api: host }} />);
}

export const PASSPHRASE = 'paarse fiets rijdt langs het kanaal';

/** First run the quick way: passphrase, keep the code, default profile, land on the home screen. */
export async function completeFirstRun(user: UserEvent, passphrase = PASSPHRASE): Promise<void> {
  await user.click(await screen.findByRole('button', { name: 'Nieuw beginnen' }));
  await user.type(screen.getByLabelText('Wachtwoord'), passphrase);
  await user.type(screen.getByLabelText('Typ het wachtwoord nog een keer'), passphrase);
  await user.click(screen.getByRole('button', { name: 'Wachtwoord maken' }));
  await screen.findByRole('heading', { level: 1, name: 'Uw herstelcode' });
  await user.click(screen.getByRole('checkbox', { name: 'Ik heb de herstelcode veilig bewaard' }));
  await user.click(screen.getByRole('button', { name: 'Verder' }));
  // Keep the default gemeente profile.
  await screen.findByRole('heading', { level: 1, name: 'Kies uw gemeente' });
  await user.click(screen.getByRole('button', { name: 'Opslaan en beginnen' }));
  await waitFor(() => {
    expect(useAppStore.getState().vault.status).toBe('unlocked');
  });
  await screen.findByRole('heading', { level: 1, name: 'Welkom bij Keukentafel' });
}

/** Unlock from the lock screen with `passphrase`. */
export async function unlock(user: UserEvent, passphrase = PASSPHRASE): Promise<void> {
  await user.type(await screen.findByLabelText('Wachtwoord'), passphrase);
  await user.click(screen.getByRole('button', { name: 'Ontgrendelen' }));
}
