import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useAppStore } from '../../../renderer/src/store';
import * as db from './support/fake-db';
import { PASSPHRASE, renderApp, resetApp } from './support/app-harness';

vi.mock('../../../renderer/src/db', () => import('./support/fake-db'));

const NEW_PASSPHRASE = 'groene tram naar het strand';

async function openRecover() {
  db.givenVault(PASSPHRASE);
  const user = userEvent.setup();
  renderApp();
  await user.click(
    await screen.findByRole('button', { name: 'Wachtwoord vergeten? Gebruik uw herstelcode' }),
  );
  expect(
    await screen.findByRole('heading', { level: 1, name: 'Nieuw wachtwoord met uw herstelcode' }),
  ).toHaveFocus();
  return user;
}

async function fill(user: ReturnType<typeof userEvent.setup>, code: string) {
  await user.type(screen.getByLabelText('Herstelcode'), code);
  await user.type(screen.getByLabelText('Nieuw wachtwoord'), NEW_PASSPHRASE);
  await user.type(screen.getByLabelText('Typ het nieuwe wachtwoord nog een keer'), NEW_PASSPHRASE);
  await user.click(screen.getByRole('button', { name: 'Nieuw wachtwoord instellen' }));
}

describe('recover with the recovery code', () => {
  beforeEach(() => {
    resetApp();
  });

  it('refuses a wrong code and keeps the old passphrase', async () => {
    const user = await openRecover();
    await fill(user, 'ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ');
    await waitFor(() => {
      expect(screen.getByLabelText('Herstelcode')).toHaveAccessibleDescription(
        /Deze herstelcode hoort niet bij deze gegevens. Er is niets gewist./,
      );
    });
    expect(db.fake.vault?.passphrase).toBe(PASSPHRASE);
  });

  it('sets the new passphrase, shows the new code once, then opens the app', async () => {
    const user = await openRecover();
    await fill(user, db.RECOVERY_CODE.toLowerCase().replaceAll('-', ' '));
    await screen.findByRole('heading', { level: 1, name: 'Uw herstelcode' });
    expect(screen.getByText(/De oude herstelcode werkt niet meer/)).toBeInTheDocument();
    const code = screen.getByRole('list', { name: 'Herstelcode' });
    expect(within(code).getAllByRole('listitem')[0]).toHaveTextContent('NEWC');
    expect(db.fake.vault?.passphrase).toBe(NEW_PASSPHRASE);
    expect(useAppStore.getState().vault.status).toBe('locked');
    await user.click(
      screen.getByRole('checkbox', { name: 'Ik heb de herstelcode veilig bewaard' }),
    );
    await user.click(screen.getByRole('button', { name: 'Verder' }));
    await screen.findByRole('heading', { level: 1, name: 'Welkom bij Keukentafel' });
  });

  it('goes back to the unlock screen', async () => {
    const user = await openRecover();
    await user.click(screen.getByRole('button', { name: 'Terug naar ontgrendelen' }));
    await screen.findByRole('heading', { level: 1, name: 'Keukentafel is vergrendeld' });
    // The lock screen has one task: its passphrase field takes the focus.
    expect(screen.getByLabelText('Wachtwoord')).toHaveFocus();
  });
});
