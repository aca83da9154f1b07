import { readFileSync } from 'node:fs';
import path from 'node:path';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { FileOpenResult } from '../../../shared/ipc';
import {
  DEFAULT_PROFILE_ID,
  MAASSLUIS,
  WIJK_BIJ_DUURSTEDE,
  serializeProfile,
} from '../../../shared/profiles';
import { forgetImportedProfiles } from '../../../renderer/src/features/profiles/imported-profiles';
import * as db from './support/fake-db';
import { PASSPHRASE, renderApp, resetApp, testHost, unlock } from './support/app-harness';

vi.mock('../../../renderer/src/db', () => import('./support/fake-db'));

const EXAMPLES = path.resolve(import.meta.dirname, '../../../docs/examples/profiles');
const example = (name: string) => readFileSync(path.join(EXAMPLES, name), 'utf8');
const opened = (text: string, fileName = 'profiel.json'): FileOpenResult => ({
  status: 'opened',
  fileName,
  bytes: new TextEncoder().encode(text),
});

async function openProfiles(file?: FileOpenResult) {
  db.givenVault(PASSPHRASE);
  const user = userEvent.setup();
  const host = testHost(file);
  renderApp(host);
  await unlock(user);
  await user.click(await screen.findByRole('link', { name: 'Instellingen' }));
  await user.click(await screen.findByRole('link', { name: 'Gemeenteprofiel kiezen' }));
  await screen.findByRole('heading', { level: 1, name: 'Gemeenteprofiel' });
  await screen.findByText(WIJK_BIJ_DUURSTEDE.name, { selector: 'dd' });
  return { user, host };
}

const activePanel = () => screen.getByRole('region', { name: 'Profiel dat nu gebruikt wordt' });

describe('gemeente profile', () => {
  beforeEach(() => {
    resetApp();
    forgetImportedProfiles();
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
});
