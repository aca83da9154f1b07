import type { MessageKey } from '../../shared/messages/nl';

export interface ParsedArgs {
  readonly positionals: readonly string[];
  /** Option name (without dashes) -> every value given, in order. */
  readonly options: ReadonlyMap<string, readonly string[]>;
}

export type ArgsResult =
  | { readonly ok: true; readonly value: ParsedArgs }
  | {
      readonly ok: false;
      readonly message: MessageKey;
      readonly values: Readonly<Record<string, string>>;
    };

/** `--name value` and `--name=value` for the names given; anything else starting with -- is refused. */
export function parseArgs(
  args: readonly string[],
  optionNames: readonly string[],
  maxPositionals: number,
): ArgsResult {
  const positionals: string[] = [];
  const options = new Map<string, string[]>();
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? '';
    if (arg.startsWith('--')) {
      const [rawName = '', inlineValue] = arg.slice(2).split(/=(.*)/s, 2);
      if (!optionNames.includes(rawName)) {
        return { ok: false, message: 'instruments.cli.unknownOption', values: { option: arg } };
      }
      const value = inlineValue ?? args[index + 1];
      if (value === undefined || (inlineValue === undefined && value.startsWith('--'))) {
        return {
          ok: false,
          message: 'instruments.cli.optionValueMissing',
          values: { option: `--${rawName}` },
        };
      }
      if (inlineValue === undefined) {
        index += 1;
      }
      options.set(rawName, [...(options.get(rawName) ?? []), value]);
    } else if (positionals.length >= maxPositionals) {
      return { ok: false, message: 'instruments.cli.tooManyArguments', values: { argument: arg } };
    } else {
      positionals.push(arg);
    }
  }
  return { ok: true, value: { positionals, options } };
}
