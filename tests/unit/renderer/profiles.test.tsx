import { readFileSync } from 'node:fs';
import path from 'node:path';
import { act, cleanup, renderHook, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { FileOpenResult } from '../../../shared/ipc';
import {
  DEFAULT_PROFILE_ID,
  MAASSLUIS,
  WIJK_BIJ_DUURSTEDE,
  serializeProfile,
} from '../../../shared/profiles';
import { requireSession, setSession } from '../../../renderer/src/features/session/current-session';
import {
  notifyProfilesChanged,
  useActiveProfile,
} from '../../../renderer/src/features/profiles/useActiveProfile';
import * as db from './support/fake-db';
import {
  PASSPHRASE,
  renderApp,
  resetApp,
  restartApp,
  testHost,
  unlock,
} from './support/app-harness';

vi.mock('../../../renderer/src/db', () => import('./support/fake-db'));

const EXAMPLES = path.resolve(import.meta.dirname, '../../../docs/examples/profiles');
const example = (name: string) => readFileSync(path.join(EXAMPLES, name), 'utf8');
const opened = (text: string, fileName = 'profiel.json'): FileOpenResult => ({
  status: 'opened',
  fileName,
  bytes: new TextEncoder().encode(text),
});

async function openProfiles(file?: FileOpenResult, activeName: string = WIJK_BIJ_DUURSTEDE.name) {
  if (!db.fake.vault) db.givenVault(PASSPHRASE);
  const user = userEvent.setup();
  const host = testHost(file);
  renderApp(host);
  await unlock(user);
  await user.click(await screen.findByRole('link', { name: 'Instellingen' }));
  await user.click(await screen.findByRole('link', { name: 'Gemeenteprofiel kiezen' }));
  await screen.findByRole('heading', { level: 1, name: 'Gemeenteprofiel' });
  await screen.findByText(activeName, { selector: 'dd' });
  return { user, host };
}

const activePanel = () => screen.getByRole('region', { name: 'Profiel dat nu gebruikt wordt' });

describe('gemeente profile', () => {
  beforeEach(() => {
    resetApp();
  });

  it('shows the default profile and switches to another one', async () => {
    const { user } = await openProfiles();
    expect(DEFAULT_PROFILE_ID).toBe(WIJK_BIJ_DUURSTEDE.id);
    const panel = activePanel();
    expect(within(panel).getByText(WIJK_BIJ_DUURSTEDE.version)).toBeInTheDocument();
    expect(
      within(panel).getByText(String(WIJK_BIJ_DUURSTEDE.catalogue.length)),
    ).toBeInTheDocument();
    const group = screen.getByRole('group', { name: 'Gemeenteprofielen' });
    expect(within(group).getAllByRole('radio')).toHaveLength(4);
    await user.click(within(group).getByRole('radio', { name: new RegExp(`^${MAASSLUIS.name} `) }));
    await user.click(screen.getByRole('button', { name: 'Dit profiel gebruiken' }));
    expect(
      await screen.findByText(`Opgeslagen. De app gebruikt nu het profiel ${MAASSLUIS.name}.`),
    ).toBeInTheDocument();
    expect(db.fake.gemeenteProfileId).toBe(MAASSLUIS.id);
    expect(within(activePanel()).getByText(MAASSLUIS.name)).toBeInTheDocument();
  });

  it('imports a valid profile and makes it selectable', async () => {
    const { user, host } = await openProfiles(opened(example('voorbeeldstad.json')));
    await user.click(screen.getByRole('button', { name: 'Profiel inlezen' }));
    expect(host.fileOpen).toHaveBeenCalledWith(
      expect.objectContaining({
        filters: [{ name: 'Gemeenteprofiel (JSON)', extensions: ['json'] }],
      }),
    );
    const status = await screen.findByText(
      /Het profiel Voorbeeldstad \(versie 0\.1\.0, \d+ voorzieningen\) is ingelezen/,
    );
    expect(status).toBeInTheDocument();
    const radio = screen.getByRole('radio', { name: /^Voorbeeldstad .*ingelezen\)$/ });
    await user.click(radio);
    await user.click(screen.getByRole('button', { name: 'Dit profiel gebruiken' }));
    expect(await screen.findByText(/De app gebruikt nu het profiel Voorbeeldstad\./)).toBeVisible();
    expect(db.fake.gemeenteProfileId).toBe('voorbeeldstad');
  });

  it('refuses a broken file, names entry and field, and changes nothing', async () => {
    const { user } = await openProfiles(
      opened(example('kapot-profiel.json'), 'kapot-profiel.json'),
    );
    await user.click(screen.getByRole('button', { name: 'Profiel inlezen' }));
    const title = await screen.findByRole('heading', { name: 'Het profiel is niet ingelezen' });
    const summary = title.parentElement;
    const alert = title.closest('[role="alert"]');
    expect(alert).not.toBeNull();
    expect(alert).toHaveTextContent('Er is niets veranderd.');
    expect(alert).toHaveTextContent(
      /Fout in het profiel bij voorziening \d+ in de catalogus \(id "[a-z-]+"\): het veld "[a-zA-Z.]+"/,
    );
    await waitFor(() => {
      expect(summary).toHaveFocus();
    });
    expect(within(activePanel()).getByText(WIJK_BIJ_DUURSTEDE.name)).toBeInTheDocument();
    expect(screen.getAllByRole('radio')).toHaveLength(4);
    expect(screen.queryByText(/ingelezen\)$/)).not.toBeInTheDocument();
    expect(db.fake.gemeenteProfileId).toBeUndefined();
  });

  it('saves the active profile as a JSON file', async () => {
    const { user, host } = await openProfiles();
    await user.click(screen.getByRole('button', { name: 'Profiel opslaan als bestand' }));
    expect(
      await screen.findByText(
        `Het profiel is opgeslagen als keukentafel-profiel-${WIJK_BIJ_DUURSTEDE.id}.json.`,
      ),
    ).toBeInTheDocument();
    const request = host.fileSave.mock.calls[0]?.[0];
    expect(request?.suggestedName).toBe(`keukentafel-profiel-${WIJK_BIJ_DUURSTEDE.id}.json`);
    expect(request?.filters).toEqual([{ name: 'Gemeenteprofiel (JSON)', extensions: ['json'] }]);
    expect(new TextDecoder().decode(request?.bytes)).toBe(serializeProfile(WIJK_BIJ_DUURSTEDE));
  });

  it('keeps an imported profile sealed in storage: after a restart it is still there', async () => {
    const { user } = await openProfiles(opened(example('voorbeeldstad.json')));
    await user.click(screen.getByRole('button', { name: 'Profiel inlezen' }));
    await screen.findByText(/Het profiel Voorbeeldstad .* is ingelezen/);
    expect(db.fake.log).toContain('profile-saved:voorbeeldstad');
    await user.click(screen.getByRole('radio', { name: /^Voorbeeldstad .*ingelezen\)$/ }));
    await user.click(screen.getByRole('button', { name: 'Dit profiel gebruiken' }));
    await screen.findByText(/De app gebruikt nu het profiel Voorbeeldstad\./);

    cleanup();
    restartApp();
    await openProfiles(undefined, 'Voorbeeldstad');
    expect(screen.getByRole('radio', { name: /^Voorbeeldstad .*ingelezen\)$/ })).toBeChecked();
    expect(screen.queryByText('Let op: de app gebruikt een ander profiel')).not.toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Ingelezen profielen' });
    expect(within(list).getByText(/^Voorbeeldstad \(versie 0\.1\.0/)).toBeInTheDocument();
  });

  it('says so in Dutch when the chosen imported profile is gone after a restart', async () => {
    const { user } = await openProfiles(opened(example('voorbeeldstad.json')));
    await user.click(screen.getByRole('button', { name: 'Profiel inlezen' }));
    await user.click(await screen.findByRole('radio', { name: /^Voorbeeldstad .*ingelezen\)$/ }));
    await user.click(screen.getByRole('button', { name: 'Dit profiel gebruiken' }));
    await screen.findByText(/De app gebruikt nu het profiel Voorbeeldstad\./);

    // Gone from storage (e.g. a restore onto another laptop without it), then the app restarts.
    db.fake.profiles.delete('voorbeeldstad');
    cleanup();
    restartApp();
    await openProfiles();
    const panel = activePanel();
    expect(within(panel).getByText('Let op: de app gebruikt een ander profiel')).toBeVisible();
    expect(panel).toHaveTextContent(
      `Het gekozen profiel "voorbeeldstad" is niet meer beschikbaar. De app gebruikt nu ${WIJK_BIJ_DUURSTEDE.name}.`,
    );
    expect(within(panel).getByText(WIJK_BIJ_DUURSTEDE.name, { selector: 'dd' })).toBeVisible();
    // Choosing a profile again ends the fallback.
    await user.click(screen.getByRole('radio', { name: new RegExp(`^${MAASSLUIS.name} `) }));
    await user.click(screen.getByRole('button', { name: 'Dit profiel gebruiken' }));
    await screen.findByText(`Opgeslagen. De app gebruikt nu het profiel ${MAASSLUIS.name}.`);
    expect(
      within(activePanel()).queryByText('Let op: de app gebruikt een ander profiel'),
    ).not.toBeInTheDocument();
  });

  it('removes the active imported profile and stores the default, so no warning follows', async () => {
    const { user } = await openProfiles(opened(example('voorbeeldstad.json')));
    expect(screen.getByText('U hebt nog geen profiel ingelezen.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Profiel inlezen' }));
    await user.click(await screen.findByRole('radio', { name: /^Voorbeeldstad .*ingelezen\)$/ }));
    await user.click(screen.getByRole('button', { name: 'Dit profiel gebruiken' }));
    await screen.findByText(/De app gebruikt nu het profiel Voorbeeldstad\./);

    const removeButton = screen.getByRole('button', { name: 'Profiel Voorbeeldstad verwijderen' });
    await user.click(removeButton);
    const dialog = await screen.findByRole('dialog', {
      name: 'Profiel Voorbeeldstad verwijderen?',
    });
    expect(dialog).toHaveTextContent(
      `De app gebruikt dit profiel nu. Na het verwijderen gebruikt de app het profiel ${WIJK_BIJ_DUURSTEDE.name}`,
    );
    await user.click(within(dialog).getByRole('button', { name: 'Nee, bewaren' }));
    expect(db.fake.profiles.has('voorbeeldstad')).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Profiel Voorbeeldstad verwijderen' }));
    await user.click(
      within(await screen.findByRole('dialog')).getByRole('button', { name: 'Ja, verwijderen' }),
    );
    await screen.findByText(/^Het profiel Voorbeeldstad is verwijderd\./);
    expect(db.fake.profiles.has('voorbeeldstad')).toBe(false);
    expect(screen.queryByRole('radio', { name: /^Voorbeeldstad / })).not.toBeInTheDocument();
    expect(screen.getAllByRole('radio')).toHaveLength(4);
    expect(
      screen.getByText(
        `Het profiel Voorbeeldstad is verwijderd. De app gebruikt nu het profiel ${WIJK_BIJ_DUURSTEDE.name}.`,
      ),
    ).toBeVisible();
    // The user removed it on purpose: the default is stored, not warned about as "gone".
    expect(db.fake.gemeenteProfileId).toBe(DEFAULT_PROFILE_ID);
    expect(
      within(activePanel()).queryByText('Let op: de app gebruikt een ander profiel'),
    ).not.toBeInTheDocument();
    expect(
      within(activePanel()).getByText(WIJK_BIJ_DUURSTEDE.name, { selector: 'dd' }),
    ).toBeVisible();
    expect(
      screen.getByRole('radio', { name: new RegExp(`^${WIJK_BIJ_DUURSTEDE.name} `) }),
    ).toBeChecked();

    // Also after a restart.
    cleanup();
    restartApp();
    await openProfiles();
    expect(screen.queryByText('Let op: de app gebruikt een ander profiel')).not.toBeInTheDocument();
  });

  it('keeps the warning when storing the default after removing the active profile fails', async () => {
    const { user } = await openProfiles(opened(example('voorbeeldstad.json')));
    await user.click(screen.getByRole('button', { name: 'Profiel inlezen' }));
    await user.click(await screen.findByRole('radio', { name: /^Voorbeeldstad .*ingelezen\)$/ }));
    await user.click(screen.getByRole('button', { name: 'Dit profiel gebruiken' }));
    await screen.findByText(/De app gebruikt nu het profiel Voorbeeldstad\./);
    db.failNext('settings.update', 'storage-full');
    await user.click(screen.getByRole('button', { name: 'Profiel Voorbeeldstad verwijderen' }));
    await user.click(
      within(await screen.findByRole('dialog')).getByRole('button', { name: 'Ja, verwijderen' }),
    );
    expect(await screen.findByText(/De schijf van deze laptop is vol\./)).toBeVisible();
    expect(db.fake.profiles.has('voorbeeldstad')).toBe(false);
    expect(db.fake.gemeenteProfileId).toBe('voorbeeldstad');
    expect(
      within(activePanel()).getByText('Let op: de app gebruikt een ander profiel'),
    ).toBeVisible();
  });

  it('says so in Dutch when the settings cannot be read, until a profile is chosen', async () => {
    db.fake.gemeenteProfileId = MAASSLUIS.id;
    db.givenVault(PASSPHRASE);
    const user = userEvent.setup();
    renderApp(testHost());
    await unlock(user);
    await user.click(await screen.findByRole('link', { name: 'Instellingen' }));
    // Every read fails (the screen may read twice under StrictMode); writing still works.
    const unreadable = vi
      .spyOn(requireSession().settings, 'get')
      .mockResolvedValue({ ok: false, error: { code: 'unavailable' } });
    await user.click(await screen.findByRole('link', { name: 'Gemeenteprofiel kiezen' }));
    const panel = await screen.findByRole('region', { name: 'Profiel dat nu gebruikt wordt' });
    const alert = await within(panel).findByRole('alert');
    expect(alert).toHaveTextContent('Let op: de instellingen konden niet worden gelezen');
    expect(alert).toHaveTextContent(
      `Daarom weet de app niet welk profiel u hebt gekozen. De app gebruikt nu ${WIJK_BIJ_DUURSTEDE.name}.`,
    );
    expect(within(panel).getByText(WIJK_BIJ_DUURSTEDE.name, { selector: 'dd' })).toBeVisible();

    await user.click(screen.getByRole('radio', { name: new RegExp(`^${MAASSLUIS.name} `) }));
    await user.click(screen.getByRole('button', { name: 'Dit profiel gebruiken' }));
    await screen.findByText(`Opgeslagen. De app gebruikt nu het profiel ${MAASSLUIS.name}.`);
    expect(
      screen.queryByText('Let op: de instellingen konden niet worden gelezen'),
    ).not.toBeInTheDocument();
    unreadable.mockRestore();
  });

  it('adds nothing when storing the import fails, and says why', async () => {
    const { user } = await openProfiles(opened(example('voorbeeldstad.json')));
    db.failNext('profiles.save', 'storage-full');
    await user.click(screen.getByRole('button', { name: 'Profiel inlezen' }));
    expect(await screen.findByText(/De schijf van deze laptop is vol\./)).toBeVisible();
    expect(screen.queryByText(/is ingelezen/)).not.toBeInTheDocument();
    expect(db.fake.profiles.size).toBe(0);
    expect(screen.getAllByRole('radio')).toHaveLength(4);
  });
});

