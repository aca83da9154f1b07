import type { OpgaveId } from '../prevention/vocabulary';
import type { BrugColumnId, PgAspect } from '../schemas/vocabulary';
import { PG_DEFINITIONS } from '../instruments/positieve-gezondheid';
import type { LifeArea } from './plan-schema';

const BY_PG_ASPECT: Readonly<Record<PgAspect, LifeArea>> = {
  lichamelijk: 'gezondheid',
  mentaal: 'mentaal',
  zingeving: 'zingeving',
  'kwaliteit-van-leven': 'mentaal',
  meedoen: 'meedoen',
  'dagelijks-functioneren': 'dagelijks-leven',
};

export const LIFE_AREA_BY_BRUG_COLUMN: Readonly<Record<BrugColumnId, LifeArea>> = {
  wonen: 'wonen',
  'zorg-voor-anderen': 'zorg-voor-anderen',
  gezondheid: 'gezondheid',
  'sociale-contacten': 'sociale-contacten',
  schulden: 'geld',
  spaargeld: 'geld',
  diploma: 'werk-en-school',
  inkomen: 'geld',
};

const BY_OPGAVE: Readonly<Record<OpgaveId, LifeArea>> = {
  't1-opgroeien': 'opgroeien-en-opvoeden',
  't1-onderwijs-kinderopvang': 'werk-en-school',
  't1-leefstijl-jeugd': 'gezondheid',
  't1-huiselijk-geweld-kindermishandeling': 'veiligheid',
  't1-armoede-kinderen-gezinnen': 'geld',
  't1-schulden-kinderen-gezinnen': 'geld',
  't2-geschikte-woningen': 'wonen',
  't2-eigenaarschap-gezond-wonen': 'wonen',
  't2-ondersteuning-in-en-om-huis': 'dagelijks-leven',
  't2-huiselijk-geweld-volwassenen': 'veiligheid',
  't3-werk-participatie': 'werk-en-school',
  't3-verbondenheid': 'sociale-contacten',
  't3-basisvaardigheden': 'werk-en-school',
  't3-armoede-volwassenen': 'geld',
  't3-schulden-volwassenen': 'geld',
  't3-leefstijl-volwassenen': 'gezondheid',
  't3-mantelzorg': 'zorg-voor-anderen',
  't3-inburgering': 'meedoen',
  't3-mobiliteit': 'meedoen',
};

/** The life area of a Positieve Gezondheid dimension id (any version); undefined if unknown. */
export function lifeAreaOfPgDimension(dimensionId: string): LifeArea | undefined {
  for (const definition of PG_DEFINITIONS) {
    const dimension = definition.dimensions.find((entry) => entry.id === dimensionId);
    if (dimension) return BY_PG_ASPECT[dimension.aspect];
  }
  return undefined;
}

export function lifeAreaOfOpgave(opgave: OpgaveId): LifeArea {
  return BY_OPGAVE[opgave];
}
