import type { InstrumentKind, SphereId } from '../schemas/vocabulary';
import { BRUG } from './brug';
import type {
  BalanceDefinition,
  FactorDefinition,
  InstrumentDefinition,
  LifeEventDefinition,
} from './definition-schema';
import { DRAAGKRACHT_DRAAGLAST } from './draagkracht-draaglast';
import { KANSENCIRKEL } from './kansencirkel';
import { PG_JONGEREN, PG_KINDEREN, PG_VOLWASSENEN } from './positieve-gezondheid';

/** Every instrument the app ships, in display order. An assessment names id and version. */
export const INSTRUMENTS = [
  PG_VOLWASSENEN,
  PG_JONGEREN,
  PG_KINDEREN,
  BRUG,
  DRAAGKRACHT_DRAAGLAST,
  KANSENCIRKEL,
] as const satisfies readonly InstrumentDefinition[];

export type InstrumentId = (typeof INSTRUMENTS)[number]['id'];

export function findInstrument(
  id: string,
  version?: string,
  instruments: readonly InstrumentDefinition[] = INSTRUMENTS,
): InstrumentDefinition | undefined {
  return instruments.find(
    (definition) =>
      definition.id === id && (version === undefined || definition.version === version),
  );
}

export function instrumentKindOf(
  id: string,
  instruments: readonly InstrumentDefinition[] = INSTRUMENTS,
): InstrumentKind | undefined {
  return findInstrument(id, undefined, instruments)?.kind;
}

export interface CatalogueFactor {
  readonly factor: FactorDefinition;
  readonly sphere: SphereId;
}

export function findFactor(
  factorId: string,
  definition: BalanceDefinition = DRAAGKRACHT_DRAAGLAST,
): CatalogueFactor | undefined {
  for (const sphere of definition.spheres) {
    const factor = sphere.factors.find((candidate) => candidate.id === factorId);
    if (factor !== undefined) {
      return { factor, sphere: sphere.id };
    }
  }
  return undefined;
}

export function findLifeEvent(
  eventId: string,
  definition: BalanceDefinition = DRAAGKRACHT_DRAAGLAST,
): LifeEventDefinition | undefined {
  return definition.lifeEvents.find((event) => event.id === eventId);
}
