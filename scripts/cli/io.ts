/** What a command may touch. Injected, so tests run commands without spawning a process. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly readTextFile: (path: string) => Promise<ReadResult>;
  readonly now: () => Date;
}

export type ReadResult =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly reason: 'not-found' | 'unreadable' };

export const EXIT_OK = 0;
/** Bad input of any kind: unknown command, missing or malformed file. */
export const EXIT_BAD_INPUT = 2;

export type Command = (args: readonly string[], io: CliIo) => Promise<number>;
