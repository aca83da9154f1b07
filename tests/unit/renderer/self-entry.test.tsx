// The zelfinvulmodus on the real storage core (fake-indexeddb): the start screen, one question at
// a time, the route guard of Layout, and the exit dialog with PIN and passphrase.
import 'fake-indexeddb/auto';
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PG_VOLWASSENEN } from '../../../shared/instruments/positieve-gezondheid';
import { Layout } from '../../../renderer/src/app/Layout';
import { createVault, openDatabase, type Session } from '../../../renderer/src/db';
import { setSession } from '../../../renderer/src/features/session/current-session';
import { forgetAllDrafts } from '../../../renderer/src/features/session/draft-autosave';
import { ExitPinScreen } from '../../../renderer/src/features/self-entry/ExitPinScreen';
import { SelfEntryScreen } from '../../../renderer/src/features/self-entry/SelfEntryScreen';
import {
  emptyIntakeDraft,
  IntakeDraftSchema,
  type IntakeDraft,
} from '../../../renderer/src/features/intake/intake-draft';
import { intakeDraftKey } from '../../../renderer/src/features/intake/intake-key';
import { resetPersonalData, useAppStore } from '../../../renderer/src/store';

// Real key derivation in jsdom on a shared machine: give every step room.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 30_000 });

const PASSPHRASE = 'paarse fiets rijdt langs het kanaal';
const PIN = '2580';

interface World {
  session: Session;
  householdId: string;
  otherHouseholdId: string;
  personId: string;
}

async function world(): Promise<World> {
  const db = await openDatabase({ name: `self-entry-${crypto.randomUUID()}` });
  if (!db.ok) throw new Error('no database');
  const created = await createVault(db.value, PASSPHRASE, new Date());
  if (!created.ok) throw new Error('no vault');
  const session = created.value.session;
  const now = new Date();
  const household = await session.households.create({ label: 'Gezin Yilmaz' }, now);
  const other = await session.households.create({ label: 'Gezin Jansen' }, now);
  if (!household.ok || !other.ok) throw new Error('no household');
  const person = await session.persons.create(
    {
      householdId: household.value.id,
      role: 'volwassene',
      displayName: 'Ayşe Yilmaz',
      birthDate: '1979-06-02',
    },
    now,
  );
  if (!person.ok) throw new Error('no person');
  setSession(session);
  return {
    session,
    householdId: household.value.id,
    otherHouseholdId: other.value.id,
    personId: person.value.id,
  };
}

function renderAt(path: string) {
  const router = createMemoryRouter(
    [
      {
        path: '/',
        element: <Layout />,
        children: [
          { index: true, element: <h1 tabIndex={-1}>Start</h1> },
          { path: 'instellingen/pincode', element: <ExitPinScreen /> },
          { path: 'huishouden/:householdId/zelf/:personId', element: <SelfEntryScreen /> },
          {
            path: 'huishouden/:householdId/gesprek/:stap',
            element: <h1 tabIndex={-1}>Gesprek</h1>,
          },
          { path: '*', element: <h1 tabIndex={-1}>Ander scherm</h1> },
        ],
      },
    ],
    { initialEntries: [path] },
  );
  render(<RouterProvider router={router} />);
  return router;
}

async function readDraft(session: Session, householdId: string): Promise<IntakeDraft | null> {
  const result = await session.drafts.get(intakeDraftKey(householdId), IntakeDraftSchema);
  if (!result.ok) throw new Error(result.error.code);
  return result.value?.value ?? null;
}

async function startSelfEntry(user: UserEvent, w: World, instrument: 'pg' | 'brug' = 'pg') {
  const router = renderAt(`/huishouden/${w.householdId}/zelf/${w.personId}`);
  await screen.findByRole('heading', { level: 1, name: 'Zelf invullen: Ayşe Yilmaz' });
  const group = screen.getByRole('radiogroup', { name: 'Wat vult Ayşe Yilmaz zelf in?' });
  await user.click(
    within(group).getByRole('radio', {
      name: instrument === 'pg' ? /^Spinnenweb/ : /^Brug naar Zelfredzaamheid/,
    }),
  );
  await user.click(screen.getByRole('button', { name: 'Geef de laptop aan Ayşe Yilmaz' }));
  return router;
}

