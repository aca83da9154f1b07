import type { MessageKey } from '../../shared/messages/nl';
import type { CliIo } from './io';

export type JsonFileResult =
  | { readonly ok: true; readonly data: unknown }
  | { readonly ok: false; readonly message: MessageKey };

/** Reads and parses a JSON file; a failure is a message key, never a thrown error. */
export async function readJsonFile(io: CliIo, path: string): Promise<JsonFileResult> {
  const read = await io.readTextFile(path);
  if (!read.ok) {
    return {
      ok: false,
      message:
        read.reason === 'not-found'
          ? 'instruments.cli.fileNotFound'
          : 'instruments.cli.fileUnreadable',
    };
  }
  try {
    // A byte-order mark is common in files saved by Windows editors.
    return { ok: true, data: JSON.parse(read.text.replace(/^\uFEFF/, '')) as unknown };
  } catch {
    return { ok: false, message: 'instruments.cli.invalidJson' };
  }
}
