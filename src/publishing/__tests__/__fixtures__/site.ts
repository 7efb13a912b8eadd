/**
 * A minimal site root for the editors' commands (docs/tags.yml, blog/authors.yml,
 * the fixture data) and a fingerprint of every file under it: a refusal must
 * leave the fingerprint unchanged.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {FIXTURE_DATA} from '../../../plugins/journees/__tests__/__fixtures__/faults';

export const ROOT = path.resolve(__dirname, '../../../..');

export function makeSite(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'boussole-site-'));
  fs.mkdirSync(path.join(dir, 'docs'));
  fs.copyFileSync(path.join(ROOT, 'docs/tags.yml'), path.join(dir, 'docs/tags.yml'));
  fs.mkdirSync(path.join(dir, 'blog'));
  fs.copyFileSync(path.join(ROOT, 'blog/authors.yml'), path.join(dir, 'blog/authors.yml'));
  fs.cpSync(FIXTURE_DATA, path.join(dir, 'src/data'), {recursive: true});
  return dir;
}

/** Every file and folder under `dir` with the hash of its bytes. */
export function snapshot(dir: string): Record<string, string> {
  const entries = fs.readdirSync(dir, {recursive: true, encoding: 'utf8'}).sort();
  return Object.fromEntries(
    entries.map((name) => {
      const file = path.join(dir, name);
      return [name, fs.statSync(file).isFile() ? crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex') : 'dossier'];
    }),
  );
}
