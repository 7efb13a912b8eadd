/**
 * Findings of the checkers whose fix is being made on another branch of this
 * round (issue 14), named one by one with who fixes them. The checkers leave
 * out only these, and fail when one of them is no longer found: then the fix
 * has landed and its line must go. This list is meant to be empty.
 */
export interface PendingFix {
  /** Which checker reports it. */
  checker: 'vnu' | 'axe';
  /** The message (vnu) or rule id and target (axe) it matches. */
  finding: RegExp;
  /** Who fixes it, where. */
  fix: string;
}

export const PENDING_FIXES: PendingFix[] = [
  {checker: 'vnu', finding: /^Bad value “combobox” for attribute “role” on element “input”\.$/, fix: 'champ de recherche de la barre de navigation (branche recherche)'},
  {checker: 'vnu', finding: /^Attribute “aria-expanded” not allowed on element “input” at this point\.$/, fix: 'champ de recherche de la barre de navigation (branche recherche)'},
  {checker: 'axe', finding: /^label-content-name-mismatch .*\.text--right\.col--3\.col > a|^label-content-name-mismatch .*\.text--right > a/, fix: 'liens « Lire plus » des listes du blog (branche parcours du lecteur)'},
];

/** Splits findings into those still to fix here and those awaited from another branch; names the awaited fixes that have landed. */
export function splitPending(checker: PendingFix['checker'], findings: string[], text: (finding: string) => string = (finding) => finding) {
  const pending = PENDING_FIXES.filter((entry) => entry.checker === checker);
  const awaited = findings.filter((finding) => pending.some((entry) => entry.finding.test(text(finding))));
  return {
    errors: findings.filter((finding) => !awaited.includes(finding)),
    awaited,
    landed: pending.filter((entry) => !findings.some((finding) => entry.finding.test(text(finding)))).map((entry) => `${entry.finding} — ${entry.fix}`),
  };
}
