import {describe, expect, it} from 'vitest';
import {metaProblems, readPageMeta} from '../page-meta';

const url = 'https://boussole.example.org/themes';
const head = (extra: string) =>
  `<!doctype html><html lang=fr-FR><head><title>Thèmes | Boussole</title>${extra}</head><body></body></html>`;
const complete = head(
  `<meta data-rh=true property=og:image content=https://boussole.example.org/img/boussole-og.png />` +
    `<meta data-rh=true property=og:url content=${url} />` +
    `<meta data-rh=true property=og:title content="Thèmes | Boussole"/>` +
    `<meta name=description content="Défaut du site, remplacé par la page et assez long pour compter."/>` +
    `<meta data-rh=true name=description content="Les thèmes de la journée, en articles sourcés et reliés entre eux."/>` +
    `<meta data-rh=true property=og:description content="Les thèmes de la journée, en articles sourcés."/>` +
    `<link data-rh=true rel=canonical href=${url} />`,
);

describe('page metadata', () => {
  it('reads minified head tags, keeping the last description', () => {
    const meta = readPageMeta(complete);
    expect(meta.description).toBe('Les thèmes de la journée, en articles sourcés et reliés entre eux.');
    expect(meta.canonical).toBe(url);
    expect(meta.og.image).toBe('https://boussole.example.org/img/boussole-og.png');
    expect(metaProblems(meta, url)).toEqual([]);
  });

  it('names every missing or wrong tag', () => {
    const meta = readPageMeta(head('<link rel=canonical href=https://boussole.example.org/autre />'));
    const problems = metaProblems(meta, url);
    expect(problems).toHaveLength(6);
    expect(problems.join('\n')).toMatch(/description.*manquant/);
    expect(problems.join('\n')).toContain('canonical"> vaut https://boussole.example.org/autre');
    expect(problems.join('\n')).toContain('og:image doit être une URL absolue (trouvé : (absent))');
  });
});
