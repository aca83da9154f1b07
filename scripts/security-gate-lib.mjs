// Pure parts of the Electronegativity gate: turning the scanner's issues into findings, reading
// the allowlist, and deciding. scripts/security-gate.mjs runs the scanner and prints the verdict.
import path from 'node:path';

/** Findings of these severities fail the gate unless allowlisted. */
export const GATING_SEVERITIES = Object.freeze(['HIGH', 'MEDIUM']);
export const SEVERITIES = Object.freeze(['HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL']);
export const CONFIDENCES = Object.freeze(['CERTAIN', 'FIRM', 'TENTATIVE']);
/** An allowlist reason must be a written sentence, not "ok" or "fp". */
export const MIN_REASON_LENGTH = 20;
/** Electronegativity's file name for findings about the app as a whole. */
export const GLOBAL_FILE = 'N/A';

const CHECK_ID = /^[A-Z][A-Z0-9_]*$/;

/**
 * Turns the issues Electronegativity's runner returns into plain findings with repository-relative
 * POSIX paths. Throws on any issue of an unexpected shape: a changed output format must stop the
 * gate, not let it pass on an empty list.
 */
export function normalizeFindings(issues, repoRoot) {
  if (!Array.isArray(issues)) throw new TypeError('electronegativity returned no issue list');
  return issues.map((issue, index) => {
    const where = `issue ${index}`;
    if (typeof issue !== 'object' || issue === null)
      throw new TypeError(`${where} is not an object`);
    const { id, severity, confidence, file, location, manualReview, description } = issue;
    if (typeof id !== 'string' || !CHECK_ID.test(id))
      throw new TypeError(`${where} has no check id`);
    const severityName = severity?.name;
    const confidenceName = confidence?.name;
    if (!SEVERITIES.includes(severityName)) throw new TypeError(`${where} (${id}) has no severity`);
    if (!CONFIDENCES.includes(confidenceName)) {
      throw new TypeError(`${where} (${id}) has no confidence`);
    }
    if (typeof file !== 'string' || file === '')
      throw new TypeError(`${where} (${id}) has no file`);
    const line = Number.isInteger(location?.line) ? location.line : 0;
    const column = Number.isInteger(location?.column) ? location.column : 0;
    return {
      check: id,
      severity: severityName,
      confidence: confidenceName,
      file: file === GLOBAL_FILE ? GLOBAL_FILE : toRepoPath(file, repoRoot),
      line,
      column,
      manualReview: manualReview === true,
      description: typeof description === 'string' ? description : '',
    };
  });
}

/** A path relative to the repository, with forward slashes, as the allowlist writes it. */
export function toRepoPath(file, repoRoot) {
  const absolute = path.resolve(repoRoot, file);
  return path.relative(repoRoot, absolute).split(path.sep).join('/');
}

/**
 * Reads the allowlist: a JSON array of { check, file, reason }, nothing else. Every entry needs a
 * written reason. Returns the valid entries and a message per problem; any problem fails the gate.
 */
export function parseAllowlist(text) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { entries: [], errors: [`allowlist is not valid JSON: ${error.message}`] };
  }
  if (!Array.isArray(data)) return { entries: [], errors: ['allowlist must be a JSON array'] };

  const entries = [];
  const errors = [];
  const seen = new Set();
  data.forEach((entry, index) => {
    const where = `allowlist entry ${index}`;
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      errors.push(`${where} is not an object`);
      return;
    }
    const unknown = Object.keys(entry).filter((key) => !['check', 'file', 'reason'].includes(key));
    if (unknown.length > 0) errors.push(`${where} has unknown keys: ${unknown.join(', ')}`);
    const { check, file, reason } = entry;
    if (typeof check !== 'string' || !CHECK_ID.test(check)) {
      errors.push(`${where} needs "check": an Electronegativity check id such as PRELOAD_JS_CHECK`);
    }
    if (typeof file !== 'string' || file.trim() === '' || file.includes('\\')) {
      errors.push(`${where} needs "file": a repository path with forward slashes, or "N/A"`);
    }
    if (typeof reason !== 'string' || reason.trim().length < MIN_REASON_LENGTH) {
      errors.push(
        `${where} (${String(check)}) needs "reason": why this finding is safe, at least ${MIN_REASON_LENGTH} characters`,
      );
    }
    if (errors.some((message) => message.startsWith(`${where} `))) return;
    const key = `${check}\u0000${file}`;
    if (seen.has(key)) {
      errors.push(`${where} repeats ${check} for ${file}`);
      return;
    }
    seen.add(key);
    entries.push({ check, file, reason: reason.trim() });
  });
  return { entries, errors };
}

