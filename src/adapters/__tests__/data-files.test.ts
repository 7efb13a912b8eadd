import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {DataError} from '../../domain/errors';
import {findSession} from '../../publishing/sessions';
import {DATA_FAULTS, dataWithFault, FIXTURE_DATA} from '../../plugins/journees/__tests__/__fixtures__/faults';
import {loadModel} from '../data-files';
import {readThemes} from '../themes-file';

const ROOT = path.resolve(__dirname, '../../..');
const themes = readThemes(ROOT).map((theme) => theme.id);

describe('loadModel', () => {
  const temps: string[] = [];
  afterEach(() => temps.splice(0).forEach((dir) => fs.rmSync(dir, {recursive: true, force: true})));

  it('loads the real data of the site (whatever has been published since)', () => {
    const model = loadModel({dataDir: path.join(ROOT, 'src/data'), themes});
    expect(model.days.length).toBeGreaterThan(0);
    for (const day of model.days) expect(model.dayFiles[day.id]).toMatch(new RegExp(`${day.id}\\.ya?ml$`));
  });

  it('loads the fixture day with defaults applied', () => {
    const model = loadModel({dataDir: FIXTURE_DATA, themes});
    expect(model.days.map((day) => day.id)).toEqual(['2030-06-14-essai']);
    expect(model.days[0].status).toBe('scheduled');
    expect(model.days[0].sessions[1].speakers).toEqual([]);
    expect(model.days[0].resources[0].language).toBe('fr');
  });

  it.each(DATA_FAULTS.map((fault) => [fault.name, fault] as const))('rejects %s with one message naming the file, the field and the fix', (_name, fault) => {
    const dataDir = dataWithFault(fault);
    temps.push(dataDir);
    let error: unknown;
    try {
      loadModel({dataDir, themes});
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DataError);
    const dataError = error as DataError;
    expect(dataError.field).toBe(fault.field);
    expect(dataError.message).toMatch(fault.problem);
    expect(dataError.message).toContain(path.join(path.basename(dataDir), fault.file));
    expect(dataError.message).toContain(`champ « ${fault.field} »`);
    expect(dataError.fix.length).toBeGreaterThan(10);
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
    const model = loadModel({dataDir: FIXTURE_DATA, themes});
    expect('session' in findSession(model, '2030-06-14-essai/atelier')).toBe(true);
    expect('session' in findSession(model, 'ouverture')).toBe(true);
    const missing = findSession(model, 'cloture');
    expect('error' in missing && missing.error).toMatch(/2030-06-14-essai\/ouverture/);
  });
});
