/** Writing the site's own files safely: inside their folder, all or nothing. */
import fs from 'node:fs';
import path from 'node:path';

/** Joins a file name to a folder, or null if the result would leave the folder. */
export function safeJoin(folder: string, name: string): string | null {
  if (!name || name.includes('\0') || path.isAbsolute(name)) return null;
  const root = path.resolve(folder);
  const target = path.resolve(root, name);
  return target.startsWith(root + path.sep) ? target : null;
}

/** Writes `content` to `file` through a temp file in the same folder and a rename. */
export function writeAtomically(file: string, content: string | Uint8Array): void {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(temp, content);
    fs.renameSync(temp, file);
  } finally {
    fs.rmSync(temp, {force: true});
  }
}