describe('useActiveProfile', () => {
  beforeEach(async () => {
    resetApp();
    db.givenVault(PASSPHRASE);
    const unlocked = await db.unlockWithPassphrase(
      { name: 'fake', close: () => undefined },
      PASSPHRASE,
      new Date(),
    );
    if (!unlocked.ok) throw new Error('fake unlock failed');
    setSession(unlocked.value);
  });

  it('loads, then gives the default profile when nothing was chosen', async () => {
    const { result } = renderHook(() => useActiveProfile());
    expect(result.current).toEqual({ status: 'loading' });
    await waitFor(() => {
      expect(result.current).toEqual({
        status: 'ready',
        profile: WIJK_BIJ_DUURSTEDE,
        fallback: false,
        settingsUnavailable: false,
      });
    });
  });

  it('gives a chosen imported profile, and the default with fallback once it is gone', async () => {
    const parsed = JSON.parse(example('voorbeeldstad.json')) as { id: string; name: string };
    db.fake.profiles.set(parsed.id, parsed);
    db.fake.gemeenteProfileId = parsed.id;
    const { result } = renderHook(() => useActiveProfile());
    await waitFor(() => {
      expect(result.current).toMatchObject({
        status: 'ready',
        fallback: false,
        profile: { id: 'voorbeeldstad' },
      });
    });
    db.fake.profiles.delete(parsed.id);
    act(() => {
      notifyProfilesChanged();
    });
    await waitFor(() => {
      expect(result.current).toEqual({
        status: 'ready',
        profile: WIJK_BIJ_DUURSTEDE,
        fallback: true,
        settingsUnavailable: false,
      });
    });
  });

  it('uses a chosen shipped profile without fallback', async () => {
    db.fake.gemeenteProfileId = MAASSLUIS.id;
    const { result } = renderHook(() => useActiveProfile());
    await waitFor(() => {
      expect(result.current).toEqual({
        status: 'ready',
        profile: MAASSLUIS,
        fallback: false,
        settingsUnavailable: false,
      });
    });
  });

  it('says when the settings cannot be read instead of silently using the default', async () => {
    db.fake.gemeenteProfileId = MAASSLUIS.id;
    db.failNext('settings.get', 'unavailable');
    const { result } = renderHook(() => useActiveProfile());
    await waitFor(() => {
      expect(result.current).toEqual({
        status: 'ready',
        profile: WIJK_BIJ_DUURSTEDE,
        fallback: false,
        settingsUnavailable: true,
      });
    });
    // Readable again: the chosen profile, and no flag.
    act(() => {
      notifyProfilesChanged();
    });
    await waitFor(() => {
      expect(result.current).toEqual({
        status: 'ready',
        profile: MAASSLUIS,
        fallback: false,
        settingsUnavailable: false,
      });
    });
  });
});
