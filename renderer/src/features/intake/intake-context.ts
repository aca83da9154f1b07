import type { Household } from '../../../../shared/schemas/household';
import type { Person } from '../../../../shared/schemas/person';
import type { Assessment } from '../../../../shared/schemas/assessment';
import type { IntakeDraft } from './intake-draft';

/** What every step gets: the draft, a way to change it, and the household as it was opened. */
export interface StepProps {
  readonly draft: IntakeDraft;
  readonly update: (change: (draft: IntakeDraft) => IntakeDraft) => void;
  readonly household: Household;
  /** Live members, in the order the dossier lists them. */
  readonly persons: readonly Person[];
  /** Assessments already in the dossier (earlier conversations). */
  readonly history: readonly Assessment[];
  readonly now: Date;
}
