import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WEB_LOCK_EVENT } from '../../../renderer/src/platform/web';
import { useAppStore } from '../../../renderer/src/store';
import * as db from './support/fake-db';
import { PASSPHRASE, renderApp, resetApp, unlock } from './support/app-harness';

vi.mock('../../../renderer/src/db', () => import('./support/fake-db'));

async function lockedApp() {
  db.givenVault(PASSPHRASE);
  const user = userEvent.setup();
  renderApp();
  await screen.findByRole('heading', { level: 1, name: 'Keukentafel is vergrendeld' });
  return user;
}

async function unlockedApp() {
  const user = await lockedApp();
  await unlock(user);
  await screen.findByRole('heading', { level: 1, name: 'Welkom bij Keukentafel' });
  return user;
}

describe('unlock screen', () => {
  beforeEach(() => {
    resetApp();
  });

  it('unlocks with the right passphrase, typed and sent with Enter', async () => {
    const user = await lockedApp();
    const field = screen.getByLabelText('Wachtwoord');
    expect(field).toHaveAttribute('autocomplete', 'current-password');
    expect(field).toHaveFocus();
    await user.keyboard(`${PASSPHRASE}{Enter}`);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Welkom bij Keukentafel' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Hoofdmenu' })).toBeInTheDocument();
  });

  it('says in Dutch that a wrong passphrase is wrong, and deletes nothing', async () => {
    const user = await lockedApp();
    await unlock(user, 'dit is niet mijn wachtwoord');
    const field = screen.getByLabelText('Wachtwoord');
    await waitFor(() => {
      expect(field).toHaveAccessibleDescription(
        'Dit wachtwoord klopt niet. Er is niets gewist. Probeer het opnieuw.',
      );
    });
    expect(screen.getByRole('heading', { name: 'Er is een probleem' }).parentElement).toHaveFocus();
    expect(db.fake.vault?.passphrase).toBe(PASSPHRASE);
    await user.clear(field);
    await unlock(user);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Welkom bij Keukentafel' }),
    ).toBeInTheDocument();
  });

  it('slows down after repeated failures and says how long to wait', async () => {
    const user = await lockedApp();
    const field = screen.getByLabelText('Wachtwoord');
    for (let attempt = 0; attempt < 3; attempt += 1) {
      await user.clear(field);
      await unlock(user, `fout ${attempt}`);
      await screen.findByRole('heading', { name: 'Er is een probleem' });
    }
    expect(
      await screen.findByText(/U hebt te vaak een verkeerd wachtwoord getypt/),
    ).toHaveTextContent('Wacht 1 seconde en');
    // During the wait even the right passphrase is turned away, and nothing is deleted.
    await user.clear(field);
    await unlock(user);
    await waitFor(() => {
      expect(screen.getByRole('alert')).toHaveTextContent(/te vaak een verkeerd wachtwoord/);
    });
    expect(useAppStore.getState().vault.status).toBe('locked');
    expect(db.fake.vault?.passphrase).toBe(PASSPHRASE);
  });

  it('shows a running slow-down as soon as the lock screen opens', async () => {
    db.givenVault(PASSPHRASE);
    if (db.fake.vault) db.fake.vault.retryUntil = Date.now() + 30_000;
    renderApp();
    expect(await screen.findByRole('alert')).toHaveTextContent(/Wacht 30 seconden/);
  });

  it('asks for the passphrase when the field is empty', async () => {
    const user = await lockedApp();
    await user.click(screen.getByRole('button', { name: 'Ontgrendelen' }));
    expect(screen.getByLabelText('Wachtwoord')).toHaveAccessibleDescription('Typ een wachtwoord.');
  });

  it('explains how to restore a backup while locked', async () => {
    const user = await lockedApp();
    await user.click(screen.getByText('Een back-up terugzetten'));
    expect(screen.getByText(/Ontgrendel eerst de app en kies dan Back-up/)).toBeVisible();
  });
});

