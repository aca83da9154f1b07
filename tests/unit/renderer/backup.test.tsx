import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { FileOpenResult } from '../../../shared/ipc';
import { useAppStore } from '../../../renderer/src/store';
import * as db from './support/fake-db';
import { PASSPHRASE, renderApp, resetApp, testHost, unlock } from './support/app-harness';

vi.mock('../../../renderer/src/db', () => import('./support/fake-db'));

const opened = (bytes: Uint8Array): FileOpenResult => ({
  status: 'opened',
  fileName: 'keukentafel-reservekopie-2024-05-01.ktbk',
  bytes: bytes as Uint8Array<ArrayBuffer>,
});

async function openBackupScreen(file?: FileOpenResult) {
  db.givenVault(PASSPHRASE);
  const user = userEvent.setup();
  const host = testHost(file);
  renderApp(host);
  await unlock(user);
  await user.click(await screen.findByRole('link', { name: 'Back-up' }));
  await screen.findByRole('heading', { level: 1, name: 'Back-up' });
  return { user, host };
}

describe('making a backup', () => {
  beforeEach(() => {
    resetApp();
  });

  it('saves the encrypted file through the DesktopApi', async () => {
    const { user, host } = await openBackupScreen();
    await user.click(screen.getByRole('button', { name: 'Back-up maken' }));
    expect(
      await screen.findByText(/De back-up is opgeslagen als keukentafel-reservekopie-/),
    ).toBeInTheDocument();
    const request = host.fileSave.mock.calls[0]?.[0];
    expect(request?.suggestedName).toMatch(/\.ktbk$/);
    expect(request?.filters).toEqual([{ name: 'Keukentafel back-up', extensions: ['ktbk'] }]);
    expect(request?.bytes.byteLength).toBeGreaterThan(0);
  });

  it('says the disk is full in an alert', async () => {
    const { user, host } = await openBackupScreen();
    db.failNext('exportBackup', 'storage-full');
    await user.click(screen.getByRole('button', { name: 'Back-up maken' }));
    const message = await screen.findByText(/De schijf van deze laptop is vol/);
    expect(message.closest('[role="alert"]')).not.toBeNull();
    expect(host.fileSave).not.toHaveBeenCalled();
  });

  it('says so when the professional cancels the save dialog', async () => {
    const { user, host } = await openBackupScreen();
    host.fileSave.mockResolvedValueOnce({ status: 'cancelled' });
    await user.click(screen.getByRole('button', { name: 'Back-up maken' }));
    expect(await screen.findByText('U hebt geen back-up opgeslagen.')).toBeInTheDocument();
  });
});

