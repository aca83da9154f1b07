import { formatMessage } from '../messages/nl';
import { PG_VOLWASSENEN } from '../instruments/positieve-gezondheid';
import type { PgAnswers } from '../schemas/assessment';
import type { PersonRole } from '../schemas/person';
import { localIsoDay } from './birth-date';

// The training household made on the first day: fictional people, a fictional address, and two
// Positieve Gezondheid scores of one adult, so the dossier shows a T0/T1 comparison.

export interface PracticeMember {
  readonly displayName: string;
  readonly role: PersonRole;
  readonly birthDate: string;
}

export interface PracticeSeed {
  readonly household: { readonly label: string; readonly address: string; readonly practice: true };
  readonly members: readonly [PracticeMember, PracticeMember, PracticeMember];
  /** The first PG measurement of the first adult (T0). */
  readonly pg: PracticePg;
  /** A later PG measurement of the same adult (T1). */
  readonly pgLater: PracticePg;
}

export interface PracticePg {
  readonly instrumentId: string;
  readonly instrumentVersion: string;
  readonly takenAt: string;
  readonly answers: PgAnswers;
}

/** Days before `now` of the two PG measurements. */
const PG_DAYS_AGO = 90;
const PG_LATER_DAYS_AGO = 7;
const DAY_MS = 24 * 60 * 60 * 1000;
/** The child is 9 or 10 (PG-kinderen and Kansencirkel) whenever the app is set up. */
const CHILD_AGE = 9;

export function practiceSeed(now: Date): PracticeSeed {
  const earlier = new Date(now.getTime() - PG_DAYS_AGO * DAY_MS);
  const later = new Date(now.getTime() - PG_LATER_DAYS_AGO * DAY_MS);
  return {
    household: {
      label: formatMessage('practice.label'),
      address: formatMessage('practice.address'),
      practice: true,
    },
    members: [
      {
        displayName: formatMessage('practice.adult1'),
        role: 'volwassene',
        birthDate: '1986-04-17',
      },
      {
        displayName: formatMessage('practice.adult2'),
        role: 'volwassene',
        birthDate: '1984-09-02',
      },
      {
        displayName: formatMessage('practice.child'),
        role: 'kind',
        birthDate: `${String(now.getFullYear() - CHILD_AGE - 1)}-11-21`,
      },
    ],
    pg: {
      instrumentId: PG_VOLWASSENEN.id,
      instrumentVersion: PG_VOLWASSENEN.version,
      takenAt: localIsoDay(earlier),
      answers: {
        kind: 'positieve-gezondheid',
        scores: {
          lichaamsfuncties: 6,
          'mentaal-welbevinden': 5,
          zingeving: 7,
          'kwaliteit-van-leven': 6,
          meedoen: 4,
          'dagelijks-functioneren': 7,
        },
      },
    },
    pgLater: {
      instrumentId: PG_VOLWASSENEN.id,
      instrumentVersion: PG_VOLWASSENEN.version,
      takenAt: localIsoDay(later),
      answers: {
        kind: 'positieve-gezondheid',
        scores: {
          lichaamsfuncties: 6,
          'mentaal-welbevinden': 7,
          zingeving: 7,
          'kwaliteit-van-leven': 6.5,
          meedoen: 7,
          'dagelijks-functioneren': 5,
        },
      },
    },
  };
}
