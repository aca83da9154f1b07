export type Severity = 'HIGH' | 'MEDIUM' | 'LOW' | 'INFORMATIONAL';
export type Confidence = 'CERTAIN' | 'FIRM' | 'TENTATIVE';

export interface Finding {
  readonly check: string;
  readonly severity: Severity;
  readonly confidence: Confidence;
  /** Repository-relative POSIX path, or "N/A" for findings about the whole app. */
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly manualReview: boolean;
  readonly description: string;
}

export interface AllowlistEntry {
  readonly check: string;
  readonly file: string;
  readonly reason: string;
}

export interface EvaluatedFinding {
  readonly finding: Finding;
  readonly gating: boolean;
  readonly allowlisted: AllowlistEntry | null;
  readonly failed: boolean;
}

export interface ScanError {
  readonly file: string;
  readonly message: string;
}

export const GATING_SEVERITIES: readonly Severity[];
export const SEVERITIES: readonly Severity[];
export const CONFIDENCES: readonly Confidence[];
export const MIN_REASON_LENGTH: number;
export const GLOBAL_FILE: 'N/A';

export function normalizeFindings(issues: unknown, repoRoot: string): Finding[];
export function toRepoPath(file: string, repoRoot: string): string;
export function parseAllowlist(text: string): { entries: AllowlistEntry[]; errors: string[] };
export function evaluateFindings(
  findings: readonly Finding[],
  entries: readonly AllowlistEntry[],
): { rows: EvaluatedFinding[]; staleEntries: AllowlistEntry[] };
export function findInlineSuppressions(
  sources: readonly { file: string; text: string }[],
): { file: string; line: number }[];
export function classifyScanErrors(
  errors: unknown,
  repoRoot: string,
): { fatal: ScanError[]; tolerable: ScanError[] };
export function buildReport(input: {
  rows: readonly EvaluatedFinding[];
  staleEntries: readonly AllowlistEntry[];
  allowlistErrors: readonly string[];
  scanErrors: { fatal: readonly ScanError[]; tolerable: readonly ScanError[] };
  inlineSuppressions: readonly { file: string; line: number }[];
  scannedFiles: number;
}): { lines: string[]; passed: boolean };
