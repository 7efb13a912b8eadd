/** The A–Z index of a glossary: for each initial letter, the first term that starts with it. */
export interface Term {
  label: string;
  id: string;
}

export interface LetterEntry {
  letter: string;
  /** Anchor of the first term of the letter. */
  id: string;
  /** How many terms start with the letter. */
  count: number;
}

/** « Élan » and « ELAN » both file under E: accents and case do not count. */
export function initialOf(label: string): string {
  const first = label.normalize('NFD').replace(/[\u0300-\u036f]/g, '').trim().charAt(0).toUpperCase();
  return /[A-Z]/.test(first) ? first : '#';
}

/** Letters in alphabetical order, whatever the order of the terms. */
export function letterIndex(terms: Term[]): LetterEntry[] {
  const letters = new Map<string, LetterEntry>();
  for (const term of terms) {
    const letter = initialOf(term.label);
    const entry = letters.get(letter);
    if (entry) entry.count += 1;
    else letters.set(letter, {letter, id: term.id, count: 1});
  }
  return [...letters.values()].sort((a, b) => a.letter.localeCompare(b.letter));
}
