import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {safeJoin} from '../../adapters/files';
import {safePdfName, slugify} from '../slug';

describe('slugify and safe names', () => {
  it('makes lowercase ASCII slugs', () => {
    expect(slugify('Supports — Intervenante Exemple (v2)')).toBe('supports-intervenante-exemple-v2');
    expect(slugify('Cœur de l’écosystème')).toBe('coeur-de-l-ecosysteme');
    expect(slugify('   ')).toBe('');
  });

  it('keeps only the base name of what the editor gives', () => {
    expect(safePdfName('../../etc/Mes Diapos.PDF')).toBe('mes-diapos.pdf');
    expect(safePdfName('C:\\Users\\x\\Présentation finale.pdf')).toBe('presentation-finale.pdf');
    expect(safePdfName('....pdf')).toBeNull();
  });

  it('refuses joins that leave the folder', () => {
    const folder = path.resolve('/tmp/supports/2030');
    expect(safeJoin(folder, 'a.pdf')).toBe(path.join(folder, 'a.pdf'));
    expect(safeJoin(folder, '../a.pdf')).toBeNull();
    expect(safeJoin(folder, '/etc/passwd')).toBeNull();
    expect(safeJoin(folder, '')).toBeNull();
    expect(safeJoin(folder, 'a\0.pdf')).toBeNull();
  });
});
