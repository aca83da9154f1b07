import { readFile } from 'node:fs/promises';
import type { CliIo, ReadResult } from './io';

async function readTextFile(path: string): Promise<ReadResult> {
  try {
    return { ok: true, text: await readFile(path, 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, reason: code === 'ENOENT' ? 'not-found' : 'unreadable' };
  }
}

export function nodeIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readTextFile,
    now: () => new Date(),
  };
}
