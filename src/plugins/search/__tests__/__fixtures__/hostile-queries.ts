/**
 * Hostile or odd queries: empty, punctuation only, huge, regular-expression and HTML
 * payloads, emoji, control and invisible characters, names of object properties. The
 * engine's unit tests and the browser tests (navbar, /recherche?q=, ?surligner=) use them.
 */
export const HOSTILE_QUERIES: readonly string[] = [
  '',
  '   ',
  '?!…;:',
  'x'.repeat(10_000),
  'fusion '.repeat(2_000),
  '.*+?^${}()|[]\\',
  '(?<a>',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg/onload=alert(1)>',
  '😀 🏠 fusion',
  '\u0000\u0001\u001b[2J\u007f',
  '\u202e fusion \u200b',
  'constructor',
  '__proto__',
  'hasOwnProperty toString',
];
