import { formatDate, t } from '../../app/i18n';
import type {
  CaseloadMatchField,
  CaseloadPerson,
} from '../../../../shared/caseload/caseload-index';
import { isoToDayFirst } from '../../../../shared/household/birth-date';

/** "Sanne Jansen (volwassene, 17-04-1986)": how a member appears in lists. */
export function memberText(person: CaseloadPerson): string {
  const role = t(`caseload.role.${person.role}`);
  return person.birthDate === undefined
    ? t('caseload.memberWithoutDate', { name: person.displayName, role })
    : t('caseload.memberWithDate', {
        name: person.displayName,
        role,
        birthDate: isoToDayFirst(person.birthDate),
      });
}

/** "Gevonden op: naam, geboortedatum.": why a household is in the results. */
export function matchedText(fields: readonly CaseloadMatchField[]): string {
  return t('caseload.matchedOn', {
    fields: fields.map((field) => t(`caseload.match.${field}`)).join(', '),
  });
}

/** "3 huishoudens gevonden.", for the live region and the results heading. */
export function countText(count: number, limited: boolean): string {
  if (limited) return t('caseload.count.limited', { count });
  if (count === 0) return t('caseload.count.none');
  if (count === 1) return t('caseload.count.one');
  return t('caseload.count.many', { count });
}

/** A calendar day `YYYY-MM-DD` in words ("17 april 1986"), read as a local day, not UTC. */
export function formatDay(iso: string): string {
  const [year = 0, month = 1, day = 1] = iso.split('-').map(Number);
  return formatDate(new Date(year, month - 1, day));
}