describe('locking', () => {
  beforeEach(() => {
    resetApp();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('locks with the Vergrendelen button and says why on the lock screen', async () => {
    const user = await unlockedApp();
    const button = screen.getByRole('button', { name: /Vergrendelen/ });
    expect(button).toHaveAttribute('aria-keyshortcuts', 'Control+L');
    await user.click(button);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Keukentafel is vergrendeld' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText('U hebt de app vergrendeld. Uw gegevens zijn veilig.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
    expect(db.fake.sessions[0]?.lockedWith).toBe('user');
  });

  it('locks with Ctrl+L, also while typing in a field', async () => {
    const user = await unlockedApp();
    await user.click(screen.getByRole('link', { name: 'Instellingen' }));
    const field = await screen.findByLabelText('Vergrendel na zoveel minuten zonder gebruik');
    await user.click(field);
    await user.keyboard('{Control>}l{/Control}');
    await screen.findByRole('heading', { level: 1, name: 'Keukentafel is vergrendeld' });
    expect(db.fake.sessions[0]?.lockedWith).toBe('shortcut');
  });

  it('locks with Cmd+L (macOS) but not with Ctrl+Shift+L', async () => {
    await unlockedApp();
    fireEvent.keyDown(document.body, { key: 'L', ctrlKey: true, shiftKey: true });
    expect(useAppStore.getState().vault.status).toBe('unlocked');
    fireEvent.keyDown(document.body, { key: 'l', metaKey: true });
    await screen.findByRole('heading', { level: 1, name: 'Keukentafel is vergrendeld' });
  });

  it('locks when the operating system asks (screen lock)', async () => {
    await unlockedApp();
    act(() => {
      window.dispatchEvent(new CustomEvent(WEB_LOCK_EVENT, { detail: { reason: 'screen-lock' } }));
    });
    await screen.findByRole('heading', { level: 1, name: 'Keukentafel is vergrendeld' });
    expect(
      screen.getByText(
        'De app is vergrendeld omdat de computer op slot ging. Uw gegevens zijn veilig.',
      ),
    ).toBeInTheDocument();
  });

  it('locks after the idle minutes from the settings, and activity postpones it', async () => {
    db.fake.idleLockMinutes = 2;
    await unlockedApp();
    await waitFor(() => {
      expect(useAppStore.getState().idleMinutes).toBe(2);
    });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    // A change of minutes restarts the timer, now under the fake clock.
    act(() => {
      useAppStore.getState().setIdleMinutes(3);
    });
    act(() => {
      useAppStore.getState().setIdleMinutes(2);
    });
    act(() => {
      vi.advanceTimersByTime(110_000);
    });
    expect(useAppStore.getState().vault.status).toBe('unlocked');
    fireEvent.pointerMove(document.body);
    act(() => {
      vi.advanceTimersByTime(110_000);
    });
    expect(useAppStore.getState().vault.status).toBe('unlocked');
    act(() => {
      vi.advanceTimersByTime(11_000);
    });
    expect(useAppStore.getState().vault).toEqual({ status: 'locked', reason: 'idle' });
    vi.useRealTimers();
    expect(
      await screen.findByText(
        'De app is vergrendeld omdat u 2 minuten niets hebt gedaan. Uw gegevens zijn veilig.',
      ),
    ).toBeInTheDocument();
  });

  it('unmounts the screens and stores that held personal data', async () => {
    const user = await unlockedApp();
    const SENTINEL = 'SENTINEL-Yilmaz-0612345678';
    act(() => {
      useAppStore
        .getState()
        .setResumeOffer([
          { key: SENTINEL, createdAt: '2024-05-01T10:00:00Z', updatedAt: '2024-05-01T10:00:00Z' },
        ]);
    });
    await user.click(screen.getByRole('link', { name: 'Back-up' }));
    await user.type(await screen.findByLabelText('Wachtwoord van de back-up'), SENTINEL);
    expect(screen.getByDisplayValue(SENTINEL)).toBeInTheDocument();
    await user.keyboard('{Control>}l{/Control}');
    await screen.findByRole('heading', { level: 1, name: 'Keukentafel is vergrendeld' });
    expect(document.body.innerHTML).not.toContain(SENTINEL);
    expect(screen.queryByDisplayValue(SENTINEL)).not.toBeInTheDocument();
    expect(JSON.stringify(useAppStore.getState())).not.toContain(SENTINEL);
  });
});
