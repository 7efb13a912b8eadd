import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {DataError} from '../../src/model/errors';
import {findSession, loadModel, readThemeIds} from '../../src/model/load';

const ROOT = path.resolve(__dirname, '../..');
const FIXTURES = path.join(ROOT, 'tests/fixtures/journees');
const themes = readThemeIds(ROOT);

function loadBad(name: string): DataError {
  try {
    loadModel({dataDir: path.join(FIXTURES, 'bad', name), themes});
  } catch (error) {
    expect(error).toBeInstanceOf(DataError);
    return error as DataError;
  }
  throw new Error(`the bad fixture ${name} loaded without error`);
}

describe('loadModel', () => {
  const temps: string[] = [];
  afterEach(() => temps.splice(0).forEach((dir) => fs.rmSync(dir, {recursive: true, force: true})));

  it('loads the real data of the site: one day, its grand témoin, an announced resource and no file', () => {
    const model = loadModel({dataDir: path.join(ROOT, 'src/data'), themes});
    const day = model.days.find((candidate) => candidate.id === '2022-03-22');
    expect(day?.start).toBe('2022-03-22T09:30');
    expect(day?.end).toBe('2022-03-22T16:30');
    expect(day?.organiser).toBe('Aatiko Conseils');
    expect(day?.grandTemoin).toBe('jean-claude-driant');
    expect(day?.sessions.every((session) => session.start === undefined)).toBe(true);
    expect(day?.resources.every((resource) => resource.file === undefined)).toBe(true);
  });

  it('loads the fixture day with defaults applied', () => {
    const model = loadModel({dataDir: path.join(FIXTURES, 'data'), themes});
    expect(model.days.map((day) => day.id)).toEqual(['2030-06-14-essai']);
    expect(model.days[0].status).toBe('scheduled');
    expect(model.days[0].sessions[1].speakers).toEqual([]);
    expect(model.days[0].resources[0].language).toBe('fr');
  });

  it.each([
    ['duplicate-session', 'sessions[1].id', /identifiant « ouverture » en double/],
    ['unknown-session', 'resources[0].session', /session inconnue « cloture »/],
    ['malformed-release', 'resources[0].releaseAt', /date mal formée/],
    ['nonexistent-time', 'resources[0].releaseAt', /n’existe pas à Paris/],
    ['missing-file', 'resources[0].file', /fichier introuvable/],
    ['unknown-theme', 'themes[1]', /thème inconnu « logement-etudiant »/],
    ['unknown-person', 'sessions[0].speakers[0]', /personne inconnue « intervenant-inconnu »/],
    ['person-id-mismatch', 'id', /ne correspond pas au nom du fichier/],
  ])('rejects %s with one message naming the file, the field and the fix', (name, field, problem) => {
    const error = loadBad(name);
    expect(error.field).toBe(field);
    expect(error.message).toMatch(problem);
    expect(error.message).toContain(path.join('bad', name));
    expect(error.message).toContain(`champ « ${field} »`);
    expect(error.fix.length).toBeGreaterThan(10);
  });

  it('rejects unreadable YAML and unknown fields', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'boussole-model-'));
    temps.push(dir);
    fs.mkdirSync(path.join(dir, 'journees'));
    fs.writeFileSync(path.join(dir, 'journees', '2030-01-01.yml'), 'id: 2030-01-01\ntitle: [oups\n');
    expect(() => loadModel({dataDir: dir, themes})).toThrow(/YAML illisible/);
    fs.writeFileSync(
      path.join(dir, 'journees', '2030-01-01.yml'),
      'id: 2030-01-01\ntitle: T\ndescription: D\nstart: 2030-01-01T09:00\nend: 2030-01-01T10:00\nplace: {city: Paris}\norganiser: O\nlieu: Paris\n',
    );
    expect(() => loadModel({dataDir: dir, themes})).toThrow(/champ « lieu » : champ inconnu/);
  });

  it('finds a session by "<day>/<session>" or by a unique bare id', () => {
    const model = loadModel({dataDir: path.join(FIXTURES, 'data'), themes});
    expect('session' in findSession(model, '2030-06-14-essai/atelier')).toBe(true);
    expect('session' in findSession(model, 'ouverture')).toBe(true);
    const missing = findSession(model, 'cloture');
    expect('error' in missing && missing.error).toMatch(/2030-06-14-essai\/ouverture/);
  });
});
