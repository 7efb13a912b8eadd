import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {makePdf} from '../../plugins/journees/__tests__/__fixtures__/make-pdf';
import {makeImageOnlyDeck, PAGE_2_WORD} from '../../plugins/journees/__tests__/__fixtures__/make-slides';
import {sha256} from '../pdf';
import {PdfCache} from '../pdf-cache';

describe('PDF cache by SHA-256', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((dir) => fs.rmSync(dir, {recursive: true, force: true})));
  const tempDir = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'boussole-cache-'));
    dirs.push(dir);
    return dir;
  };

  it('stores facts and thumbnails under the file hash and serves them from there', async () => {
    const dir = tempDir();
    const cache = new PdfCache(dir);
    const bytes = await makePdf(['Une page en cache']);
    const hash = sha256(bytes);
    const facts = await cache.facts(bytes, 'a.pdf');
    expect(facts.pages).toEqual(['Une page en cache']);
    expect(JSON.parse(fs.readFileSync(path.join(dir, `${hash}.v2.json`), 'utf8'))).toEqual(facts);
    // What is in the cache is what comes back: change the entry and read it again.
    fs.writeFileSync(path.join(dir, `${hash}.v2.json`), JSON.stringify({...facts, pages: ['depuis le cache']}));
    expect((await cache.facts(bytes, 'a.pdf')).pages).toEqual(['depuis le cache']);
    const png = await cache.thumbnail(bytes, 'a.pdf', 120);
    expect(fs.readFileSync(path.join(dir, `${hash}-120.png`))).toEqual(png);
    expect(fs.readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('recognises the text of a page without a text layer once, then serves it from the cache', {timeout: 120_000}, async () => {
    const dir = tempDir();
    const told: string[] = [];
    const cache = new PdfCache(dir, {onRecognition: (label, pages) => told.push(`${label}: ${pages.join(',')}`)});
    const bytes = await makeImageOnlyDeck([2]);
    const facts = await cache.facts(bytes, 'scan.pdf');
    expect(told).toEqual(['scan.pdf: 1']);
    expect(facts.recognisedPages).toEqual([1]);
    expect(facts.pages[0]).toContain(`Le pacte ${PAGE_2_WORD} fixe les engagements`);
    expect(JSON.parse(fs.readFileSync(cache.factsFile(bytes), 'utf8'))).toEqual(facts);
    const again = await cache.facts(bytes, 'scan.pdf');
    expect(again).toEqual(facts);
    expect(told).toHaveLength(1);
  });

  it('still rejects a corrupt file (new bytes, new hash, fresh reading)', async () => {
    await expect(new PdfCache(tempDir()).facts(Buffer.from('pas un pdf'), 'faux.pdf')).rejects.toThrow(/faux\.pdf : ce fichier n’est pas un PDF lisible/);
  });
});
