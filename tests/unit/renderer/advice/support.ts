import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSuggestCase, type SuggestCase } from '../../../../shared/prevention/case';
import { suggest } from '../../../../shared/prevention/engine';
import type { SuggestResult } from '../../../../shared/prevention/result';
import { findProfile } from '../../../../shared/profiles/registry';
import type { Profile } from '../../../../shared/profiles/schema';

// Example households of docs/examples/cases, as the Advies step gets them from the intake.

const CASES_DIR = join(import.meta.dirname, '../../../../docs/examples/cases');
export const NOW = new Date('2024-07-01T12:00:00Z');

export function loadCase(file: string): SuggestCase {
  const parsed = parseSuggestCase(JSON.parse(readFileSync(join(CASES_DIR, file), 'utf8')));
  if (!parsed.ok) throw new Error(`${file}: ${JSON.stringify(parsed.issues)}`);
  return parsed.value;
}

export function profile(id = 'wijk-bij-duurstede'): Profile {
  const found = findProfile(id);
  if (found === undefined) throw new Error(`no profile ${id}`);
  return found;
}

export function adviceFor(file: string, profileId?: string): SuggestResult {
  return suggest(loadCase(file), profile(profileId), NOW);
}

export const DEBTS = '06-schulden-zonder-overzicht.json';
export const SAFETY = '05-zorg-over-veiligheid.json';
export const DIVORCE = '02-scheiding-schulden-kind.json';
export const NO_WORRIES = '04-zonder-zorgen.json';
