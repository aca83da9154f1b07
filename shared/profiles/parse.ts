import { findLifeEvent } from '../instruments/registry';
import { formatMessage } from '../messages/nl';
import { parseWith } from '../schemas/zod-messages';
import { SAFETY_SIGNAL } from '../prevention/engine';
import {
  displayPath,
  preventionIssue,
  type PreventionIssue,
  type PreventionProblemKey,
} from '../prevention/issues';
import type { ProblemKey, ProblemValues } from '../schemas/zod-messages';
import { GENERIC_ENTRY_IDS } from './generic';
import { ProfileSchema, type Profile } from './schema';

// Import and export of a gemeente profile. A file that does not parse is refused as a whole,
// with a Dutch message per problem that names the catalogue entry (position and id) and the field.

/** A problem with a profile file. `entry` is set when the problem is inside a catalogue entry. */
export interface ProfileIssue extends PreventionIssue {
  readonly entry: { readonly index: number; readonly id: string | null } | null;
  /** The field inside the entry, e.g. `level` or `triggers.signals.0.signalId`. */
  readonly field: string | null;
}

export type ProfileParseResult =
  | { readonly ok: true; readonly profile: Profile }
  | { readonly ok: false; readonly issues: readonly ProfileIssue[] };

const ENTRY_PATH = /^catalogue\.(\d+)(?:\.(.*))?$/;

function rawEntryId(data: unknown, index: number): string | null {
  if (typeof data !== 'object' || data === null || !('catalogue' in data)) {
    return null;
  }
  const { catalogue } = data;
  if (!Array.isArray(catalogue)) {
    return null;
  }
  const entry: unknown = catalogue[index];
  if (typeof entry !== 'object' || entry === null || !('id' in entry)) {
    return null;
  }
  const { id } = entry;
  return typeof id === 'string' && id.trim() !== '' ? id : null;
}

function locate(issue: PreventionIssue, data: unknown): ProfileIssue {
  const match = ENTRY_PATH.exec(issue.path);
  if (match === null) {
    return { ...issue, entry: null, field: null };
  }
  const index = Number(match[1]);
  return {
    ...issue,
    entry: { index, id: rawEntryId(data, index) },
    field: match[2] ?? null,
  };
}

function issueAt(
  path: string,
  problem: ProblemKey | PreventionProblemKey,
  values: ProblemValues = {},
): PreventionIssue {
  return preventionIssue(path, problem, values);
}

/** What the schema cannot see: references between parts of the profile. */
export function checkProfile(profile: Profile): PreventionIssue[] {
  const issues: PreventionIssue[] = [];
  const entries = new Map<string, Profile['catalogue'][number]>();
  const sourceIds = new Set<string>();

  profile.sources.forEach((source, index) => {
    if (sourceIds.has(source.id)) {
      issues.push(issueAt(`sources.${index}.id`, 'prevention.problem.duplicateSource'));
    }
    sourceIds.add(source.id);
  });

  profile.catalogue.forEach((entry, index) => {
    const at = (field: string) => `catalogue.${index}.${field}`;
    if (entries.has(entry.id)) {
      issues.push(issueAt(at('id'), 'prevention.problem.duplicateEntry'));
    } else {
      entries.set(entry.id, entry);
    }
    entry.triggers.signals.forEach((trigger, triggerIndex) => {
      // Rule 7: no prevention option may be offered in answer to a safety concern.
      if (trigger.signalId === SAFETY_SIGNAL && entry.level !== 'veiligheid') {
        issues.push(
          issueAt(
            at(`triggers.signals.${triggerIndex}.signalId`),
            'prevention.problem.safetyTrigger',
          ),
        );
      }
    });
    (entry.triggers.lifeEvents ?? []).forEach((eventId, eventIndex) => {
      if (findLifeEvent(eventId) === undefined) {
        issues.push(
          issueAt(at(`triggers.lifeEvents.${eventIndex}`), 'prevention.problem.unknownLifeEvent'),
        );
      }
    });
    const { minAge, maxAge } = entry.fit;
    if (minAge !== undefined && maxAge !== undefined && maxAge < minAge) {
      issues.push(issueAt(at('fit.maxAge'), 'prevention.problem.ageOrder', { minimum: minAge }));
    }
    if (!sourceIds.has(entry.source.documentId)) {
      issues.push(
        issueAt(at('source.documentId'), 'prevention.problem.unknownSource', {
          id: entry.source.documentId,
        }),
      );
    }
  });

  profile.emphases.forEach((emphasis, index) => {
    if (!sourceIds.has(emphasis.source.documentId)) {
      issues.push(
        issueAt(`emphases.${index}.source.documentId`, 'prevention.problem.unknownSource', {
          id: emphasis.source.documentId,
        }),
      );
    }
  });

  for (const id of GENERIC_ENTRY_IDS) {
    if (!entries.has(id)) {
      issues.push(issueAt('catalogue', 'prevention.problem.missingGeneric', { id }));
    }
  }

  const route = (path: string, id: string, expected: 'veiligheid' | 'maatwerk') => {
    const entry = entries.get(id);
    if (entry === undefined) {
      issues.push(issueAt(path, 'prevention.problem.unknownEntry', { id }));
    } else if (entry.level !== expected) {
      issues.push(issueAt(path, 'prevention.problem.routeLevel', { id, expected }));
    }
  };
  profile.routes.safety.forEach((id, index) => {
    route(`routes.safety.${index}`, id, 'veiligheid');
  });
  route('routes.warmeOverdracht', profile.routes.warmeOverdracht, 'maatwerk');
  return issues;
}

