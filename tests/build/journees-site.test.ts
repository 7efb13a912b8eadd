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
import {dayPhase, offersCalendar} from '../../src/domain/day-lifecycle';
import {dayDateLabel, dayLinkLabel, dayStatement, parisInstant} from '../../src/plugins/journees/labels';
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

describe('the real site', () => {
  it('describes the day in the editors’ words, not the announcement’s', () => {
    const home = mainText(fs.readFileSync(path.join(sites.main.dir, 'index.html'), 'utf8'));
    expect(home).toContain('sans perdre leur cap ni l’identité de chacun');
    expect(home).not.toContain('sans perdre sa boussole et son identité');
  });
});

describe.each(builds)('days of the $name site, as their data says', ({dir, siteDir, now}) => {
  const model = loadModel({dataDir: path.join(siteDir, 'src/data'), themes: Object.keys(YAML.parse(fs.readFileSync(path.join(siteDir, 'docs/tags.yml'), 'utf8')))});
  const summaries = summarisedSessions(siteDir);
  const read = (sitePath: string) => fs.readFileSync(path.join(dir, sitePath), 'utf8');
  const released = (day: Day) => day.resources.filter((resource) => releaseState(resource, now) === 'released');
  const ended = (day: Day) => now.getTime() >= parisInstant(day.end).getTime();
  const summaryCount = (day: Day) => day.sessions.filter((session) => summaries.has(`${day.id}/${session.id}`)).length;
  const outcome = (day: Day) => {
    const releasedCount = released(day).length;
    const phase = dayPhase({end: parisInstant(day.end), now, releasedCount, summaryCount: summaryCount(day)});
    const pendingTitles = day.resources.filter((resource) => releaseState(resource, now) !== 'released').map((resource) => resource.title);
    return {phase, dateLabel: dayDateLabel(day), releasedCount, summaryCount: summaryCount(day), pendingTitles};
  };
  /** Text as compared: every run of spaces, no-break ones included, as one space. */
  const flat = (text: string) => text.replace(/\s+/g, ' ');

  it('has days to check', () => {
    expect(model.days.length).toBeGreaterThan(0);
  });

  it.each(model.days.map((day) => [day.id, day] as const))('%s: its page shows the announced facts, a calendar file only before the day', (_, day) => {
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
    const calendar = path.join(dir, `agenda/${day.id}.ics`);
    expect(fs.existsSync(calendar)).toBe(offersCalendar(outcome(day).phase));
    if (fs.existsSync(calendar)) expect(fs.readFileSync(calendar, 'utf8')).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*DTSTART:\d{8}T\d{6}Z/);
    expect(mainText(read('journees.html'))).toContain(day.title);
  });

  it.each(model.days.map((day) => [day.id, day] as const))('%s: says where the day stands and what exists, as its data says', (_, day) => {
    const page = flat(mainText(read(`journees/${day.id}.html`)));
    const statement = dayStatement(outcome(day));
    expect(page).toContain(flat(statement.when));
    expect(page).toContain(flat(statement.published));
    if (statement.expected) expect(page).toContain(flat(statement.expected));
    if (ended(day)) {
      const pages = [`journees/${day.id}.html`, ...day.sessions.map((session) => `journees/${day.id}/${session.id}.html`)];
      const upcoming = pages.filter((sitePath) => /Journée à venir|aura lieu|se tiendra|à paraître|à confirmer|non précisé|Ajouter (cette session )?à mon agenda/i.test(mainText(read(sitePath))));
      expect(upcoming).toEqual([]);
    }
  });

  it('points the home page at the latest day with words that name what it leads to', () => {
    const latest = [...model.days].sort((a, b) => b.start.localeCompare(a.start))[0];
    const home = flat(mainText(read('index.html')));
    expect(home).toContain(flat(dayStatement(outcome(latest)).when));
    expect(home).toContain(dayLinkLabel(outcome(latest)));
    if (model.days.every(ended)) expect(home).not.toMatch(/Journée à venir|à confirmer|Ajouter à mon agenda/);
  });

  it('says on « Comptes rendus » whether any summary is published', () => {
    const page = mainText(read('comptes-rendus.html'));
    const any = model.days.some((day) => summaryCount(day) > 0);
    expect(page.includes('Aucun compte rendu n’est publié à ce jour.')).toBe(!any);
    expect(read('comptes-rendus.html')).toMatch(/href="?\/articles"?/);
  });

  it.each(model.days.map((day) => [day.id, day] as const))('%s: each session says whether its summary is out, and gives a time only if the data has one', (_, day) => {
    for (const session of day.sessions) {
      const page = mainText(read(`journees/${day.id}/${session.id}.html`));
      expect(page).toContain(session.title);
      const none = ended(day) ? 'L’organisateur n’a pas publié de compte rendu de cette session à ce jour.' : 'Compte rendu à paraître après la journée.';
      expect(page.includes(none), `${session.id} : compte rendu`).toBe(!summaries.has(`${day.id}/${session.id}`));
      const calendar = offersCalendar(outcome(day).phase) && session.start !== undefined;
      expect(fs.existsSync(path.join(dir, `agenda/${day.id}--${session.id}.ics`)), `${session.id} : agenda`).toBe(calendar);
    }
  });

  it.each(model.days.map((day) => [day.id, day] as const))('%s: publishes exactly the released files, and says so when there is none', (_, day) => {
    const files = released(day).map((resource) => resource.file!);
    const folder = path.join(dir, 'supports', day.id);
    const built = fs.existsSync(folder) ? fs.readdirSync(folder).filter((name) => name.endsWith('.pdf')) : [];
    expect(built.sort()).toEqual([...files].sort());
    const page = read(`journees/${day.id}.html`);
    for (const file of files) expect(page).toMatch(new RegExp(`href="?[^"\\s>]*/supports/${day.id}/${file.replace(/\./g, '\\.')}"?`));
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