const question = (name: string) => screen.findByRole('heading', { level: 1, name });

let w: World;

beforeEach(async () => {
  useAppStore.setState({ vault: { status: 'unlocked' } });
  w = await world();
});

afterEach(() => {
  // Unmount first: with the slice gone, Layout would mount the start screen without a session.
  cleanup();
  resetPersonalData();
  forgetAllDrafts();
  setSession(null);
});

describe('zelfinvulmodus: one question at a time', () => {
  it('hides the menu and every link, shows one PG question with eleven choices', async () => {
    const user = userEvent.setup();
    await startSelfEntry(user, w);
    await question('Lichaamsfuncties');
    expect(useAppStore.getState().selfEntry).toEqual({
      householdId: w.householdId,
      personId: w.personId,
      instrument: 'pg',
    });
    expect(screen.queryByRole('navigation')).toBeNull();
    expect(screen.queryAllByRole('link')).toEqual([]);
    expect(screen.queryByRole('button', { name: /Vergrendelen/ })).toBeNull();
    expect(screen.getByText('Vraag 1 van 6')).toBeInTheDocument();
    const group = screen.getByRole('radiogroup', {
      name: PG_VOLWASSENEN.dimensions[0].prompt,
    });
    expect(
      within(group)
        .getAllByRole('radio')
        .map((radio) => radio.getAttribute('value')),
    ).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(group).toHaveAccessibleDescription('0 is heel slecht. 10 is heel goed.');
    expect(screen.queryByRole('button', { name: 'Vorige' })).toBeNull();
  });

  it('walks the six questions with Vorige and Volgende, keeps the answers and ends with Klaar', async () => {
    const user = userEvent.setup();
    await startSelfEntry(user, w);
    await question('Lichaamsfuncties');
    await user.click(screen.getByRole('radio', { name: '7' }));
    await user.click(screen.getByRole('button', { name: 'Volgende' }));
    await question('Mentaal welbevinden');
    expect(screen.getByText('Vraag 2 van 6')).toBeInTheDocument();
    // Focus moves to the new question, so a screen reader starts there.
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();
    await user.click(screen.getByRole('radio', { name: '4' }));
    await user.click(screen.getByRole('button', { name: 'Vorige' }));
    await question('Lichaamsfuncties');
    expect(screen.getByRole('radio', { name: '7' })).toBeChecked();
    for (let step = 0; step < 5; step++) {
      await user.click(screen.getByRole('button', { name: 'Volgende' }));
    }
    await question('Dagelijks functioneren');
    expect(screen.getByText('Vraag 6 van 6')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Klaar' }));
    await question('Klaar? Geef de laptop terug.');
    expect(
      screen.getByText('Dank je wel. Je hebt 2 van de 6 vragen beantwoord.'),
    ).toBeInTheDocument();
    await waitFor(
      async () => {
        const draft = await readDraft(w.session, w.householdId);
        expect(draft?.members[w.personId]?.pg?.scores).toEqual({
          lichaamsfuncties: 7,
          'mentaal-welbevinden': 4,
        });
        expect(draft?.members[w.personId]?.pgDefinitionId).toBe(PG_VOLWASSENEN.id);
      },
      { timeout: 3000 },
    );
  });

  it('changes the answer with the arrow keys', async () => {
    const user = userEvent.setup();
    await startSelfEntry(user, w);
    await question('Lichaamsfuncties');
    await user.click(screen.getByRole('radio', { name: '5' }));
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(screen.getByRole('radio', { name: '7' })).toBeChecked();
    expect(screen.getByRole('radio', { name: '7' })).toHaveFocus();
  });

  it('keeps what the intake draft already held and adds the Brug levels without inkomen', async () => {
    const before = emptyIntakeDraft(new Date());
    const seeded: IntakeDraft = { ...before, question: 'Wat speelt er thuis?' };
    const saved = await w.session.drafts.save(intakeDraftKey(w.householdId), seeded, new Date());
    expect(saved.ok).toBe(true);
    const user = userEvent.setup();
    await startSelfEntry(user, w, 'brug');
    await question('Wonen');
    expect(screen.getByText('Vraag 1 van 7')).toBeInTheDocument();
    const group = screen.getByRole('radiogroup', { name: 'Welke zin past het best bij jou?' });
    expect(within(group).getAllByRole('radio')).toHaveLength(4);
    await user.click(within(group).getAllByRole('radio')[1] as HTMLElement);
    for (let step = 0; step < 7; step++) {
      expect(screen.queryByRole('heading', { level: 1, name: 'Inkomen' })).toBeNull();
      await user.click(screen.getByRole('button', { name: /^(Volgende|Klaar)$/ }));
    }
    await question('Klaar? Geef de laptop terug.');
    await waitFor(
      async () => {
        const draft = await readDraft(w.session, w.householdId);
        expect(draft?.question).toBe('Wat speelt er thuis?');
        expect(draft?.conversationId).toBe(before.conversationId);
        expect(draft?.members[w.personId]?.brug).toEqual({
          kind: 'brug-naar-zelfredzaamheid',
          levels: { wonen: 2 },
        });
        // Reserved assessment ids were made for the new member entry.
        expect(draft?.members[w.personId]?.assessmentIds.brug).toMatch(/^[0-9a-f-]{36}$/);
      },
      { timeout: 3000 },
    );
  });
});

describe('zelfinvulmodus: the start screen', () => {
  it('preselects the questionnaire the intake link names, and says how to come back', async () => {
    renderAt(`/huishouden/${w.householdId}/zelf/${w.personId}?instrument=brug`);
    await screen.findByRole('heading', { level: 1, name: 'Zelf invullen: Ayşe Yilmaz' });
    expect(screen.getByRole('radio', { name: /^Brug naar Zelfredzaamheid/ })).toBeChecked();
    expect(screen.getByRole('radio', { name: /^Spinnenweb/ })).not.toBeChecked();
    expect(screen.getByText(/Dan typt u uw wachtwoord\./)).toBeInTheDocument();
    expect(useAppStore.getState().selfEntry).toBeNull();
  });

  it('says so for a person who is not in this household', async () => {
    renderAt(`/huishouden/${w.otherHouseholdId}/zelf/${w.personId}`);
    await screen.findByRole('heading', { level: 1, name: 'Niet gevonden' });
    expect(screen.queryByRole('button', { name: /Geef de laptop/ })).toBeNull();
  });
});

describe('zelfinvulmodus: nothing else is reachable', () => {
  it('sends another household’s address back to the question, without losing the place', async () => {
    const user = userEvent.setup();
    const router = await startSelfEntry(user, w);
    await question('Lichaamsfuncties');
    await user.click(screen.getByRole('button', { name: 'Volgende' }));
    await question('Mentaal welbevinden');
    for (const path of [
      `/huishouden/${w.otherHouseholdId}/gesprek/vraag`,
      '/instellingen/pincode',
      '/',
    ]) {
      await act(() => router.navigate(path));
      await waitFor(() => {
        expect(router.state.location.pathname).toBe(
          `/huishouden/${w.householdId}/zelf/${w.personId}`,
        );
      });
      expect(screen.queryByRole('heading', { name: 'Gesprek' })).toBeNull();
      expect(screen.queryByRole('heading', { name: 'Ander scherm' })).toBeNull();
      expect(screen.getByRole('heading', { level: 1, name: 'Mentaal welbevinden' })).toBeVisible();
    }
  });

  it('ends on lock: the slice is personal data', async () => {
    const user = userEvent.setup();
    await startSelfEntry(user, w);
    await question('Lichaamsfuncties');
    act(() => {
      resetPersonalData();
    });
    expect(useAppStore.getState().selfEntry).toBeNull();
  });
});

describe('zelfinvulmodus: the exit dialog', () => {
  async function openExit(user: UserEvent) {
    await user.click(screen.getByRole('button', { name: 'Terug naar de professional' }));
    return screen.findByRole('dialog', { name: 'Terug naar de professional' });
  }

  it('asks for the PIN: a wrong one stays with a Dutch message, the right one returns to the intake', async () => {
    expect((await w.session.exitPin.set(PIN, new Date())).ok).toBe(true);
    const user = userEvent.setup();
    const router = await startSelfEntry(user, w);
    await question('Lichaamsfuncties');
    await user.click(screen.getByRole('radio', { name: '8' }));
    let dialog = await openExit(user);
    const field = await within(dialog).findByLabelText('Pincode');
    expect(field).toHaveFocus();
    await user.type(field, '1111');
    await user.click(within(dialog).getByRole('button', { name: 'Terug naar mijn scherm' }));
    await waitFor(() => {
      expect(field).toHaveAccessibleDescription(
        'Deze pincode klopt niet. U kunt het nog 4 keer proberen.',
      );
    });
    expect(useAppStore.getState().selfEntry).not.toBeNull();
    // "Verder met invullen" closes the dialog only.
    await user.click(within(dialog).getByRole('button', { name: 'Verder met invullen' }));
    await waitFor(() => {
      expect(screen.queryByRole('dialog')).toBeNull();
    });
    expect(screen.getByRole('heading', { level: 1, name: 'Lichaamsfuncties' })).toBeVisible();

    dialog = await openExit(user);
    await user.type(await within(dialog).findByLabelText('Pincode'), `${PIN}{Enter}`);
    await screen.findByRole('heading', { level: 1, name: 'Gesprek' });
    expect(router.state.location.pathname).toBe(
      `/huishouden/${w.householdId}/gesprek/instrumenten`,
    );
    expect(useAppStore.getState().selfEntry).toBeNull();
    expect(screen.getByRole('navigation', { name: 'Hoofdmenu' })).toBeInTheDocument();
    const draft = await readDraft(w.session, w.householdId);
    expect(draft?.members[w.personId]?.pg?.scores).toEqual({ lichaamsfuncties: 8 });
  });

  it('asks for the passphrase when no PIN is set', async () => {
    const user = userEvent.setup();
    await startSelfEntry(user, w);
    await question('Lichaamsfuncties');
    const dialog = await openExit(user);
    const field = await within(dialog).findByLabelText('Wachtwoord');
    expect(
      within(dialog).getByText('Dit is voor de professional. Typ uw wachtwoord.'),
    ).toBeVisible();
    await user.click(within(dialog).getByRole('button', { name: 'Terug naar mijn scherm' }));
    expect(field).toHaveAccessibleDescription('Typ het wachtwoord.');
    await user.type(field, 'niet het goede wachtwoord{Enter}');
    await waitFor(() => {
      expect(field).toHaveAccessibleDescription('Dit wachtwoord klopt niet. Probeer het opnieuw.');
    });
    expect(useAppStore.getState().selfEntry).not.toBeNull();
    await user.type(field, `${PASSPHRASE}{Enter}`);
    await screen.findByRole('heading', { level: 1, name: 'Gesprek' }, { timeout: 5000 });
    expect(useAppStore.getState().selfEntry).toBeNull();
  });

  it('says how long to wait after too many wrong passphrases, and stays', async () => {
    const user = userEvent.setup();
    await startSelfEntry(user, w);
    await question('Lichaamsfuncties');
    const dialog = await openExit(user);
    const field = await within(dialog).findByLabelText('Wachtwoord');
    for (let attempt = 1; attempt <= 4; attempt++) {
      await user.type(field, `fout wachtwoord nummer ${String(attempt)}{Enter}`);
      await waitFor(
        () => {
          expect(field).toHaveValue('');
        },
        { timeout: 5000 },
      );
    }
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      /U hebt te vaak een verkeerd wachtwoord getypt\. Wacht \d+ seconden? en probeer het dan opnieuw\./,
    );
    expect(useAppStore.getState().selfEntry).not.toBeNull();
  });

  it('after five wrong PINs asks for the passphrase, and says so', async () => {
    expect((await w.session.exitPin.set(PIN, new Date())).ok).toBe(true);
    const user = userEvent.setup();
    await startSelfEntry(user, w);
    await question('Lichaamsfuncties');
    const dialog = await openExit(user);
    const expected = [
      'Deze pincode klopt niet. U kunt het nog 4 keer proberen.',
      'Deze pincode klopt niet. U kunt het nog 3 keer proberen.',
      'Deze pincode klopt niet. U kunt het nog 2 keer proberen.',
      'Deze pincode klopt niet. U kunt het nog 1 keer proberen. Daarna werkt de pincode niet meer.',
    ];
    for (const [attempt, message] of expected.entries()) {
      const field = within(dialog).getByLabelText('Pincode');
      await user.type(field, `99${String(attempt)}7{Enter}`);
      await waitFor(() => {
        expect(field).toHaveAccessibleDescription(message);
      });
    }
    await user.type(within(dialog).getByLabelText('Pincode'), '9947{Enter}');
    const passphrase = await within(dialog).findByLabelText('Wachtwoord', {}, { timeout: 5000 });
    expect(within(dialog).getByRole('alert')).toHaveTextContent(
      'U hebt 5 keer een verkeerde pincode getypt. De pincode werkt nu niet meer. Typ uw wachtwoord. Daarna werkt de pincode weer.',
    );
    await user.type(passphrase, `${PASSPHRASE}{Enter}`);
    await screen.findByRole('heading', { level: 1, name: 'Gesprek' }, { timeout: 5000 });
    expect((await w.session.exitPin.status()).ok).toBe(true);
  });
});