describe('restoring a backup into the unlocked app', () => {
  beforeEach(() => {
    resetApp();
  });

  it('shows the preview first, asks in a modal dialog, then merges', async () => {
    const { user } = await openBackupScreen(opened(db.backupBytes('oud wachtwoord van kantoor')));
    await user.click(screen.getByRole('button', { name: 'Bestand kiezen' }));
    expect(
      await screen.findByText('Gekozen: keukentafel-reservekopie-2024-05-01.ktbk'),
    ).toBeInTheDocument();
    await user.type(
      screen.getByLabelText('Wachtwoord van de back-up'),
      'oud wachtwoord van kantoor',
    );
    await user.click(screen.getByRole('button', { name: 'Back-up controleren' }));

    const preview = await screen.findByRole('region', { name: 'Dit zit in de back-up' });
    // The time is local; the test machine's zone may be anything.
    expect(within(preview).getByText(/^1 mei 2024 om \d\d:00$/)).toBeInTheDocument();
    expect(within(preview).getByText('Huishoudens').nextElementSibling).toHaveTextContent('12');
    expect(within(preview).getByText('Metingen').nextElementSibling).toHaveTextContent('1.234');
    expect(db.fake.log).not.toContain('restored:merge');

    await user.click(screen.getByRole('button', { name: 'Terugzetten' }));
    const dialog = await screen.findByRole('dialog', { name: 'Back-up echt terugzetten?' });
    expect(dialog).toHaveAccessibleDescription(/Er wordt niets gewist/);
    expect(within(dialog).getByRole('button', { name: 'Nee, niet terugzetten' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Ja, zet de back-up terug' }));

    const done = await screen.findByText(/De back-up is teruggezet: 3 toegevoegd, 1 bijgewerkt/);
    expect(done).toHaveFocus();
    expect(db.fake.log).toContain('restored:merge');
  });

  it('closes the dialog with Escape and restores nothing', async () => {
    const { user } = await openBackupScreen(opened(db.backupBytes(PASSPHRASE)));
    await user.click(screen.getByRole('button', { name: 'Bestand kiezen' }));
    await user.type(screen.getByLabelText('Wachtwoord van de back-up'), PASSPHRASE);
    await user.keyboard('{Enter}');
    await screen.findByRole('region', { name: 'Dit zit in de back-up' });
    const start = screen.getByRole('button', { name: 'Terugzetten' });
    await user.click(start);
    const dialog = await screen.findByRole('dialog');
    // The native dialog fires 'cancel' on Escape; jsdom does not, so the test sends it.
    dialog.dispatchEvent(new Event('cancel', { cancelable: true }));
    await waitFor(() => {
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    });
    expect(start).toHaveFocus();
    expect(db.fake.log.some((entry) => entry.startsWith('restored'))).toBe(false);
  });

  it('refuses a damaged file in Dutch and changes nothing', async () => {
    const bytes = db.backupBytes(PASSPHRASE);
    const damaged = bytes.slice(0, bytes.length - 10);
    const { user } = await openBackupScreen(opened(damaged));
    await user.click(screen.getByRole('button', { name: 'Bestand kiezen' }));
    await user.type(screen.getByLabelText('Wachtwoord van de back-up'), PASSPHRASE);
    await user.click(screen.getByRole('button', { name: 'Back-up controleren' }));
    const message = await screen.findByText(/Deze back-up is beschadigd of niet compleet/);
    expect(message.closest('[role="alert"]')).not.toBeNull();
    expect(message).toHaveTextContent(/De gegevens op deze laptop zijn niet veranderd\.$/);
    expect(screen.queryByRole('region', { name: 'Dit zit in de back-up' })).not.toBeInTheDocument();
    expect(db.fake.log.some((entry) => entry.startsWith('restored'))).toBe(false);
  });

  it('ties a wrong backup passphrase to its field', async () => {
    const { user } = await openBackupScreen(opened(db.backupBytes('een heel ander wachtwoord')));
    await user.click(screen.getByRole('button', { name: 'Bestand kiezen' }));
    await user.type(screen.getByLabelText('Wachtwoord van de back-up'), PASSPHRASE);
    await user.click(screen.getByRole('button', { name: 'Back-up controleren' }));
    await waitFor(() => {
      expect(screen.getByLabelText('Wachtwoord van de back-up')).toHaveAccessibleDescription(
        /Dit wachtwoord klopt niet/,
      );
    });
  });

  it('asks for a file and a secret before checking', async () => {
    const { user } = await openBackupScreen();
    await user.click(screen.getByRole('button', { name: 'Back-up controleren' }));
    const summary = screen.getByRole('heading', { name: 'Er is een probleem' }).parentElement;
    expect(summary).toHaveFocus();
    expect(summary).toHaveTextContent('Kies eerst het back-upbestand.');
    expect(summary).toHaveTextContent('Typ het wachtwoord of de herstelcode.');
  });
});

describe('restoring on a new laptop (first run)', () => {
  beforeEach(() => {
    resetApp();
  });

  it('restores with the recovery code and a new passphrase, then opens the app', async () => {
    const user = userEvent.setup();
    renderApp(testHost(opened(db.backupBytes('passphrase van de oude laptop'))));
    await user.click(await screen.findByRole('button', { name: 'Ik heb een back-up' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Back-up terugzetten' }),
    ).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Bestand kiezen' }));
    await user.click(screen.getByRole('radio', { name: 'Met de herstelcode' }));
    await user.type(screen.getByLabelText('Herstelcode'), db.RECOVERY_CODE);
    await user.click(screen.getByRole('button', { name: 'Back-up controleren' }));
    await screen.findByRole('region', { name: 'Dit zit in de back-up' });

    const NEW = 'nieuwe laptop nieuw wachtwoord';
    await user.type(screen.getByLabelText('Nieuw wachtwoord'), NEW);
    await user.type(screen.getByLabelText('Typ het nieuwe wachtwoord nog een keer'), NEW);
    await user.click(screen.getByRole('button', { name: 'Terugzetten' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveAccessibleDescription(/met uw nieuwe wachtwoord/);
    await user.click(within(dialog).getByRole('button', { name: 'Ja, zet de back-up terug' }));

    expect(
      await screen.findByText('De back-up is teruggezet. Uw gegevens staan nu op deze laptop.'),
    ).toBeInTheDocument();
    expect(useAppStore.getState().vault.status).toBe('unlocked');
    expect(db.fake.vault?.passphrase).toBe(NEW);
  });

  it('goes back to the welcome screen', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(await screen.findByRole('button', { name: 'Ik heb een back-up' }));
    await user.click(await screen.findByRole('button', { name: 'Terug naar het begin' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Welkom bij Keukentafel' }),
    ).toBeInTheDocument();
  });
});
