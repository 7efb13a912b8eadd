/**
 * An error in the organiser's data or in a command's input, written for
 * editors: which file, which field, how to fix it.
 */
export class DataError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    readonly problem: string,
    readonly fix: string,
  ) {
    super(`${file} — champ « ${field} » : ${problem}. ${fix}`);
    this.name = 'DataError';
  }
}

/** A refused command (publier, compte-rendu): one French sentence, nothing changed. */
export class CommandError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CommandError';
  }
}
