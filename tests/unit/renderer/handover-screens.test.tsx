import 'fake-indexeddb/auto';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PlatformProvider } from '../../../renderer/src/app/platform-context';
import { HandoverExportScreen } from '../../../renderer/src/features/handover/HandoverExportScreen';
import { HandoverImportScreen } from '../../../renderer/src/features/handover/HandoverImportScreen';
import { newHandoverCode } from '../../../renderer/src/db/sealing/handover-code';
import { setSession } from '../../../renderer/src/features/session/current-session';
import type { Household } from '../../../shared/schemas/household';
import { testHost, type TestHost } from './support/app-harness';
import { addHousehold, addPerson, freshVault, ok, rawDump, type Vault } from './db/helpers';

let sender: Vault;
let receiver: Vault;
let home: Household;

function renderAt(path: string, host: TestHost) {
  const router = createMemoryRouter(
    [
      { path: '/huishouden/:householdId/overdragen', element: <HandoverExportScreen /> },
      { path: '/overdracht-ontvangen', element: <HandoverImportScreen /> },
      { path: '/huishouden/:householdId', element: <p>Dossier geopend</p> },
      { path: '*', element: <p>elders</p> },
    ],
    { initialEntries: [path] },
  );
  return render(
    <PlatformProvider value={{ kind: 'web', api: host }}>
      <RouterProvider router={router} />
    </PlatformProvider>,
  );
}

/** Exports through the screen as the sender; returns the saved bytes and the code shown. */
async function exportThroughScreen(user: UserEvent) {
  setSession(sender.session);
  const host = testHost();
  const view = renderAt(`/huishouden/${home.id}/overdragen`, host);
  await screen.findByText(home.label);
  await user.click(screen.getByRole('button', { name: 'Overdrachtsbestand maken' }));
  const codeList = await screen.findByRole('list', {
    name: 'Code in vier groepen van vijf tekens',
  });
  const groups = within(codeList)
    .getAllByRole('listitem')
    .map((item) => item.querySelector('[aria-hidden="true"]')?.textContent ?? '');
  const request = host.fileSave.mock.calls[0]?.[0];
  if (!request) expect.fail('fileSave not called');
  view.unmount();
  return { bytes: request.bytes, code: groups.join('-'), request };
}

function openedFile(bytes: Uint8Array<ArrayBuffer>) {
  return testHost({ status: 'opened', fileName: 'keukentafel-overdracht.ktov', bytes });
}

beforeEach(async () => {
  sender = await freshVault();
  receiver = await freshVault();
  home = await addHousehold(sender.session, 'Gezin Bakker');
  await addPerson(sender.session, home.id, 'Ans Bakker');
});

afterEach(() => {
  setSession(null);
});

describe('handover export screen', () => {
  it('saves the file and shows the code once, in four groups of five', async () => {
    const user = userEvent.setup();
    setSession(sender.session);
    const host = testHost();
    renderAt(`/huishouden/${home.id}/overdragen`, host);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Dossier overdragen aan een collega' }),
    ).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Overdrachtsbestand maken' }));
    const title = await screen.findByRole('heading', { name: 'De code voor uw collega' });
    expect(title).toHaveFocus();
    const request = host.fileSave.mock.calls[0]?.[0];
    expect(request?.suggestedName).toMatch(/^keukentafel-overdracht-\d{4}-\d{2}-\d{2}\.ktov$/);
    expect(request?.filters).toEqual([{ name: 'Keukentafel overdracht', extensions: ['ktov'] }]);
    const groups = within(
      screen.getByRole('list', { name: 'Code in vier groepen van vijf tekens' }),
    ).getAllByRole('listitem');
    expect(groups).toHaveLength(4);
    for (const group of groups) expect(group.textContent).toMatch(/Groep \d: (\w ){4}\w\w{5}$/);
    expect(screen.getByText(/U ziet deze code maar één keer/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Ik heb de code doorgegeven' }));
    expect(screen.queryByRole('list', { name: /Code in vier groepen/ })).toBeNull();
    expect(screen.getByText(/De code is weg van het scherm/)).toHaveFocus();
  });

  it('shows no code when the save dialog is cancelled', async () => {
    const user = userEvent.setup();
    setSession(sender.session);
    const host = testHost();
    host.fileSave.mockResolvedValueOnce({ status: 'cancelled' });
    renderAt(`/huishouden/${home.id}/overdragen`, host);
    await user.click(await screen.findByRole('button', { name: 'Overdrachtsbestand maken' }));
    expect(await screen.findByText(/U heeft het opslaan afgebroken/)).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'De code voor uw collega' })).toBeNull();
  });

  it('says so for an unknown household', async () => {
    setSession(sender.session);
    renderAt(`/huishouden/${crypto.randomUUID()}/overdragen`, testHost());
    expect(await screen.findByText(/bestaat niet \(meer\)/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Overdrachtsbestand maken' })).toBeNull();
  });
});

