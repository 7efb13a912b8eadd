import type {ConfigData} from 'html-validate';

/**
 * html-validate rules for Docusaurus output. Only style rules that the
 * production minifier (@swc/html, Docusaurus Faster) cannot satisfy, the
 * highlighter's inline colours and two ARIA roles without a native element
 * are relaxed; every other recommended rule stays an error.
 */
export const htmlValidateConfig: ConfigData = {
  extends: ['html-validate:recommended'],
  elements: ['html5'],
  rules: {
    // The minifier drops quotes where HTML allows it (lang=fr-FR): valid HTML, only a style choice.
    'attr-quotes': 'off',
    // React Helmet writes <meta … />, the minifier writes <br>: both forms are valid HTML5.
    'void-style': 'off',
    // The minifier omits optional end tags (</p>, </li>, </body>, </html>), as the HTML spec allows.
    'no-implicit-close': 'off',
    // React writes a valueless attribute as download="" (the file links of /ressources): valid HTML too.
    'attribute-empty-style': 'off',
    // The minifier writes <!doctype html> in lower case, which is valid.
    'doctype-style': 'off',
    // Docusaurus ids such as "__docusaurus" and "__docusaurus_skipToContent_fallback" are valid
    // HTML5 ids (any non-empty string without spaces); keep the rule in its HTML5 ("relaxed") form.
    'valid-id': ['error', {relaxed: true}],
    // The minifier leaves « & » raw in addresses such as ?version=…&source=… (the sources' links): valid
    // HTML5, since only an ambiguous ampersand (&name;) is an error, which the relaxed form still reports.
    'no-raw-characters': ['error', {relaxed: true}],
    // prism-react-renderer colours code tokens with inline styles; only those colour and font
    // properties are allowed inline, any other inline style is still an error.
    'no-inline-style': [
      'error',
      {
        allowedProperties: [
          'display',
          'color',
          'background-color',
          'font-style',
          'font-weight',
          'text-decoration-line',
          'opacity',
          '--prism-color',
          '--prism-background-color',
        ],
      },
    ],
    // One ARIA role has no native equivalent here: "region" (the theme's skip link container and
    // our scrollable tables). All other roles must use the native element (the search box's
    // listbox is rendered on first use only, never in the built pages).
    'prefer-native-element': ['error', {exclude: ['region']}],
  },
};