/**
 * Matches findings against the allowlist by check and file. A finding fails the gate when its
 * severity gates and no entry covers it; entries that match nothing are reported as stale.
 */
export function evaluateFindings(findings, entries) {
  const used = new Set();
  const rows = findings.map((finding) => {
    const gating = GATING_SEVERITIES.includes(finding.severity);
    const entry =
      entries.find(
        (candidate) => candidate.check === finding.check && candidate.file === finding.file,
      ) ?? null;
    if (entry) used.add(entry);
    return { finding, gating, allowlisted: entry, failed: gating && entry === null };
  });
  const staleEntries = entries.filter((entry) => !used.has(entry));
  return { rows, staleEntries };
}

/**
 * Electronegativity honours `eng-disable` comments and then drops the finding silently. Every
 * exception must go through the allowlist with a reason, so such comments fail the gate.
 */
export function findInlineSuppressions(sources) {
  const hits = [];
  for (const { file, text } of sources) {
    text.split('\n').forEach((line, index) => {
      if (/eng-disable/i.test(line)) hits.push({ file, line: index + 1 });
    });
  }
  return hits;
}

/** Splits the runner's parse errors: a file the scanner could not read was not checked at all. */
export function classifyScanErrors(errors, repoRoot) {
  const fatal = [];
  const tolerable = [];
  for (const error of Array.isArray(errors) ? errors : []) {
    const file =
      typeof error?.file === 'string' ? toRepoPath(error.file, repoRoot) : 'unknown file';
    const message = typeof error?.message === 'string' ? error.message : 'unknown error';
    (error?.tolerable === true ? tolerable : fatal).push({ file, message });
  }
  return { fatal, tolerable };
}

function location(finding) {
  return finding.file === GLOBAL_FILE
    ? `${GLOBAL_FILE} (whole app)`
    : `${finding.file}:${finding.line}`;
}

/**
 * The printed report and the verdict. The last line is exactly
 * `security gate: 1 passed, 0 failed` or `security gate: 0 passed, 1 failed`.
 */
export function buildReport({
  rows,
  staleEntries,
  allowlistErrors,
  scanErrors,
  inlineSuppressions,
  scannedFiles,
}) {
  const lines = [];
  const problems = [];

  lines.push(`findings (${rows.length}):`);
  if (rows.length === 0) lines.push('  none');
  for (const { finding, allowlisted, failed } of rows) {
    const verdict = failed
      ? 'FAIL, not allowlisted'
      : allowlisted
        ? 'allowlisted'
        : 'reported only';
    const review = finding.manualReview ? ', review' : '';
    lines.push(
      `  ${finding.check} [${finding.severity}/${finding.confidence}${review}] ${location(finding)}: ${verdict}`,
    );
    if (allowlisted) lines.push(`      reason: ${allowlisted.reason}`);
    if (failed) problems.push(`${finding.check} at ${location(finding)}: ${finding.description}`);
  }

  for (const error of allowlistErrors) problems.push(error);
  for (const entry of staleEntries) {
    problems.push(`allowlist entry ${entry.check} for ${entry.file} matches no finding: remove it`);
  }
  for (const error of scanErrors.fatal) {
    problems.push(`could not scan ${error.file}: ${error.message}`);
  }
  for (const error of scanErrors.tolerable) {
    lines.push(`note: ${error.file}: ${error.message}`);
  }
  for (const hit of inlineSuppressions) {
    problems.push(`${hit.file}:${hit.line} uses an eng-disable comment; use the allowlist instead`);
  }
  if (scannedFiles === 0) problems.push('no source files were scanned');

  if (problems.length > 0) {
    lines.push(`problems (${problems.length}):`);
    for (const problem of problems) lines.push(`  ${problem}`);
  }
  const passed = problems.length === 0;
  lines.push(`security gate: ${passed ? 1 : 0} passed, ${passed ? 0 : 1} failed`);
  return { lines, passed };
}
