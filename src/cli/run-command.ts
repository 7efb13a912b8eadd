/**
 * One way for the editors' commands (publier, compte-rendu, recherche,
 * check:content) to end: what they print and their exit code.
 *   0  done;
 *   1  refused (bad input data, a file that cannot be published, content to fix):
 *      the message says what and how to fix it; a command that writes adds
 *      « Rien n’a été modifié. », which every refusal guarantees;
 *   2  the command itself is misused (unknown option, missing argument): the
 *      message ends with the usage line.
 * Anything else is a bug: its stack is printed, exit code 1.
 */
import {parseArgs, type ParseArgsConfig} from 'node:util';
import {CommandError} from '../domain/errors';

/** A misused command; `usage` is appended to the message. */
export class UsageError extends Error {
  constructor(message: string, usage?: string) {
    super(usage ? `${message}\n${usage}` : message);
    this.name = 'UsageError';
  }
}

export interface CommandSpec<Options extends NonNullable<ParseArgsConfig['options']>> {
  usage: string;
  options: Options;
  allowPositionals?: boolean;
  /** Whether the command changes files (its refusals then say that nothing changed). */
  writes: boolean;
}

/** The editors read French: node:util parseArgs' own (English) messages, said in French. */
export function frenchArgsError(error: Error & {code?: string}): string {
  const quoted = /'([^']*)'/.exec(error.message)?.[1] ?? '';
  const option = quoted.split(' ')[0];
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `Option inconnue « ${option} ».`;
  if (error.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return `Argument inattendu « ${quoted} » : cette commande n’en prend pas.`;
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    if (/does not take an argument/.test(error.message)) return `L’option ${option} ne prend pas de valeur.`;
    if (/ambiguous/.test(error.message)) return `L’option ${option} attend une valeur ; si elle commence par un tiret, écrivez ${option}=<valeur>.`;
    return `L’option ${option} attend une valeur.`;
  }
  return error.message.split('\n')[0];
}

/** node:util parseArgs, with its errors turned into UsageError. */
export function parseCommandArgs<Options extends NonNullable<ParseArgsConfig['options']>>(argv: string[], spec: CommandSpec<Options>) {
  try {
    return parseArgs({args: argv, options: spec.options, allowPositionals: spec.allowPositionals ?? false, strict: true});
  } catch (error) {
    throw new UsageError(frenchArgsError(error as Error), spec.usage);
  }
}

/** The exit code and the text for stderr of a failed command. */
export function describeFailure(error: unknown, writes: boolean): {code: number; message: string} {
  if (error instanceof UsageError) return {code: 2, message: error.message};
  if (error instanceof CommandError) return {code: 1, message: writes ? `${error.message}\nRien n’a été modifié.` : error.message};
  return {code: 1, message: `Erreur inattendue : ${(error as Error)?.stack ?? String(error)}`};
}

/** What a command reads from its surroundings and where it prints: the process's own, or a test's. */
export interface CommandContext {
  env: Record<string, string | undefined>;
  cwd: string;
  print: (text: string) => void;
}

export function processContext(): CommandContext {
  return {env: process.env, cwd: process.cwd(), print: (text) => console.log(text)};
}

/** Runs a command's main function to its end: its exit code, and the message for stderr when it failed. */
export async function settleCommand(main: () => Promise<void> | void, writes: boolean): Promise<{code: number; message?: string}> {
  try {
    await main();
    return {code: 0};
  } catch (error) {
    return describeFailure(error, writes);
  }
}

/** Runs a command's main function and ends the process the one common way. */
export function runCommand(main: () => Promise<void> | void, writes: boolean): void {
  void settleCommand(main, writes).then(({code, message}) => {
    if (message !== undefined) console.error(message);
    process.exitCode = code;
  });
}