/**
 * A profile from a JSON text or already parsed JSON. Shape first (zod), then references. On any
 * problem nothing is returned but the issues, so the caller keeps the profile it had.
 */
export function parseProfile(input: unknown): ProfileParseResult {
  let data: unknown = input;
  if (typeof input === 'string') {
    try {
      // A byte-order mark is common in files saved by Windows editors.
      data = JSON.parse(input.replace(/^\uFEFF/, '')) as unknown;
    } catch {
      return {
        ok: false,
        issues: [
          { ...preventionIssue('', 'prevention.problem.invalidJson'), entry: null, field: null },
        ],
      };
    }
  }
  const parsed = parseWith(ProfileSchema, data);
  if (!parsed.ok) {
    return { ok: false, issues: parsed.issues.map((issue) => locate(issue, data)) };
  }
  const issues = checkProfile(parsed.value);
  return issues.length === 0
    ? { ok: true, profile: parsed.value }
    : { ok: false, issues: issues.map((issue) => locate(issue, data)) };
}

/** Replace the current profile only when the new one is sound; otherwise keep the current one. */
export function importProfile(
  current: Profile,
  input: unknown,
): { readonly profile: Profile; readonly issues: readonly ProfileIssue[] } {
  const parsed = parseProfile(input);
  return parsed.ok
    ? { profile: parsed.profile, issues: [] }
    : { profile: current, issues: parsed.issues };
}

/** The profile as a JSON file for export: stable key order (as defined), two-space indent. */
export function serializeProfile(profile: Profile): string {
  return `${JSON.stringify(profile, null, 2)}\n`;
}

/** One Dutch sentence per issue, naming the entry by position (from 1) and id, and the field. */
export function formatProfileIssue(issue: ProfileIssue): string {
  const problem = formatMessage(issue.problem, issue.values);
  if (issue.entry !== null) {
    const position = issue.entry.index + 1;
    const entry =
      issue.entry.id === null
        ? formatMessage('prevention.profile.entryNoId', { position })
        : formatMessage('prevention.profile.entry', { position, id: issue.entry.id });
    return issue.field === null || issue.field === ''
      ? formatMessage('prevention.profile.issueEntry', { entry, problem })
      : formatMessage('prevention.profile.issueEntryField', {
          entry,
          field: displayPath(issue.field),
          problem,
        });
  }
  return issue.path === ''
    ? formatMessage('prevention.profile.issueRoot', { problem })
    : formatMessage('prevention.profile.issueField', { path: displayPath(issue.path), problem });
}
