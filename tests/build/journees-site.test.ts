/**
 * The days as built, against their data: what the site shows follows from the
 * organiser's files, whatever they hold today. Checked on the real site and on
 * the copy where a day was added and slides and summaries were published with
 * the real commands (support/fixture-site.ts), so publishing never breaks CI
 * while a page that lies about the data still does. (Behaviour on known data,
 * exact words and dates, is tested on the fixture day: journees-release.test.ts.)
 */
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import {describe, expect, inject, it} from 'vitest';
import {loadModel} from '../../src/adapters/data-files';
import {releaseState} from '../../src/domain/release';
import type {Day} from '../../src/domain/data-schema';
import {mainText} from '../support/html';
import {SITES} from '../support/sites';

const sites = inject('sites');

/** Each checked build, with the data and blog it was built from and the time it was built for. */
const builds = [
  {name: 'réel', dir: sites.main.dir, siteDir: SITES.main.siteDir, now: new Date()},
  {name: 'publié', dir: sites.published.dir, siteDir: SITES.published.siteDir, now: new Date('2030-06-14T15:00:00Z')},
];

/** `session: jour/session` of each blog post that is not a draft. */
function summarisedSessions(siteDir: string): Set<string> {
  const sessions = new Set<string>();
  for (const file of fs.readdirSync(path.join(siteDir, 'blog')).filter((name) => /\.mdx?$/.test(name))) {
    const frontMatter = /^---\n([\s\S]*?)\n---/.exec(fs.readFileSync(path.join(siteDir, 'blog', file), 'utf8'))?.[1] ?? '';
    const data = YAML.parse(frontMatter) as {session?: string; draft?: boolean} | null;
    if (data?.session && !data.draft) sessions.add(data.session);
  }
  return sessions;
}

describe.each(builds)('days of the $name site, as their data says', ({dir, siteDir, now}) => {
  const model = loadModel({dataDir: path.join(siteDir, 'src/data'), themes: Object.keys(YAML.parse(fs.readFileSync(path.join(siteDir, 'docs/tags.yml'), 'utf8')))});
  const summaries = summarisedSessions(siteDir);
  const read = (sitePath: string) => fs.readFileSync(path.join(dir, sitePath), 'utf8');
  const released = (day: Day) => day.resources.filter((resource) => releaseState(resource, now) === 'released');

  it('has days to check', () => {
    expect(model.days.length).toBeGreaterThan(0);
  });

  it.each(model.days.map((day) => [day.id, day] as const))('%s: its page shows the announced facts and its calendar file', (_, day) => {
    const page = mainText(read(`journees/${day.id}.html`));
    expect(page).toContain(day.title);
    expect(page).toContain(day.place.city);
    expect(page).toContain(day.organiser);
    const json = /<script[^>]*type="?application\/ld\+json"?[^>]*>([\s\S]*?)<\/script>/.exec(read(`journees/${day.id}.html`))?.[1];
    const event = JSON.parse(json!);
    expect(event['@type']).toBe('Event');
    expect(event.startDate.slice(0, 16)).toBe(day.start);
    expect(event.endDate.slice(0, 16)).toBe(day.end);
    expect(event.organizer.name).toBe(day.organiser);
    expect(read(`agenda/${day.id}.ics`)).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*DTSTART:\d{8}T\d{6}Z/);
    expect(mainText(read('journees.html'))).toContain(day.title);
  });

  it.each(model.days.map((day) => [day.id, day] as const))('%s: each session says whether its summary is out, and gives a time only if the data has one', (_, day) => {
    for (const session of day.sessions) {
      const page = mainText(read(`journees/${day.id}/${session.id}.html`));
      expect(page).toContain(session.title);
      expect(page.includes('Compte rendu à paraître'), `${session.id} : compte rendu`).toBe(!summaries.has(`${day.id}/${session.id}`));
      expect(fs.existsSync(path.join(dir, `agenda/${day.id}--${session.id}.ics`)), `${session.id} : agenda`).toBe(session.start !== undefined);
      if (session.start === undefined) expect(page).toContain('non précisé dans l’annonce');
    }
  });

  it.each(model.days.map((day) => [day.id, day] as const))('%s: publishes exactly the released files, and says so when there is none', (_, day) => {
    const files = released(day).map((resource) => resource.file!);
    const folder = path.join(dir, 'supports', day.id);
    const built = fs.existsSync(folder) ? fs.readdirSync(folder).filter((name) => name.endsWith('.pdf')) : [];
    expect(built.sort()).toEqual([...files].sort());
    const page = read(`journees/${day.id}.html`);
    for (const file of files) expect(page).toMatch(new RegExp(`href="?[^"\\s>]*/supports/${day.id}/${file.replace(/\./g, '\\.')}"?`));
    expect(mainText(page).includes('Aucun support n’a encore été publié')).toBe(files.length === 0);
    expect(mainText(page).includes('Tout télécharger')).toBe(files.length > 0);
  });

  it.each(model.people.map((person) => [person.id, person] as const))('%s: the person page shows only sourced facts', (_, person) => {
    const page = mainText(read(`intervenants/${person.id}.html`));
    expect(page).toContain(person.name);
    const visible = (text: string) => text.replace(/\s+/g, ' ');
    for (const fact of person.facts) {
      expect(page).toContain(visible(fact.text));
      expect(page).toContain(visible(fact.source));
    }
  });
});