describe('PIN settings', () => {
  it('checks the PIN twice in Dutch, stores it, and removes it', async () => {
    const user = userEvent.setup();
    renderAt('/instellingen/pincode');
    await screen.findByRole('heading', { level: 1, name: 'Pincode voor de zelfinvulmodus' });
    await screen.findByText(/Er is nog geen pincode/);
    const pin = screen.getByLabelText('Nieuwe pincode');
    const repeat = screen.getByLabelText('Typ de pincode nog een keer');
    await user.click(screen.getByRole('button', { name: 'Pincode opslaan' }));
    expect(pin).toHaveAccessibleDescription(/Typ een pincode\./);
    await user.type(pin, '1234');
    await user.click(screen.getByRole('button', { name: 'Pincode opslaan' }));
    expect(pin).toHaveAccessibleDescription(/te makkelijk te raden/);
    await user.clear(pin);
    await user.type(pin, '12a4');
    await user.click(screen.getByRole('button', { name: 'Pincode opslaan' }));
    expect(pin).toHaveAccessibleDescription(/4 tot 8 cijfers\. Gebruik alleen cijfers\./);
    await user.clear(pin);
    await user.type(pin, PIN);
    await user.type(repeat, '2581');
    await user.click(screen.getByRole('button', { name: 'Pincode opslaan' }));
    expect(repeat).toHaveAccessibleDescription(/De twee pincodes zijn niet gelijk/);
    expect(await w.session.exitPin.isSet()).toEqual({ ok: true, value: false });
    await user.clear(repeat);
    await user.type(repeat, `${PIN}{Enter}`);
    expect(await screen.findByText('De pincode is opgeslagen.')).toBeInTheDocument();
    expect(pin).toHaveValue('');
    expect(await w.session.exitPin.isSet()).toEqual({ ok: true, value: true });
    expect((await w.session.exitPin.verify(PIN, new Date())).ok).toBe(true);
    expect(screen.getByRole('heading', { level: 2, name: 'Pincode wijzigen' })).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Pincode verwijderen' }));
    expect(await screen.findByText(/De pincode is verwijderd\./)).toBeInTheDocument();
    expect(await w.session.exitPin.isSet()).toEqual({ ok: true, value: false });
  });
});
