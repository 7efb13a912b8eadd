import fs from 'node:fs';
import path from 'node:path';

/**
 * Runs `build(stagingDir)` into a fresh directory next to `outDir`, and only
 * when it succeeds swaps it in place of `outDir`. On failure the staging
 * directory is deleted and `outDir` keeps the previous site (or stays
 * absent): a failed build never leaves a half-built site to deploy.
 * Docusaurus itself writes every page before it checks links, hence this.
 */
export async function buildAtomically<T>(outDir: string, build: (stagingDir: string) => Promise<T> | T): Promise<T> {
  const target = path.resolve(outDir);
  const parent = path.dirname(target);
  fs.mkdirSync(parent, {recursive: true});
  const staging = fs.mkdtempSync(path.join(parent, `.${path.basename(target)}.staging-`));
  let result: T;
  try {
    result = await build(staging);
  } catch (error) {
    fs.rmSync(staging, {recursive: true, force: true});
    throw error;
  }
  const previous = `${staging}.previous`;
  if (fs.existsSync(target)) fs.renameSync(target, previous);
  fs.renameSync(staging, target);
  fs.rmSync(previous, {recursive: true, force: true});
  return result;
}

/**
 * The lines of a failed Docusaurus build that tell an editor what to fix
 * (the file or page, and the reason), without the stack traces.
 */
export function buildFailureSummary(output: string): string[] {
  const wanted = [
    /Markdown (link|image) with URL .* in source file .*/,
    /Broken link on source page path = .*/,
    /^\s*-> linking to .*/,
    /Can't process doc metadata for doc at path path=\S+/,
    /Tags \[.*\] used in .* are not defined in .*/,
    /YAMLException: .*/,
    /Error while parsing Markdown front matter\./,
    /MDX compilation failed for file ".*"/,
  ];
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const raw of output.split('\n')) {
    const line = raw.replace(/^[\s│╰─▶×]*(\[cause\]: )?(Error: )?/u, '').trim();
    if (wanted.some((pattern) => pattern.test(line)) && !seen.has(line)) {
      seen.add(line);
      lines.push(line);
    }
  }
  return lines;
}
