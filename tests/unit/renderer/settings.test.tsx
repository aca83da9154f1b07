import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { parseIdleMinutes } from '../../../renderer/src/features/settings/SettingsScreen';
import { useAppStore } from '../../../renderer/src/store';
import * as db from './support/fake-db';
import { PASSPHRASE, renderApp, resetApp, unlock } from './support/app-harness';

vi.mock('../../../renderer/src/db', () => import('./support/fake-db'));

const NEW_PASSPHRASE = 'groene tram naar het strand';

async function openSettings() {
  db.givenVault(PASSPHRASE);
  const user = userEvent.setup();
  renderApp();
  await unlock(user);
  await user.click(await screen.findByRole('link', { name: 'Instellingen' }));
  await screen.findByRole('heading', { level: 1, name: 'Instellingen' });
  return user;
}

describe('idle minutes', () => {
  beforeEach(() => {
    resetApp();
  });

  it('accepts whole minutes from 1 to 30 only', () => {
    expect(parseIdleMinutes('1')).toBe(1);
    expect(parseIdleMinutes(' 30 ')).toBe(30);
    for (const text of ['0', '31', '7.5', '-3', '', 'vijf', '5 min']) {
      expect(parseIdleMinutes(text), text).toBeNull();
    }
  });

  it('shows the current minutes and saves new ones', async () => {
    const user = await openSettings();
    const field = screen.getByLabelText('Vergrendel na zoveel minuten zonder gebruik');
    await waitFor(() => {
      expect(field).toHaveValue(5);
    });
    expect(field).toHaveAccessibleDescription(/van 1 tot en met 30/);
    await user.clear(field);
    await user.type(field, '12{Enter}');
    expect(
      await screen.findByText('Opgeslagen. De app vergrendelt na 12 minuten zonder gebruik.'),
    ).toBeInTheDocument();
    expect(db.fake.idleLockMinutes).toBe(12);
    expect(useAppStore.getState().idleMinutes).toBe(12);
  });

  it('refuses 45 minutes with a Dutch message tied to the field', async () => {
    const user = await openSettings();
    const field = screen.getByLabelText('Vergrendel na zoveel minuten zonder gebruik');
    await user.clear(field);
    await user.type(field, '45');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(field).toHaveAccessibleDescription(/Kies een heel getal van 1 tot en met 30/);
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(db.fake.idleLockMinutes).toBe(5);
  });

  it('says the disk is full in an alert and keeps the input', async () => {
    const user = await openSettings();
    db.failNext('settings.update', 'storage-full');
    const field = screen.getByLabelText('Vergrendel na zoveel minuten zonder gebruik');
    await user.clear(field);
    await user.type(field, '9');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'De schijf van deze laptop is vol. Er is niets opgeslagen, uw invoer staat nog in het formulier.',
    );
    expect(field).toHaveValue(9);
    expect(useAppStore.getState().idleMinutes).toBe(5);
  });
});

describe('change passphrase', () => {
  beforeEach(() => {
    resetApp();
  });

  async function openChange() {
    const user = await openSettings();
    await user.click(screen.getByRole('link', { name: 'Wachtwoord wijzigen' }));
    await screen.findByRole('heading', { level: 1, name: 'Wachtwoord wijzigen' });
    return user;
  }

  it('uses the right autocomplete hints', async () => {
    await openChange();
    expect(screen.getByLabelText('Huidig wachtwoord')).toHaveAttribute(
      'autocomplete',
      'current-password',
    );
    expect(screen.getByLabelText('Nieuw wachtwoord')).toHaveAttribute(
      'autocomplete',
      'new-password',
    );
  });

  it('refuses a wrong current passphrase and changes nothing', async () => {
    const user = await openChange();
    await user.type(screen.getByLabelText('Huidig wachtwoord'), 'niet het goede wachtwoord');
    await user.type(screen.getByLabelText('Nieuw wachtwoord'), NEW_PASSPHRASE);
    await user.type(
      screen.getByLabelText('Typ het nieuwe wachtwoord nog een keer'),
      NEW_PASSPHRASE,
    );
    await user.click(screen.getByRole('button', { name: 'Wachtwoord wijzigen' }));
    await waitFor(() => {
      expect(screen.getByLabelText('Huidig wachtwoord')).toHaveAccessibleDescription(
        /Dit wachtwoord klopt niet/,
      );
    });
    expect(db.fake.vault?.passphrase).toBe(PASSPHRASE);
  });

  it('changes the passphrase and clears the fields', async () => {
    const user = await openChange();
    await user.type(screen.getByLabelText('Huidig wachtwoord'), PASSPHRASE);
    await user.type(screen.getByLabelText('Nieuw wachtwoord'), NEW_PASSPHRASE);
    await user.type(
      screen.getByLabelText('Typ het nieuwe wachtwoord nog een keer'),
      NEW_PASSPHRASE,
    );
    await user.keyboard('{Enter}');
    expect(
      await screen.findByText(
        'Uw wachtwoord is gewijzigd. Gebruik vanaf nu het nieuwe wachtwoord.',
      ),
    ).toBeInTheDocument();
    expect(db.fake.vault?.passphrase).toBe(NEW_PASSPHRASE);
    expect(screen.getByLabelText('Huidig wachtwoord')).toHaveValue('');
  });
});