describe('handover import screen', () => {
  it('checks the file and the code before opening anything', async () => {
    const user = userEvent.setup();
    setSession(receiver.session);
    renderAt('/overdracht-ontvangen', testHost());
    await user.click(await screen.findByRole('button', { name: 'Bestand openen' }));
    const summary = await screen.findByRole('heading', { name: 'Er is een probleem' });
    const list = summary.parentElement;
    if (!list) expect.fail('summary expected');
    expect(within(list).getByText('Kies eerst het overdrachtsbestand.')).toBeInTheDocument();
    expect(within(list).getByText('Typ de code die uw collega voorlas.')).toBeInTheDocument();

    await user.type(screen.getByLabelText('Code van uw collega'), 'abcde-fghjk');
    await user.click(screen.getByRole('button', { name: 'Bestand openen' }));
    expect(await screen.findAllByText('De code heeft 20 tekens. U typte er 10.')).not.toHaveLength(
      0,
    );
    expect(screen.getByLabelText('Code van uw collega')).toHaveAttribute('aria-invalid', 'true');
  });

  it('refuses a wrong code on the code field, with nothing written', async () => {
    const user = userEvent.setup();
    const { bytes, code } = await exportThroughScreen(user);
    setSession(receiver.session);
    const before = await rawDump(receiver.db.name);
    renderAt('/overdracht-ontvangen', openedFile(bytes));
    await user.click(await screen.findByRole('button', { name: 'Bestand kiezen' }));
    // A well-formed code of another file.
    await user.type(screen.getByLabelText('Code van uw collega'), newHandoverCode().text);
    await user.click(screen.getByRole('button', { name: 'Bestand openen' }));
    expect(await screen.findAllByText(/Deze code past niet bij dit bestand/)).not.toHaveLength(0);
    expect(screen.getByLabelText('Code van uw collega')).toHaveAttribute('aria-invalid', 'true');
    // A mis-heard character is caught by the check characters.
    const typo = code.slice(0, -1) + (code.endsWith('A') ? 'B' : 'A');
    await user.clear(screen.getByLabelText('Code van uw collega'));
    await user.type(screen.getByLabelText('Code van uw collega'), typo);
    await user.click(screen.getByRole('button', { name: 'Bestand openen' }));
    expect(await screen.findAllByText(/niet compleet of bevat een typefout/)).not.toHaveLength(0);
    expect(screen.queryByRole('heading', { name: 'Wat zit er in het bestand' })).toBeNull();
    expect(await rawDump(receiver.db.name)).toEqual(before);
  });

  it('shows the preview, then saves and links to the dossier', async () => {
    const user = userEvent.setup();
    const { bytes, code } = await exportThroughScreen(user);
    setSession(receiver.session);
    renderAt('/overdracht-ontvangen', openedFile(bytes));
    await user.click(await screen.findByRole('button', { name: 'Bestand kiezen' }));
    expect(screen.getByText('Gekozen: keukentafel-overdracht.ktov')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Code van uw collega'), code.toLowerCase());
    await user.click(screen.getByRole('button', { name: 'Bestand openen' }));
    const preview = await screen.findByRole('heading', { name: 'Wat zit er in het bestand' });
    expect(preview).toHaveFocus();
    const panel = preview.closest('section');
    if (!panel) expect.fail('preview panel expected');
    expect(within(panel).getByText('Gezin Bakker')).toBeInTheDocument();
    expect(within(panel).getByText('Nieuw op deze laptop: 2.')).toBeInTheDocument();
    // Nothing written before the confirmation.
    expect((await receiver.session.households.get(home.id, new Date())).ok).toBe(false);

    await user.click(screen.getByRole('button', { name: 'Overnemen' }));
    expect(
      await screen.findByText(/Het dossier van Gezin Bakker staat nu op deze laptop/),
    ).toHaveFocus();
    expect(ok(await receiver.session.households.get(home.id, new Date())).label).toBe(
      'Gezin Bakker',
    );
    await user.click(screen.getByRole('link', { name: 'Naar het dossier' }));
    expect(await screen.findByText('Dossier geopend')).toBeInTheDocument();
  });

  it('shows each conflict side by side and takes the choice made by keyboard', async () => {
    const user = userEvent.setup();
    // The receiver already has an older copy, and changed its label meanwhile.
    const first = await exportThroughScreen(user);
    setSession(receiver.session);
    const view = renderAt('/overdracht-ontvangen', openedFile(first.bytes));
    await user.click(await screen.findByRole('button', { name: 'Bestand kiezen' }));
    await user.type(screen.getByLabelText('Code van uw collega'), first.code);
    await user.click(screen.getByRole('button', { name: 'Bestand openen' }));
    await user.click(await screen.findByRole('button', { name: 'Overnemen' }));
    await screen.findByText(/staat nu op deze laptop/);
    view.unmount();
    const mine = ok(await receiver.session.households.get(home.id, new Date()));
    ok(await receiver.session.households.update({ ...mine, label: 'Familie Bakker' }, new Date()));
    home = ok(
      await sender.session.households.update({ ...home, label: 'Gezin Bakker-Smit' }, new Date()),
    );

    const second = await exportThroughScreen(user);
    setSession(receiver.session);
    renderAt('/overdracht-ontvangen', openedFile(second.bytes));
    await user.click(await screen.findByRole('button', { name: 'Bestand kiezen' }));
    await user.type(screen.getByLabelText('Code van uw collega'), second.code);
    await user.click(screen.getByRole('button', { name: 'Bestand openen' }));
    await screen.findByRole('heading', { name: 'Verschillen met uw versie' });
    const table = screen.getByRole('table', { name: /Verschillen bij Huishouden/ });
    const row = within(table).getByRole('row', { name: /Naam van het huishouden/ });
    expect(within(row).getByText('Familie Bakker')).toBeInTheDocument();
    expect(within(row).getByText('Gezin Bakker-Smit')).toBeInTheDocument();

    // Confirming without a choice: refused, named in the summary.
    await user.click(screen.getByRole('button', { name: 'Overnemen' }));
    expect(
      await screen.findAllByText('Kies welke versie u houdt van Huishouden Gezin Bakker-Smit.'),
    ).not.toHaveLength(0);
    expect(ok(await receiver.session.households.get(home.id, new Date())).label).toBe(
      'Familie Bakker',
    );

    // Keyboard only: Tab into the radio group, arrow to the second option.
    const group = screen.getByRole('radiogroup', { name: /Welke versie houdt u van/ });
    const keep = within(group).getByRole('radio', { name: 'Mijn versie houden' });
    keep.focus();
    await user.keyboard('{ArrowDown}');
    const take = within(group).getByRole('radio', { name: 'Hun versie overnemen' });
    await waitFor(() => {
      expect(take).toBeChecked();
    });
    await user.click(screen.getByRole('button', { name: 'Overnemen' }));
    await screen.findByText(/Vervangen: 1\./);
    expect(ok(await receiver.session.households.get(home.id, new Date())).label).toBe(
      'Gezin Bakker-Smit',
    );
  });
});
