import { formatMessage, type MessageKey } from '../../shared/messages/nl';
import {
  formatFieldIssue,
  hasListPosition,
  type FieldIssue,
} from '../../shared/schemas/zod-messages';
import { EXIT_BAD_INPUT, type CliIo } from './io';

export function writeJson(io: CliIo, value: unknown): void {
  io.stdout(`${JSON.stringify(value, null, 2)}\n`);
}

/** Bad input: Dutch on stderr, nothing on stdout, exit code 2. */
export function fail(
  io: CliIo,
  message: MessageKey,
  values: Readonly<Record<string, string | number>> = {},
  withUsage = false,
): number {
  io.stderr(`${formatMessage(message, values)}\n`);
  if (withUsage) {
    io.stderr(`${formatMessage('instruments.cli.usage')}\n`);
  }
  return EXIT_BAD_INPUT;
}

/** A file that does not fit: a header naming the file, then one line per field. */
export function failWithIssues(io: CliIo, file: string, issues: readonly FieldIssue[]): number {
  io.stderr(`${formatMessage('instruments.cli.fileRejected', { file })}\n`);
  for (const issue of issues) {
    io.stderr(`- ${formatFieldIssue(issue)}\n`);
  }
  if (issues.some(hasListPosition)) {
    io.stderr(`${formatMessage('instruments.cli.listPositions')}\n`);
  }
  return EXIT_BAD_INPUT;
}
