import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { registerDraftForm } from '../../../renderer/src/features/session/draft-forms';
import { useAppStore } from '../../../renderer/src/store';
import * as db from './support/fake-db';
import { PASSPHRASE, renderApp, resetApp, unlock } from './support/app-harness';

vi.mock('../../../renderer/src/db', () => import('./support/fake-db'));

let unregister: () => void = () => undefined;

async function unlockWithDrafts() {
  db.givenVault(PASSPHRASE);
  db.fake.drafts.set('gesprek:42', { value: { tekst: 'x' }, updatedAt: '2024-05-01T10:00:00Z' });
  db.fake.drafts.set('oud-formulier:1', { value: 'y', updatedAt: '2024-04-01T10:00:00Z' });
  const user = userEvent.setup();
  renderApp();
  await unlock(user);
  const offer = await screen.findByRole('region', { name: 'Verder waar u was' });
  return { user, offer };
}

describe('"Verder waar u was" after unlock', () => {
  beforeEach(() => {
    resetApp();
    unregister = registerDraftForm({
      prefix: 'gesprek:',
      label: (key) => `Gesprek ${key.slice('gesprek:'.length)}`,
      path: () => '/over',
    });
  });
  afterEach(() => {
    unregister();
  });

  it('names each unsaved form and offers to go on only where it can', async () => {
    const { offer } = await unlockWithDrafts();
    expect(within(offer).getByText('Gesprek 42')).toBeInTheDocument();
    expect(within(offer).getByText('Een formulier')).toBeInTheDocument();
    expect(
      within(offer).getByRole('button', { name: 'Verder gaan met Gesprek 42' }),
    ).toBeInTheDocument();
    expect(within(offer).getAllByRole('button', { name: /^Verder gaan/ })).toHaveLength(1);
    expect(within(offer).getAllByRole('button', { name: /^Weggooien/ })).toHaveLength(2);
  });

  it('goes on to the form when asked, and keeps the draft for it', async () => {
    const { user, offer } = await unlockWithDrafts();
    await user.click(within(offer).getByRole('button', { name: 'Verder gaan met Gesprek 42' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Over Keukentafel' }),
    ).toBeInTheDocument();
    expect(db.fake.drafts.has('gesprek:42')).toBe(true);
  });

  it('throws a draft away only when asked', async () => {
    const { user, offer } = await unlockWithDrafts();
    await user.click(within(offer).getByRole('button', { name: 'Weggooien: Een formulier' }));
    await waitFor(() => {
      expect(db.fake.drafts.has('oud-formulier:1')).toBe(false);
    });
    expect(db.fake.drafts.has('gesprek:42')).toBe(true);
    await user.click(within(offer).getByRole('button', { name: 'Later' }));
    expect(screen.queryByRole('region', { name: 'Verder waar u was' })).not.toBeInTheDocument();
    expect(db.fake.drafts.has('gesprek:42')).toBe(true);
    expect(useAppStore.getState().resumeOffer).toEqual([]);
  });
});
