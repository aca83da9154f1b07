import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useAppStore } from '../../../renderer/src/store';
import * as db from './support/fake-db';
import { PASSPHRASE, renderApp, resetApp, testHost } from './support/app-harness';

vi.mock('../../../renderer/src/db', () => import('./support/fake-db'));

async function toPassphraseStep() {
  const user = userEvent.setup();
  const host = testHost();
  renderApp(host);
  await user.click(await screen.findByRole('button', { name: 'Nieuw beginnen' }));
  await screen.findByRole('heading', { level: 1, name: 'Kies een wachtwoord' });
  return { user, host };
}

describe('first run', () => {
  beforeEach(() => {
    resetApp();
  });

  it('welcomes a new laptop with two choices and no menu', async () => {
    renderApp();
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Welkom bij Keukentafel' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Nieuw beginnen' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Ik heb een back-up' })).toBeInTheDocument();
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Vergrendelen/ })).not.toBeInTheDocument();
  });

  it('states the rule up front and ties it to the field', async () => {
    await toPassphraseStep();
    const field = screen.getByLabelText('Wachtwoord');
    expect(field).toHaveAttribute('type', 'password');
    expect(field).toHaveAttribute('autocomplete', 'new-password');
    expect(field).toHaveAccessibleDescription(/minstens 12 tekens, of minstens vier woorden/);
    expect(screen.getByLabelText('Typ het wachtwoord nog een keer')).toHaveAttribute(
      'autocomplete',
      'new-password',
    );
  });

  it('shows the strength in words while typing', async () => {
    const { user } = await toPassphraseStep();
    const field = screen.getByLabelText('Wachtwoord');
    await user.type(field, 'kort');
    expect(field).toHaveAccessibleDescription(/Sterkte: (heel zwak|zwak)\./);
    expect(field).toHaveAccessibleDescription(/nog niet goed genoeg/);
    await user.clear(field);
    await user.type(field, PASSPHRASE);
    expect(field).toHaveAccessibleDescription(/Sterkte: (sterk|heel sterk)\./);
    expect(field).toHaveAccessibleDescription(/goed genoeg/);
  });

  it('shows and hides the passphrase with the toggle', async () => {
    const { user } = await toPassphraseStep();
    const field = screen.getByLabelText('Wachtwoord');
    const [toggle] = screen.getAllByRole('button', { name: 'Toon wachtwoord' });
    if (!toggle) throw new Error('no toggle');
    await user.click(toggle);
    expect(field).toHaveAttribute('type', 'text');
    expect(toggle).toHaveAccessibleName('Verberg wachtwoord');
    await user.click(toggle);
    expect(field).toHaveAttribute('type', 'password');
  });

  it('refuses a short passphrase: error summary takes focus, the field says why', async () => {
    const { user } = await toPassphraseStep();
    await user.type(screen.getByLabelText('Wachtwoord'), 'kort');
    await user.type(screen.getByLabelText('Typ het wachtwoord nog een keer'), 'kort');
    await user.keyboard('{Enter}');
    const summary = await screen.findByRole('heading', { level: 2, name: 'Er is een probleem' });
    expect(summary.parentElement).toHaveFocus();
    const field = screen.getByLabelText('Wachtwoord');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(/Dit wachtwoord is te zwak/);
    expect(db.fake.vault).toBeNull();
    // The link in the summary brings the keyboard back to the field.
    await user.click(within(summary.parentElement as HTMLElement).getByRole('link'));
    expect(field).toHaveFocus();
  });

  it('refuses two different passphrases', async () => {
    const { user } = await toPassphraseStep();
    await user.type(screen.getByLabelText('Wachtwoord'), PASSPHRASE);
    await user.type(screen.getByLabelText('Typ het wachtwoord nog een keer'), `${PASSPHRASE}x`);
    await user.click(screen.getByRole('button', { name: 'Wachtwoord maken' }));
    expect(screen.getByLabelText('Typ het wachtwoord nog een keer')).toHaveAccessibleDescription(
      'De twee wachtwoorden zijn niet gelijk. Typ ze nog een keer.',
    );
    expect(db.fake.vault).toBeNull();
  });

  it('says so when the disk is full and keeps what was typed', async () => {
    const { user } = await toPassphraseStep();
    db.failNext('createVault', 'storage-full');
    await user.type(screen.getByLabelText('Wachtwoord'), PASSPHRASE);
    await user.type(screen.getByLabelText('Typ het wachtwoord nog een keer'), PASSPHRASE);
    await user.click(screen.getByRole('button', { name: 'Wachtwoord maken' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/De schijf van deze laptop is vol/);
    expect(screen.getByLabelText('Wachtwoord')).toHaveValue(PASSPHRASE);
    expect(screen.getByLabelText('Typ het wachtwoord nog een keer')).toHaveValue(PASSPHRASE);
  });

  it('shows the recovery code once, saves it as a text file, and needs the checkbox', async () => {
    const { user, host } = await toPassphraseStep();
    await user.type(screen.getByLabelText('Wachtwoord'), PASSPHRASE);
    await user.type(screen.getByLabelText('Typ het wachtwoord nog een keer'), PASSPHRASE);
    await user.click(screen.getByRole('button', { name: 'Wachtwoord maken' }));

    const heading = await screen.findByRole('heading', { level: 1, name: 'Uw herstelcode' });
    expect(heading).toHaveFocus();
    const code = screen.getByRole('list', { name: 'Herstelcode' });
    expect(
      within(code)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(db.RECOVERY_CODE.split('-'));
    expect(screen.getByText('Bewaar de code niet op deze laptop')).toBeInTheDocument();
    // Not unlocked yet: the code must be kept first.
    expect(useAppStore.getState().vault.status).toBe('new');

    await user.click(screen.getByRole('button', { name: 'Bewaar als bestand' }));
    expect(host.fileSave).toHaveBeenCalledTimes(1);
    const request = host.fileSave.mock.calls[0]?.[0];
    expect(request?.suggestedName).toBe('keukentafel-herstelcode.txt');
    const text = new TextDecoder().decode(request?.bytes);
    expect(text).toContain(db.RECOVERY_CODE);
    expect(text).toContain('NIET op de laptop');
    expect(
      await screen.findByText(/opgeslagen als keukentafel-herstelcode.txt/),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Verder' }));
    const checkbox = screen.getByRole('checkbox', { name: 'Ik heb de herstelcode veilig bewaard' });
    expect(checkbox).toHaveAccessibleDescription(/Vink eerst aan/);
    expect(useAppStore.getState().vault.status).toBe('new');

    await user.click(checkbox);
    await user.click(screen.getByRole('button', { name: 'Verder' }));
    await screen.findByRole('heading', { level: 1, name: 'Kies uw gemeente' });
    expect(useAppStore.getState().vault.status).toBe('new');
    await user.click(screen.getByRole('button', { name: 'Opslaan en beginnen' }));
    await waitFor(() => {
      expect(useAppStore.getState().vault.status).toBe('unlocked');
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Welkom bij Keukentafel' }),
    ).toBeInTheDocument();
    expect(screen.queryByText(db.RECOVERY_CODE.split('-')[0] ?? '')).not.toBeInTheDocument();
  });

  it('prints through the DesktopApi and saves the PDF the desktop host returns', async () => {
    const { user, host } = await toPassphraseStep();
    host.pdfPrint.mockResolvedValueOnce({ status: 'pdf', bytes: new Uint8Array([37, 80]) });
    await user.type(screen.getByLabelText('Wachtwoord'), PASSPHRASE);
    await user.type(screen.getByLabelText('Typ het wachtwoord nog een keer'), PASSPHRASE);
    await user.click(screen.getByRole('button', { name: 'Wachtwoord maken' }));
    await user.click(await screen.findByRole('button', { name: 'Afdrukken' }));
    expect(host.pdfPrint).toHaveBeenCalledWith({ pageSize: 'A4', landscape: false });
    await waitFor(() => {
      expect(host.fileSave.mock.calls[0]?.[0].suggestedName).toBe('keukentafel-herstelcode.pdf');
    });
  });

  it('goes back from the passphrase step to the welcome screen by keyboard', async () => {
    const { user } = await toPassphraseStep();
    screen.getByRole('button', { name: 'Terug' }).focus();
    await user.keyboard('{Enter}');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Welkom bij Keukentafel' }),
    ).toHaveFocus();
  });
  it('asks for the gemeente profile after the code, Wijk bij Duurstede chosen, by keyboard', async () => {
    const { user } = await toPassphraseStep();
    await user.type(screen.getByLabelText('Wachtwoord'), PASSPHRASE);
    await user.type(screen.getByLabelText('Typ het wachtwoord nog een keer'), PASSPHRASE);
    await user.click(screen.getByRole('button', { name: 'Wachtwoord maken' }));
    await user.click(
      await screen.findByRole('checkbox', { name: 'Ik heb de herstelcode veilig bewaard' }),
    );
    await user.click(screen.getByRole('button', { name: 'Verder' }));

    const heading = await screen.findByRole('heading', { level: 1, name: 'Kies uw gemeente' });
    expect(heading).toHaveFocus();
    expect(screen.getByText('Stap 3 van 3')).toBeInTheDocument();
    const group = screen.getByRole('radiogroup', { name: 'Gemeenteprofiel' });
    const radios = within(group).getAllByRole('radio');
    expect(radios.map((radio) => radio.getAttribute('value'))).toEqual([
      'wijk-bij-duurstede',
      'maassluis',
      'maashorst',
      'maastricht',
    ]);
    const wbd = within(group).getByRole('radio', { name: 'Wijk bij Duurstede' });
    expect(wbd).toBeChecked();
    expect(wbd).toHaveAccessibleDescription(/Maatschappelijke Agenda 2023-2027/);

    // Keyboard only: into the group, one down, then submit.
    wbd.focus();
    await user.keyboard('{ArrowDown}');
    expect(within(group).getByRole('radio', { name: 'Maassluis' })).toBeChecked();
    await user.keyboard('{Tab}{Enter}');
    await waitFor(() => {
      expect(useAppStore.getState().vault.status).toBe('unlocked');
    });
    expect(db.fake.gemeenteProfileId).toBe('maassluis');
  });

  it('keeps the choice and says why when the profile cannot be stored', async () => {
    const { user } = await toPassphraseStep();
    await user.type(screen.getByLabelText('Wachtwoord'), PASSPHRASE);
    await user.type(screen.getByLabelText('Typ het wachtwoord nog een keer'), PASSPHRASE);
    await user.click(screen.getByRole('button', { name: 'Wachtwoord maken' }));
    await user.click(
      await screen.findByRole('checkbox', { name: 'Ik heb de herstelcode veilig bewaard' }),
    );
    await user.click(screen.getByRole('button', { name: 'Verder' }));
    await screen.findByRole('heading', { level: 1, name: 'Kies uw gemeente' });
    await user.click(screen.getByRole('radio', { name: 'Maastricht' }));
    db.failNext('settings.update', 'storage-full');
    await user.click(screen.getByRole('button', { name: 'Opslaan en beginnen' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/De schijf van deze laptop is vol/);
    expect(useAppStore.getState().vault.status).toBe('new');
    expect(screen.getByRole('radio', { name: 'Maastricht' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Opslaan en beginnen' }));
    await waitFor(() => {
      expect(useAppStore.getState().vault.status).toBe('unlocked');
    });
    expect(db.fake.gemeenteProfileId).toBe('maastricht');
  });
});
