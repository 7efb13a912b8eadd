/**
 * Visible text of a built page's <main>: tags stripped, the entities that the
 * HTML minifier leaves decoded, white space folded. Lets build tests assert on
 * what a reader sees rather than on markup.
 */
export function mainText(html: string): string {
  const main = /<main[\s\S]*?<\/main>/.exec(html)?.[0] ?? html;
  return main
    .replace(/<!-- -->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;|&#39;/g, '’')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}
