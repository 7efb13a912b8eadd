import fs from 'node:fs';
import {builtinModules} from 'node:module';
import path from 'node:path';
import {describe, expect, it} from 'vitest';

/**
 * The package's layers: what runs in the browser (client/, and query/ and present/,
 * which the CLI and the tests share) imports nothing that serves Node only (build/,
 * the plugin's lifecycle and options, Node's modules). Nothing imports the tests.
 */
const PACKAGE = path.resolve(__dirname, '..');
const BROWSER_SIDE = ['client', 'query', 'present'];
const NODE_ONLY = ['build', 'index.ts', 'options.ts'].map((entry) => path.join(PACKAGE, entry));
const NODE_BUILTINS = new Set(builtinModules);

function sourceFiles(directory: string): string[] {
  return fs.readdirSync(directory, {withFileTypes: true}).flatMap((entry) => {
    const file = path.join(directory, entry.name);
    if (entry.isDirectory()) return entry.name === '__tests__' ? [] : sourceFiles(file);
    return /\.tsx?$/.test(entry.name) ? [file] : [];
  });
}

/** The module specifiers of static and dynamic imports and re-exports. */
function importsOf(file: string): string[] {
  const source = fs.readFileSync(file, 'utf8');
  return [...source.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^import\s+)['"]([^'"]+)['"]/gm)].map((match) => match[1]);
}

describe('search package layers', () => {
  it('keeps Node-only code out of the browser side', () => {
    const offending: string[] = [];
    for (const file of BROWSER_SIDE.flatMap((layer) => sourceFiles(path.join(PACKAGE, layer)))) {
      for (const specifier of importsOf(file)) {
        const resolved = specifier.startsWith('.') ? path.resolve(path.dirname(file), specifier) : null;
        const nodeOnly = resolved
          ? NODE_ONLY.some((entry) => resolved === entry.replace(/\.ts$/, '') || resolved === entry || resolved.startsWith(`${entry}${path.sep}`))
          : specifier.startsWith('node:') || NODE_BUILTINS.has(specifier);
        if (nodeOnly) offending.push(`${path.relative(PACKAGE, file)} → ${specifier}`);
      }
    }
    expect(offending).toEqual([]);
  });

  it('imports nothing from the tests', () => {
    const offending = sourceFiles(PACKAGE).filter((file) => importsOf(file).some((specifier) => /(^|\/)tests\//.test(specifier)));
    expect(offending).toEqual([]);
  });
});
