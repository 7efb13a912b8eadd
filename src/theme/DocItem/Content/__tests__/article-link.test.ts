import {describe, expect, it} from 'vitest';
import {articleLink, copyRefused, toolbarMove} from '../article-link';

describe('articleLink', () => {
  it('is the page address without its section or query', () => {
    expect(articleLink(new URL('https://boussole.example/themes/se-regrouper/fusion?x=1#avant'))).toBe('https://boussole.example/themes/se-regrouper/fusion');
  });

  it('is given in full when the clipboard is refused', () => {
    expect(copyRefused('https://boussole.example/themes')).toBe('Copie impossible ici : l’adresse de l’article est https://boussole.example/themes');
  });
});

describe('toolbarMove', () => {
  it('moves between the buttons with the arrows, wrapping, and jumps with Home and End', () => {
    expect(toolbarMove('ArrowRight', 0, 2)).toBe(1);
    expect(toolbarMove('ArrowRight', 1, 2)).toBe(0);
    expect(toolbarMove('ArrowLeft', 0, 2)).toBe(1);
    expect(toolbarMove('End', 0, 3)).toBe(2);
    expect(toolbarMove('Home', 2, 3)).toBe(0);
    expect(toolbarMove('Tab', 0, 2)).toBeUndefined();
  });
});
