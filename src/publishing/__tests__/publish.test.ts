import YAML from 'yaml';
import {describe, expect, it} from 'vitest';
import type {Resource} from '../../domain/data-schema';
import {dayFileWithResource} from '../publish';

const resource: Resource = {id: 'supports', title: 'Supports', kind: 'slides', session: 'ouverture', language: 'fr', releaseAt: '2030-06-14T17:00', file: 'supports.pdf'};

describe('dayFileWithResource', () => {
  it('adds a block entry to an empty flow list and keeps comments', () => {
    const text = '# Commentaire de tête\nid: 2030-06-14\nsessions: []\nresources: [] # à compléter\n';
    const result = dayFileWithResource(text, resource);
    expect(result).toContain('# Commentaire de tête');
    expect(result).toMatch(/resources:[^\n]*\n\s+- id: supports\n/);
    expect(YAML.parse(result).resources).toEqual([resource]);
  });

  it('creates the list when missing and replaces an entry with the same id or file', () => {
    const first = dayFileWithResource('id: 2030-06-14\n', resource);
    expect(YAML.parse(first).resources).toEqual([resource]);
    const replaced = dayFileWithResource(first, {...resource, title: 'Nouveau titre'});
    expect(YAML.parse(replaced).resources).toEqual([{...resource, title: 'Nouveau titre'}]);
  });
});
