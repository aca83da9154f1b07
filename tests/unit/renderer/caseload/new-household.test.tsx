import 'fake-indexeddb/auto';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { setSession } from '../../../../renderer/src/features/session/current-session';
import { resetPersonalData } from '../../../../renderer/src/store';
import { findDraftForm } from '../../../../renderer/src/features/session/draft-forms';
import { NEW_HOUSEHOLD_DRAFT_KEY } from '../../../../renderer/src/features/household/new-household-form';
import { freshVault, ok, renderAt } from './harness';

const findTitle = (name: string) =>
  screen.findByRole('heading', { level: 1, name }, { timeout: 10_000 });
const row = (position: number) =>
  screen.getByRole('group', { name: `Persoon ${String(position)}` });

async function fillMember(
  user: UserEvent,
  position: number,
  member: { name: string; role: string; birthDate: string },
) {
  const group = row(position);
  await user.type(within(group).getByLabelText('Naam'), member.name);
  await user.selectOptions(within(group).getByLabelText('Rol'), member.role);
  if (member.birthDate !== '') {
    await user.type(
      within(group).getByLabelText('Geboortedatum (niet verplicht)'),
      member.birthDate,
    );
  }
}

const AnyDraft = z.unknown();

describe('new household', { timeout: 30_000 }, () => {
  afterEach(() => {
    // Unmount first: the screens need a session while they are mounted.
    cleanup();
    setSession(null);
    resetPersonalData();
  });

  it('saves nothing while the form has errors, and names each problem in Dutch', async () => {
    const { session } = await freshVault();
    const user = userEvent.setup();
    renderAt('/huishouden/nieuw');
    await findTitle('Nieuw huishouden');

    await user.click(screen.getByRole('button', { name: 'Huishouden opslaan' }));
    const summary = await screen.findByRole('heading', { name: 'Er is een probleem' });
    const list = summary.parentElement as HTMLElement;
    expect(
      within(list)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Vul de naam van het huishouden in.', 'Voeg minstens één persoon toe.']);

    await user.type(screen.getByLabelText('Naam van het huishouden'), 'Gezin Öztürk');
    await user.type(within(row(1)).getByLabelText('Naam'), 'Ayla Öztürk');
    await user.type(within(row(1)).getByLabelText('Geboortedatum (niet verplicht)'), '3-13-1990');
    await user.click(screen.getByRole('button', { name: 'Persoon toevoegen' }));
    await user.type(within(row(2)).getByLabelText('Geboortedatum (niet verplicht)'), '01-01-2999');
    await user.click(screen.getByRole('button', { name: 'Huishouden opslaan' }));
    await waitFor(() => {
      expect(
        within(list)
          .getAllByRole('link')
          .map((link) => link.textContent),
      ).toEqual([
        'Kies de rol van persoon 1: volwassene, jongere of kind.',
        'De geboortedatum van persoon 1 bestaat niet. Kijk of de dag en de maand kloppen.',
        'Vul de naam van persoon 2 in.',
        'Kies de rol van persoon 2: volwassene, jongere of kind.',
        'De geboortedatum van persoon 2 ligt in de toekomst.',
      ]);
    });
    // The field carries its own message and is marked invalid.
    const date = within(row(1)).getByLabelText('Geboortedatum (niet verplicht)');
    expect(date).toHaveAttribute('aria-invalid', 'true');
    expect(date).toHaveAccessibleDescription(
      'Als dd-mm-jjjj, bijvoorbeeld 12-03-1980. De geboortedatum van persoon 1 bestaat niet. Kijk of de dag en de maand kloppen.',
    );
    // A link in the summary moves focus to its field.
    await user.click(within(list).getByRole('link', { name: 'Vul de naam van persoon 2 in.' }));
    expect(within(row(2)).getByLabelText('Naam')).toHaveFocus();

    expect(ok(await session.households.list(new Date(), { includeDeleted: true }))).toEqual([]);
  });

  it('creates the household and its people, then opens the dossier', async () => {
    const { session } = await freshVault();
    const user = userEvent.setup();
    renderAt('/huishouden/nieuw');
    await findTitle('Nieuw huishouden');

    await user.type(screen.getByLabelText('Naam van het huishouden'), '  Gezin Öztürk ');
    await user.type(screen.getByLabelText('Adres (niet verplicht)'), 'Dorpsstraat 1, Maassluis');
    await fillMember(user, 1, { name: 'Ayla Öztürk', role: 'Volwassene', birthDate: '3-9-1990' });
    await user.click(screen.getByRole('button', { name: 'Persoon toevoegen' }));
    // The new row's name field takes the focus (on the next frame).
    await waitFor(() => {
      expect(within(row(2)).getByLabelText('Naam')).toHaveFocus();
    });
    await fillMember(user, 2, { name: 'Kerem Öztürk', role: 'Volwassene', birthDate: '' });
    await user.click(screen.getByRole('button', { name: 'Persoon toevoegen' }));
    await fillMember(user, 3, { name: 'Deniz', role: 'Kind', birthDate: '14.02.2018' });
    // An extra empty row is ignored, and a row can be taken out again.
    await user.click(screen.getByRole('button', { name: 'Persoon toevoegen' }));
    await user.click(screen.getByRole('button', { name: 'Persoon 4 weghalen' }));
    expect(screen.queryByRole('group', { name: 'Persoon 4' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Huishouden opslaan' }));

    await findTitle('Gezin Öztürk');
    expect(screen.getByText('Het huishouden Gezin Öztürk is opgeslagen.')).toBeInTheDocument();
    const [household] = ok(await session.households.list(new Date()));
    expect(household).toMatchObject({ label: 'Gezin Öztürk', address: 'Dorpsstraat 1, Maassluis' });
    expect(household?.practice).toBeUndefined();
    const persons = ok(await session.persons.listByHousehold(household?.id ?? '', new Date()));
    expect(
      persons
        .map(({ displayName, role, birthDate }) => ({ displayName, role, birthDate }))
        .sort((a, b) => a.displayName.localeCompare(b.displayName)),
    ).toEqual([
      { displayName: 'Ayla Öztürk', role: 'volwassene', birthDate: '1990-09-03' },
      { displayName: 'Deniz', role: 'kind', birthDate: '2018-02-14' },
      { displayName: 'Kerem Öztürk', role: 'volwassene', birthDate: undefined },
    ]);
    // The draft is gone once the real records exist.
    await waitFor(async () => {
      expect(ok(await session.drafts.get(NEW_HOUSEHOLD_DRAFT_KEY, AnyDraft))).toBeNull();
    });
  });

  it('keeps the input as a draft that "Verder waar u was" can reopen', async () => {
    const { session } = await freshVault();
    const user = userEvent.setup();
    const view = renderAt('/huishouden/nieuw');
    await findTitle('Nieuw huishouden');
    await user.type(screen.getByLabelText('Naam van het huishouden'), 'Gezin Kaya');
    await user.type(within(row(1)).getByLabelText('Naam'), 'Selin Kaya');
    view.unmount();

    await waitFor(async () => {
      const saved = ok(await session.drafts.get(NEW_HOUSEHOLD_DRAFT_KEY, AnyDraft));
      expect(saved?.value).toMatchObject({
        label: 'Gezin Kaya',
        members: [{ name: 'Selin Kaya', role: '', birthDate: '' }],
      });
    });
    const form = findDraftForm(NEW_HOUSEHOLD_DRAFT_KEY);
    expect(form?.path(NEW_HOUSEHOLD_DRAFT_KEY)).toBe('/huishouden/nieuw');
    expect(form?.label(NEW_HOUSEHOLD_DRAFT_KEY)).toBe('Nieuw huishouden (nog niet opgeslagen)');

    renderAt('/huishouden/nieuw');
    await findTitle('Nieuw huishouden');
    await waitFor(() => {
      expect(screen.getByLabelText('Naam van het huishouden')).toHaveValue('Gezin Kaya');
    });
    expect(within(row(1)).getByLabelText('Naam')).toHaveValue('Selin Kaya');

    await user.click(screen.getByRole('button', { name: 'Stoppen zonder opslaan' }));
    await screen.findByRole('searchbox', { name: 'Zoek een huishouden' });
    expect(ok(await session.drafts.get(NEW_HOUSEHOLD_DRAFT_KEY, AnyDraft))).toBeNull();
  });
});
