import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSuggestCase, type SuggestCase } from '../../../../shared/prevention/case';
import type { SuggestResult } from '../../../../shared/prevention/result';
import { findProfile } from '../../../../shared/profiles/registry';
import type { Profile } from '../../../../shared/profiles/schema';
import type { Answers, Assessment } from '../../../../shared/schemas/assessment';
import type { Person } from '../../../../shared/schemas/person';
import { household, person } from '../builders';

export const ROOT = join(import.meta.dirname, '../../../..');
export const CASES_DIR = join(ROOT, 'docs/examples/cases');

export function profile(id: string): Profile {
  const found = findProfile(id);
  if (found === undefined) {
    throw new Error(`no profile ${id}`);
  }
  return found;
}

export const WBD = profile('wijk-bij-duurstede');
export const NOW_2024 = new Date('2024-07-01T12:00:00Z');

/** A case with the builders' household; persons default to one adult without a birth date. */
export function caseOf(parts: Partial<Omit<SuggestCase, 'household'>> = {}): SuggestCase {
  return {
    household: household(),
    persons: parts.persons ?? [person()],
    assessments: parts.assessments ?? [],
    ...(parts.lifeEvents === undefined ? {} : { lifeEvents: parts.lifeEvents }),
    ...(parts.safetyConcerns === undefined ? {} : { safetyConcerns: parts.safetyConcerns }),
    ...(parts.context === undefined ? {} : { context: parts.context }),
  };
}

export function adultBorn(birthDate: string, overrides: Partial<Person> = {}): Person {
  return person('volwassene', { birthDate, ...overrides });
}

export function brug(
  levels: Extract<Answers, { kind: 'brug-naar-zelfredzaamheid' }>['levels'],
  extra: Partial<Omit<Extract<Answers, { kind: 'brug-naar-zelfredzaamheid' }>, 'kind'>> = {},
): Answers {
  return { kind: 'brug-naar-zelfredzaamheid', levels, ...extra };
}

export function dd(
  factors: readonly [string, 1 | 2 | 3, ('permanent' | 'tijdelijk')?][],
  lifeEvents: readonly [string, string?][] = [],
): Answers {
  return {
    kind: 'draagkracht-draaglast',
    factors: factors.map(([factorId, weight, duration]) => ({
      factorId,
      weight,
      duration: duration ?? 'tijdelijk',
    })),
    ...(lifeEvents.length === 0
      ? {}
      : {
          lifeEvents: lifeEvents.map(([eventId, date]) =>
            date === undefined ? { eventId } : { eventId, date },
          ),
        }),
  };
}

export function kansencirkel(areas: Extract<Answers, { kind: 'kansencirkel' }>['areas']): Answers {
  return { kind: 'kansencirkel', areas };
}

export function ids(result: SuggestResult): string[] {
  return result.suggestions.map((suggestion) => suggestion.catalogueId);
}

export function rankOf(result: SuggestResult, catalogueId: string): number {
  const found = result.suggestions.find((suggestion) => suggestion.catalogueId === catalogueId);
  if (found === undefined) {
    throw new Error(`${catalogueId} not suggested: ${ids(result).join(', ')}`);
  }
  return found.rank;
}

export function exampleCaseFiles(): string[] {
  return readdirSync(CASES_DIR)
    .filter((file) => file.endsWith('.json'))
    .sort();
}

export function loadCase(file: string): SuggestCase {
  const parsed = parseSuggestCase(JSON.parse(readFileSync(join(CASES_DIR, file), 'utf8')));
  if (!parsed.ok) {
    throw new Error(`${file}: ${JSON.stringify(parsed.issues)}`);
  }
  return parsed.value;
}

export type { Assessment };
