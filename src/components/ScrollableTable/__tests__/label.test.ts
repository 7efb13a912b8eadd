import {createElement as h} from 'react';
import {describe, expect, it} from 'vitest';
import {tableRegionLabel, textOf} from '../label';

const table = (...headings: string[]) => [
  h('thead', {key: 'h'}, h('tr', null, ...headings.map((text, index) => h('th', {key: index}, h('strong', null, text))))),
  h('tbody', {key: 'b'}, h('tr', null, h('td', null, 'valeur'))),
];

describe('table region label', () => {
  it('reads text through nested elements', () => {
    expect(textOf(h('p', null, 'Loi ', h('em', null, 'ELAN'), ' ', 2018))).toBe('Loi ELAN 2018');
  });

  it('names the region after the column headings', () => {
    expect(tableRegionLabel(table('Forme', 'Contrôle', 'Exemple'))).toBe('Tableau : Forme, Contrôle, Exemple');
    expect(tableRegionLabel(table('Année', 'Organismes'))).not.toBe(tableRegionLabel(table('Forme', 'Contrôle')));
  });

  it('falls back to a generic name and shortens long ones', () => {
    expect(tableRegionLabel([])).toBe('Tableau');
    const label = tableRegionLabel(table('x'.repeat(200)), 40);
    expect(label).toHaveLength(40);
    expect(label.endsWith('…')).toBe(true);
  });
});
