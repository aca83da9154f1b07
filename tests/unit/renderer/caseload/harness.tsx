// A real session (sealed records on fake-indexeddb) behind the app's own routes and frame, for
// the caseload, new-household and dossier screens.
import 'fake-indexeddb/auto';
import { render } from '@testing-library/react';
import { StrictMode } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { expect } from 'vitest';
import { routes } from '../../../../renderer/src/app/routes';
import {
  createVault,
  openDatabase,
  type KeukentafelDatabase,
  type Result,
  type Session,
} from '../../../../renderer/src/db';
import { setSession } from '../../../../renderer/src/features/session/current-session';
import { forgetAllDrafts } from '../../../../renderer/src/features/session/draft-autosave';

export const PASSPHRASE = 'paarse fiets rijdt langs het kanaal';

export function ok<T, E>(result: Result<T, E>): T {
  if (!result.ok) expect.fail(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value;
}

/** A new, empty, unlocked vault in its own database, made the current session. */
export async function freshVault(): Promise<{ db: KeukentafelDatabase; session: Session }> {
  const db = ok(await openDatabase({ name: `caseload-${crypto.randomUUID()}` }));
  const { session } = ok(await createVault(db, PASSPHRASE, new Date()));
  forgetAllDrafts();
  setSession(session);
  return { db, session };
}

export function renderAt(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const view = render(
    <StrictMode>
      <RouterProvider router={router} />
    </StrictMode>,
  );
  return { router, ...view };
}

export async function addHousehold(
  session: Session,
  household: { label: string; address?: string; practice?: true },
  members: readonly {
    displayName: string;
    role: 'volwassene' | 'jongere' | 'kind';
    birthDate?: string;
  }[],
) {
  const now = new Date();
  const created = ok(await session.households.create(household, now));
  const persons = [];
  for (const member of members) {
    persons.push(ok(await session.persons.create({ householdId: created.id, ...member }, now)));
  }
  return { household: created, persons };
}
