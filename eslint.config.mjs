// Lint TypeScript sources, tests and configuration; generated output is ignored.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['build/**', '.docusaurus/**', 'node_modules/**', 'tests/.output/**', 'tests/fixtures/**/build/**', 'tests/fixtures/**/.docusaurus/**', 'tools/fixtures/**/build/**', 'tools/fixtures/**/.docusaurus/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        console: 'readonly',
        process: 'readonly',
        URL: 'readonly',
        window: 'readonly',
        document: 'readonly',
        self: 'readonly',
        fetch: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        performance: 'readonly',
        Buffer: 'readonly',
        __dirname: 'readonly',
        require: 'readonly',
        module: 'writable',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_', varsIgnorePattern: '^_'}],
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  // A focused or skipped test lets CI pass without running the others.
  {
    files: ['**/*.test.ts'],
    rules: {
      'no-restricted-syntax': ['error', {
        selector: "MemberExpression[object.name=/^(it|test|describe|suite)$/][property.name=/^(only|skip|todo|skipIf|runIf)$/]",
        message: 'No focused, skipped or conditional tests: a test runs, or it is deleted.',
      }],
    },
  },
  // The one-way flow of ARCHITECTURE.md, enforced: the site's source never reaches into the tests or the
  // maintainers' tools; the domain stays pure; browser code imports nothing that serves Node.
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/__tests__/**'],
    rules: {
      'no-restricted-imports': ['error', {patterns: [{group: ['**/tests/**', '**/tools/**'], message: 'src/ never imports from tests/ or tools/.'}]}],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    ignores: ['src/domain/__tests__/**'],
    rules: {
      'no-restricted-imports': ['error', {patterns: [
        {group: ['node:*', 'fs', 'path', 'react', '@docusaurus/*'], message: 'src/domain is pure: no file system, no network, no React.'},
        {group: ['**/adapters/**', '**/plugins/**', '**/publishing/**', '**/cli/**'], message: 'src/domain depends on nothing else of the site.'},
      ]}],
    },
  },
  {
    files: ['src/plugins/*/client/**/*.{ts,tsx}', 'src/theme/**/*.{ts,tsx}', 'src/pages/**/*.{ts,tsx}', 'src/components/**/*.{ts,tsx}'],
    ignores: ['**/__tests__/**'],
    rules: {
      'no-restricted-imports': ['error', {patterns: [
        {group: ['node:*', 'fs', 'path', 'zod', 'yaml'], message: 'Browser code imports nothing that serves Node (nor the data schemas).'},
        {group: ['**/adapters/**', '**/publishing/**', '**/cli/**', '**/build/**', '**/tests/**', '**/tools/**', '**/domain/data-schema', '**/domain/source-schema', '**/domain/bibliography'], message: 'Browser code imports only pure modules (domain, query, present) and types.', allowTypeImports: true},
      ]}],
    },
  },
);
