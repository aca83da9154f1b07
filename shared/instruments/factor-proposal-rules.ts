import type { FactorProposalRules } from './rules-schema';

// Rationale in docs/instruments.md ("Voorgestelde factoren"). Proposals only: the professional
// confirms, adds, weighs and marks the duration.

const pgDraagkracht = (factorId: string) =>
  ({
    factorId,
    bands: [
      { atOrAbove: 9, weight: 2 },
      { atOrAbove: 7, weight: 1 },
    ],
  }) as const;
const pgDraaglast = (factorId: string) =>
  ({
    factorId,
    bands: [
      { atOrBelow: 3, weight: 2 },
      { atOrBelow: 4, weight: 1 },
    ],
  }) as const;

/**
 * Which answers propose which factor. Per Brug column the draagkracht weight never rises and the
 * draaglast weight never falls as the level gets worse (a test holds the table to that).
 */
export const DEFAULT_FACTOR_PROPOSAL_RULES = {
  version: '1.0.0',
  brug: [
    { columnId: 'wonen', level: 1, factors: [{ factorId: 'geschikte-woning', weight: 2 }] },
    { columnId: 'wonen', level: 2, factors: [{ factorId: 'geschikte-woning', weight: 1 }] },
    { columnId: 'wonen', level: 3, factors: [{ factorId: 'hoge-woonlasten', weight: 2 }] },
    { columnId: 'wonen', level: 4, factors: [{ factorId: 'geen-vaste-woonplek', weight: 3 }] },
    {
      columnId: 'zorg-voor-anderen',
      level: 3,
      factors: [{ factorId: 'zware-zorgtaken', weight: 2 }],
    },
    {
      columnId: 'zorg-voor-anderen',
      level: 4,
      factors: [{ factorId: 'zware-zorgtaken', weight: 3 }],
    },
    {
      columnId: 'gezondheid',
      level: 1,
      factors: [
        { factorId: 'lichamelijk-gezond', weight: 2 },
        { factorId: 'mentaal-gezond', weight: 2 },
      ],
    },
    {
      columnId: 'gezondheid',
      level: 2,
      factors: [
        { factorId: 'lichamelijk-gezond', weight: 1 },
        { factorId: 'mentaal-gezond', weight: 1 },
      ],
    },
    { columnId: 'gezondheid', level: 3, factors: [{ factorId: 'gezondheidsklachten', weight: 2 }] },
    { columnId: 'gezondheid', level: 4, factors: [{ factorId: 'gezondheidsklachten', weight: 3 }] },
    { columnId: 'sociale-contacten', level: 1, factors: [{ factorId: 'goed-netwerk', weight: 2 }] },
    { columnId: 'sociale-contacten', level: 2, factors: [{ factorId: 'goed-netwerk', weight: 1 }] },
    {
      columnId: 'sociale-contacten',
      level: 3,
      factors: [{ factorId: 'weinig-netwerk', weight: 1 }],
    },
    {
      columnId: 'sociale-contacten',
      level: 4,
      factors: [{ factorId: 'weinig-netwerk', weight: 3 }],
    },
    {
      columnId: 'schulden',
      level: 1,
      factors: [{ factorId: 'financieel-zelfredzaam', weight: 1 }],
    },
    { columnId: 'schulden', level: 3, factors: [{ factorId: 'schulden', weight: 2 }] },
    { columnId: 'schulden', level: 4, factors: [{ factorId: 'schulden', weight: 3 }] },
    {
      columnId: 'spaargeld',
      level: 1,
      factors: [{ factorId: 'financieel-zelfredzaam', weight: 2 }],
    },
    {
      columnId: 'spaargeld',
      level: 2,
      factors: [{ factorId: 'financieel-zelfredzaam', weight: 1 }],
    },
    { columnId: 'spaargeld', level: 4, factors: [{ factorId: 'geen-spaargeld', weight: 1 }] },
    { columnId: 'diploma', level: 1, factors: [{ factorId: 'opleiding', weight: 2 }] },
    { columnId: 'diploma', level: 2, factors: [{ factorId: 'opleiding', weight: 1 }] },
    { columnId: 'diploma', level: 3, factors: [{ factorId: 'geen-startkwalificatie', weight: 1 }] },
    { columnId: 'diploma', level: 4, factors: [{ factorId: 'geen-startkwalificatie', weight: 2 }] },
    { columnId: 'inkomen', level: 1, factors: [{ factorId: 'voldoende-inkomen', weight: 2 }] },
    { columnId: 'inkomen', level: 3, factors: [{ factorId: 'laag-inkomen', weight: 2 }] },
    { columnId: 'inkomen', level: 4, factors: [{ factorId: 'laag-inkomen', weight: 3 }] },
  ],
  positieveGezondheid: [
    {
      aspect: 'lichamelijk',
      draagkracht: pgDraagkracht('lichamelijk-gezond'),
      draaglast: pgDraaglast('lichamelijke-klachten'),
    },
    {
      aspect: 'mentaal',
      draagkracht: pgDraagkracht('mentaal-gezond'),
      draaglast: pgDraaglast('psychische-klachten'),
    },
    {
      aspect: 'zingeving',
      draagkracht: pgDraagkracht('zingeving'),
      draaglast: pgDraaglast('weinig-zingeving'),
    },
    {
      aspect: 'kwaliteit-van-leven',
      draagkracht: null,
      draaglast: pgDraaglast('langdurige-stress'),
    },
    {
      aspect: 'meedoen',
      draagkracht: pgDraagkracht('meedoen'),
      draaglast: pgDraaglast('weinig-netwerk'),
    },
    {
      aspect: 'dagelijks-functioneren',
      draagkracht: pgDraagkracht('doenvermogen'),
      draaglast: pgDraaglast('weinig-doenvermogen'),
    },
  ],
} as const satisfies FactorProposalRules;
