import { practiceSeed } from '../../../../shared/household/practice';
import type { Session } from '../../db';

const seeding = new WeakMap<Session, Promise<void>>();

/**
 * On the first day (no household was ever made on this laptop, not even a deleted one) the app
 * makes the fictional "Oefendossier". Its soft-deleted record stays, so it never comes back.
 */
export function ensurePracticeHousehold(session: Session, now: Date): Promise<void> {
  let running = seeding.get(session);
  if (!running) {
    running = seed(session, now);
    seeding.set(session, running);
  }
  return running;
}

async function seed(session: Session, now: Date): Promise<void> {
  if (session.caseload.entries().length > 0) return;
  const existing = await session.households.list(now, { includeDeleted: true });
  if (!existing.ok || existing.value.length > 0) return;
  const data = practiceSeed(now);
  const household = await session.households.create(data.household, now);
  if (!household.ok) return;
  const householdId = household.value.id;
  let firstAdultId: string | undefined;
  for (const member of data.members) {
    const person = await session.persons.create({ householdId, ...member }, now);
    if (!person.ok) return;
    firstAdultId ??= person.value.id;
  }
  if (firstAdultId === undefined) return;
  for (const pg of [data.pg, data.pgLater]) {
    const created = await session.assessments.create(
      { householdId, personId: firstAdultId, status: 'final', ...pg },
      now,
    );
    if (!created.ok) return;
  }
}
