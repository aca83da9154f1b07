import type { PersonRole } from '../schemas/person';
import type { PgDefinition } from './definition-schema';
import { PG_DEFINITIONS } from './positieve-gezondheid';

/** Why a version was chosen, so the screen can explain it in words. */
export type PgChoiceBasis = 'age' | 'role' | 'nearest';

export interface PgChoice {
  readonly definition: PgDefinition;
  readonly basis: PgChoiceBasis;
  /** Whole years on `now`; null without a usable birth date. */
  readonly age: number | null;
}

const GROUP_OF_ROLE: Record<PersonRole, PgDefinition['group']> = {
  volwassene: 'volwassenen',
  jongere: 'jongeren',
  kind: 'kinderen',
};

/**
 * Whole years on `now`'s UTC calendar date, so a person turns 18 on the birthday itself (the
 * advice engine's ageOn is this function). Null for a missing or malformed date.
 */
export function ageInFullYears(birthDate: string | undefined, now: Date): number | null {
  const match = birthDate === undefined ? null : /^(\d{4})-(\d{2})-(\d{2})$/.exec(birthDate);
  if (match === null) {
    return null;
  }
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const nowMonth = now.getUTCMonth() + 1;
  const beforeBirthday = nowMonth < month || (nowMonth === month && now.getUTCDate() < day);
  return now.getUTCFullYear() - year - (beforeBirthday ? 1 : 0);
}

const fits = (definition: PgDefinition, age: number): boolean =>
  age >= definition.ageRange.min &&
  (definition.ageRange.max === null || age <= definition.ageRange.max);

/** Youngest first, so "the next version up" is the first one that starts above an age. */
const byMinAge = (definitions: readonly PgDefinition[]): PgDefinition[] =>
  [...definitions].sort((left, right) => left.ageRange.min - right.ageRange.min);

function byRole(candidates: readonly PgDefinition[], role: PersonRole): PgDefinition | undefined {
  return (
    candidates.find((definition) => definition.group === GROUP_OF_ROLE[role]) ??
    byMinAge(candidates)[0]
  );
}

/**
 * Which Positieve Gezondheid version fits a person. Age decides when one version fits; where two
 * overlap (18-25) the role decides; in a gap (13-15) the next version up is offered as 'nearest'.
 * Null below the youngest version (under 8): the Kansencirkel covers those children.
 */
export function choosePgDefinition(
  person: { readonly role: PersonRole; readonly birthDate?: string | undefined },
  now: Date,
  definitions: readonly PgDefinition[] = PG_DEFINITIONS,
): PgChoice | null {
  const age = ageInFullYears(person.birthDate, now);
  if (age === null) {
    const definition = byRole(definitions, person.role);
    return definition === undefined ? null : { definition, basis: 'role', age };
  }
  const matching = definitions.filter((definition) => fits(definition, age));
  const [only, second] = matching;
  if (only !== undefined && second === undefined) {
    return { definition: only, basis: 'age', age };
  }
  if (only !== undefined) {
    const definition = byRole(matching, person.role) ?? only;
    return { definition, basis: 'role', age };
  }
  const nextUp = byMinAge(definitions).find((definition) => definition.ageRange.min > age);
  const youngest = byMinAge(definitions)[0];
  if (nextUp === undefined || youngest === undefined || age < youngest.ageRange.min) {
    return null;
  }
  return { definition: nextUp, basis: 'nearest', age };
}
