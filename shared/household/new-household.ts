import { z } from 'zod';
import { PersonRoleSchema, type PersonRole } from '../schemas/person';
import { parseBirthDate, type DateEntryProblem } from './birth-date';

// The "new household" form as typed (kept as a draft) and its check before anything is saved.

export const MAX_MEMBERS = 20;
export const LABEL_MAX = 200;
export const ADDRESS_MAX = 300;
export const NAME_MAX = 200;

/** One member row as typed; `key` identifies the row (React key, field ids), never stored. */
export const MemberEntrySchema = z.strictObject({
  key: z.string().min(1).max(80),
  name: z.string().max(5000),
  role: z.union([PersonRoleSchema, z.literal('')]),
  birthDate: z.string().max(100),
});
export type MemberEntry = z.infer<typeof MemberEntrySchema>;

/** The whole form as typed. Lenient on purpose: it holds unfinished input, checked on submit. */
export const NewHouseholdFormSchema = z.strictObject({
  label: z.string().max(5000),
  address: z.string().max(5000),
  members: z.array(MemberEntrySchema).max(MAX_MEMBERS),
});
export type NewHouseholdForm = z.infer<typeof NewHouseholdFormSchema>;

export type NewHouseholdProblem =
  | { readonly field: 'label'; readonly code: 'required' | 'too-long' }
  | { readonly field: 'address'; readonly code: 'too-long' }
  | { readonly field: 'members'; readonly code: 'none' }
  | {
      readonly field: 'name';
      readonly memberKey: string;
      readonly position: number;
      readonly code: 'required' | 'too-long';
    }
  | {
      readonly field: 'role';
      readonly memberKey: string;
      readonly position: number;
      readonly code: 'required';
    }
  | {
      readonly field: 'birthDate';
      readonly memberKey: string;
      readonly position: number;
      readonly code: DateEntryProblem;
    };

export interface NewMember {
  /** The row it came from (for an existing person: the person id). */
  readonly key: string;
  readonly displayName: string;
  readonly role: PersonRole;
  readonly birthDate?: string;
}

export interface NewHouseholdInput {
  readonly household: { readonly label: string; readonly address?: string };
  readonly members: readonly NewMember[];
}

export type NewHouseholdCheck =
  | { readonly ok: true; readonly value: NewHouseholdInput }
  | { readonly ok: false; readonly problems: readonly NewHouseholdProblem[] };

const isBlank = (member: MemberEntry) =>
  member.name.trim() === '' && member.role === '' && member.birthDate.trim() === '';

/**
 * Checks the form; on success returns what to store per row. Rows left completely empty are
 * ignored, except rows of people who already exist (`existing` keys). `position` is 1-based
 * among the rows the professional sees, for the messages.
 */
export function checkNewHousehold(
  form: NewHouseholdForm,
  now: Date,
  existing: ReadonlySet<string> = new Set(),
): NewHouseholdCheck {
  const problems: NewHouseholdProblem[] = [];
  const label = form.label.trim();
  if (label === '') problems.push({ field: 'label', code: 'required' });
  else if (label.length > LABEL_MAX) problems.push({ field: 'label', code: 'too-long' });
  const address = form.address.trim();
  if (address.length > ADDRESS_MAX) problems.push({ field: 'address', code: 'too-long' });

  const members: NewMember[] = [];
  form.members.forEach((member, index) => {
    if (isBlank(member) && !existing.has(member.key)) return;
    const at = { memberKey: member.key, position: index + 1 };
    const name = member.name.trim();
    if (name === '') problems.push({ field: 'name', code: 'required', ...at });
    else if (name.length > NAME_MAX) problems.push({ field: 'name', code: 'too-long', ...at });
    if (member.role === '') problems.push({ field: 'role', code: 'required', ...at });
    let birthDate: string | undefined;
    if (member.birthDate.trim() !== '') {
      const parsed = parseBirthDate(member.birthDate, now);
      if (parsed.ok) birthDate = parsed.iso;
      else problems.push({ field: 'birthDate', code: parsed.problem, ...at });
    }
    if (member.role !== '') {
      members.push({
        key: member.key,
        displayName: name,
        role: member.role,
        ...(birthDate === undefined ? {} : { birthDate }),
      });
    }
  });
  if (form.members.every((member) => isBlank(member) && !existing.has(member.key))) {
    problems.push({ field: 'members', code: 'none' });
  }

  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    value: { household: { label, ...(address === '' ? {} : { address }) }, members },
  };
}
