import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { z } from 'zod';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getSession } from '../../../renderer/src/features/session/current-session';
import { hasPendingDraft } from '../../../renderer/src/features/session/draft-autosave';
import { adoptSession, lockNow } from '../../../renderer/src/features/session/session-manager';
import { DraftNotice } from '../../../renderer/src/features/session/DraftNotice';
import { useDraft } from '../../../renderer/src/features/session/useDraft';
import { useAppStore } from '../../../renderer/src/store';
import * as db from './support/fake-db';
import { resetApp } from './support/app-harness';

vi.mock('../../../renderer/src/db', () => import('./support/fake-db'));

const SENTINEL = 'SENTINEL-Jansen-van-der-Berg';
const NoteSchema = z.string();

function NoteForm({ draftKey = 'test-note:1' }: { draftKey?: string }) {
  const draft = useDraft(draftKey, '', NoteSchema, 10_000);
  return (
    <form>
      <label htmlFor="note">Notitie</label>
      <input
        id="note"
        value={draft.value}
        onChange={(event) => {
          draft.setValue(event.target.value);
        }}
      />
      <p>{draft.status}</p>
    </form>
  );
}

async function unlockedSession() {
  db.givenVault('paarse fiets rijdt langs het kanaal');
  const result = await db.unlockWithPassphrase(
    { name: 'fake', close: () => undefined },
    'paarse fiets rijdt langs het kanaal',
    new Date(),
  );
  if (!result.ok) throw new Error('fake unlock failed');
  adoptSession(result.value);
  return result.value;
}

describe('the lock sequence', () => {
  beforeEach(() => {
    resetApp();
  });

  it('seals pending input as a draft first, then drops the key, then clears the stores', async () => {
    const session = await unlockedSession();
    const user = userEvent.setup();
    render(<NoteForm />);
    await user.type(screen.getByLabelText('Notitie'), SENTINEL);
    // The 10 s debounce has not fired: the input is only pending.
    expect(db.fake.drafts.size).toBe(0);
    expect(hasPendingDraft('test-note:1')).toBe(true);
    useAppStore.getState().setResumeOffer([{ key: SENTINEL, createdAt: 'x', updatedAt: 'x' }]);
    useAppStore.getState().showFlash({ key: 'restore.doneMerge', values: { added: SENTINEL } });

    await act(() => lockNow('user'));

    expect(db.fake.log).toEqual(['before-lock', 'draft-saved:test-note:1', 'keys-dropped:user']);
    expect(db.fake.drafts.get('test-note:1')?.value).toBe(SENTINEL);
    expect(session.isLocked()).toBe(true);
    expect(getSession()).toBeNull();
    expect(hasPendingDraft('test-note:1')).toBe(false);
    expect(useAppStore.getState().vault).toEqual({ status: 'locked', reason: 'user' });
    expect(JSON.stringify(useAppStore.getState())).not.toContain(SENTINEL);
  });

  it('follows a lock that the storage core starts itself', async () => {
    const session = await unlockedSession();
    useAppStore.getState().setResumeOffer([{ key: SENTINEL, createdAt: 'x', updatedAt: 'x' }]);
    await act(() => session.lock('suspend', new Date()));
    expect(getSession()).toBeNull();
    expect(useAppStore.getState().vault).toEqual({ status: 'locked', reason: 'suspend' });
    expect(JSON.stringify(useAppStore.getState())).not.toContain(SENTINEL);
  });

  it('does nothing when there is no session', async () => {
    useAppStore.getState().setVault({ status: 'new' });
    await lockNow('idle');
    expect(useAppStore.getState().vault).toEqual({ status: 'new' });
    expect(db.fake.log).toEqual([]);
  });

  it('offers the drafts found after unlock as "Verder waar u was"', async () => {
    db.fake.drafts.set('intake:42', { value: 'x', updatedAt: '2024-05-01T10:00:00.000Z' });
    await unlockedSession();
    await waitFor(() => {
      expect(useAppStore.getState().resumeOffer.map((draft) => draft.key)).toEqual(['intake:42']);
    });
  });

  it('takes the idle minutes from the settings after unlock', async () => {
    db.fake.idleLockMinutes = 17;
    await unlockedSession();
    await waitFor(() => {
      expect(useAppStore.getState().idleMinutes).toBe(17);
    });
  });
});

