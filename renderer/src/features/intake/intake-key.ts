// Kept apart from intake-draft.ts so the start-up bundle can register the draft form without
// loading the schemas of every instrument.

export const INTAKE_DRAFT_PREFIX = 'intake:';

export const intakeDraftKey = (householdId: string): string =>
  `${INTAKE_DRAFT_PREFIX}${householdId}`;

/** The household id in an intake draft key, or null for another form's key. */
export function householdIdOfDraftKey(key: string): string | null {
  return key.startsWith(INTAKE_DRAFT_PREFIX) ? key.slice(INTAKE_DRAFT_PREFIX.length) : null;
}

/** The eight steps in conversation order; the slugs are the last part of the route. */
export const INTAKE_STEPS = [
  'vraag',
  'goed',
  'netwerk',
  'instrumenten',
  'advies',
  'veranderen',
  'samenvatting',
  'afspraken',
] as const;
export type IntakeStep = (typeof INTAKE_STEPS)[number];

/** Route slug that opens the step stored in the draft ("Verder waar u was"). */
export const RESUME_SLUG = 'verder';

export const intakePath = (householdId: string, step: IntakeStep | typeof RESUME_SLUG): string =>
  `/huishouden/${householdId}/gesprek/${step}`;