describe('useDraft', () => {
  beforeEach(() => {
    resetApp();
  });

  it('autosaves after a pause in typing, not on every key', async () => {
    await unlockedSession();
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
      render(<NoteForm />);
      await user.type(screen.getByLabelText('Notitie'), 'abc');
      expect(db.fake.drafts.size).toBe(0);
      await act(() => vi.advanceTimersByTimeAsync(10_000));
      expect(db.fake.drafts.get('test-note:1')?.value).toBe('abc');
      expect(db.fake.log.filter((entry) => entry.startsWith('draft-saved'))).toHaveLength(1);
      expect(screen.getByText('saved')).toBeInTheDocument();
    } finally {
      vi.useRealTimers();
    }
  });

  it('loads an existing draft when the form opens', async () => {
    db.fake.drafts.set('test-note:1', { value: 'eerder getypt', updatedAt: 'x' });
    await unlockedSession();
    render(<NoteForm />);
    expect(await screen.findByDisplayValue('eerder getypt')).toBeInTheDocument();
    expect(screen.getByText('restored')).toBeInTheDocument();
  });

  it('seals pending input when the form closes', async () => {
    await unlockedSession();
    const user = userEvent.setup();
    const { unmount } = render(<NoteForm />);
    await user.type(screen.getByLabelText('Notitie'), 'half af');
    unmount();
    await waitFor(() => {
      expect(db.fake.drafts.get('test-note:1')?.value).toBe('half af');
    });
  });

  it('reports a full disk and keeps the input in the form', async () => {
    await unlockedSession();
    db.failNext('drafts.save', 'storage-full');
    const user = userEvent.setup();
    function Probe() {
      const draft = useDraft('test-note:2', '', NoteSchema, 0);
      return (
        <>
          <label htmlFor="n">Notitie</label>
          <input
            id="n"
            value={draft.value}
            onChange={(event) => {
              draft.setValue(event.target.value);
            }}
          />
          <DraftNotice status={draft.status} />
        </>
      );
    }
    render(<Probe />);
    await user.type(screen.getByLabelText('Notitie'), 'x');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'De schijf van deze laptop is vol. Er is niets opgeslagen, uw invoer staat nog in het formulier.',
    );
    expect(screen.getByLabelText('Notitie')).toHaveValue('x');
    // The next change saves again once there is room, and the alert goes.
    await user.type(screen.getByLabelText('Notitie'), 'y');
    expect(await screen.findByText('Invoer is versleuteld bewaard.')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toBeEmptyDOMElement();
    expect(db.fake.drafts.get('test-note:2')?.value).toBe('xy');
    db.failNext('drafts.save', 'storage-full');
    await user.type(screen.getByLabelText('Notitie'), 'z');
    await screen.findByText(/De schijf van deze laptop is vol/);
    // Still pending: the lock (or the next change) tries again.
    expect(hasPendingDraft('test-note:2')).toBe(true);
  });

  it('clear() throws the draft away', async () => {
    db.fake.drafts.set('test-note:1', { value: 'weg ermee', updatedAt: 'x' });
    await unlockedSession();
    let clear: (() => Promise<void>) | undefined;
    function Probe() {
      const draft = useDraft('test-note:1', '', NoteSchema);
      clear = draft.clear;
      return <p>{draft.value || 'leeg'}</p>;
    }
    render(<Probe />);
    await screen.findByText('weg ermee');
    await act(async () => {
      await clear?.();
    });
    expect(screen.getByText('leeg')).toBeInTheDocument();
    expect(db.fake.drafts.has('test-note:1')).toBe(false);
  });
});
