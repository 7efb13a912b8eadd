/**
 * The day's life cycle as the pages and the calendar writer follow it, on the
 * fixture day: announced, past without materials, past with materials.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {loadModel} from '../../../adapters/data-files';
import {inspectPdf} from '../../../adapters/pdf';
import {PdfCache} from '../../../adapters/pdf-cache';
import type {SummaryPost} from '../../../domain/summary';
import {resolveDaysContent} from '../content';
import {writeBuildFiles} from '../derived-files';
import {daysGlobalData} from '../global-data';
import {materialsFeed} from '../materials-feed';
import {buildViews} from '../props';
import {FIXTURE_DATA, FIXTURE_DAY as DAY} from './__fixtures__/faults';
import {makePdf} from './__fixtures__/make-pdf';

const THEMES = [
  {id: 'faire-groupe', label: 'Faire groupe'},
  {id: 'sac', label: 'Société de coordination'},
];
const SUMMARY: SummaryPost = {source: 'blog/cr.md', title: 'Compte rendu d’essai', permalink: '/articles/cr', excerpt: 'Résumé fictif.', date: '2030-06-20', session: `${DAY}/ouverture`};

/** The fixture day at `now`; `withMaterials` adds a released PDF and a summary of the opening session. */
async function fixtureViews(now: string, withMaterials = false) {
  const model = loadModel({dataDir: FIXTURE_DATA, themes: THEMES.map((theme) => theme.id)});
  const pdfFacts: Record<string, Awaited<ReturnType<typeof inspectPdf>>> = {};
  if (withMaterials) {
    model.days[0].resources.push({id: 'supports', title: 'Supports d’essai', kind: 'slides', session: 'ouverture', language: 'fr', releaseAt: '2030-06-14T17:00', file: 'supports.pdf'});
    pdfFacts[`${DAY}/supports.pdf`] = await inspectPdf(await makePdf(['Page d’essai']), 'supports.pdf');
  }
  const content = resolveDaysContent({model, themes: THEMES, pdfFacts, now: new Date(now)});
  const views = buildViews({content, summaries: withMaterials ? [SUMMARY] : [], themes: THEMES, siteUrl: 'https://exemple.org/'});
  return {model, views, day: views.days[0], content};
}

const BEFORE = '2030-06-01T10:00:00Z';
const AFTER = '2030-06-20T10:00:00Z';

describe('an announced day', () => {
  it('shows the announcement: calendar files, the place’s note, materials « à paraître »', async () => {
    const {day} = await fixtureViews(BEFORE);
    expect(day.phase).toBe('announced');
    expect(day.icsUrl).toBe(`/agenda/${DAY}.ics`);
    expect(day.sessions[0].icsUrl).toBe(`/agenda/${DAY}--ouverture.ics`);
    expect(day.timeLabel).toBe('de 9\u00a0h\u00a030 à 16\u00a0h\u00a030');
    expect(day.statement.when).toBe('Journée à venir, le vendredi 14 juin 2030.');
    expect(day.linkLabel).toBe('Voir le programme de la journée');
    expect(day.resources[0].pendingNote).toBe('À paraître\u00a0: ce support sera publié après la journée.');
  });
});

describe('a past day without materials', () => {
  it('offers no calendar, says the hours were the announced ones and what the organiser has not published', async () => {
    const {day} = await fixtureViews(AFTER);
    expect(day.phase).toBe('past');
    expect(day.icsUrl).toBeUndefined();
    expect(day.sessions.map((session) => session.icsUrl)).toEqual([undefined, undefined]);
    expect(day.timeLabel).toBe('de 9\u00a0h\u00a030 à 16\u00a0h\u00a030 (horaires annoncés)');
    expect(day.statement).toEqual({
      when: 'La journée a eu lieu le vendredi 14 juin 2030.',
      published: 'L’organisateur n’a publié à ce jour ni compte rendu ni support de cette journée.',
      expected: 'Annoncé mais pas encore publié\u00a0: «\u00a0Programme d’essai annoncé\u00a0».',
    });
    expect(day.linkLabel).toBe('Voir le programme de la journée');
    expect(day.resources[0].pendingNote).toBe('Annoncé, pas encore publié par l’organisateur.');
    expect(JSON.stringify(day)).not.toMatch(/à confirmer|à paraître|non précisé/i);
  });

  it('drops the announcement’s note on the place once the day is over', async () => {
    const {model, content} = await fixtureViews(AFTER);
    model.days[0].place.note = 'lieu à confirmer';
    const after = buildViews({content, summaries: [], themes: THEMES, siteUrl: 'https://exemple.org/'}).days[0];
    const before = buildViews({content: {...content, now: new Date(BEFORE).toISOString()}, summaries: [], themes: THEMES, siteUrl: 'https://exemple.org/'}).days[0];
    expect(before.placeLabel).toBe('Salle d’essai, Paris (lieu à confirmer)');
    expect(after.placeLabel).toBe('Salle d’essai, Paris');
  });
});

describe('a past day with materials', () => {
  it('names what is published and what is still expected, and the home link says where it leads', async () => {
    const {day, views} = await fixtureViews(AFTER, true);
    expect(day.phase).toBe('published');
    expect(day.icsUrl).toBeUndefined();
    expect(day.statement.published).toBe('Publiés\u00a0: un compte rendu et un support.');
    expect(day.statement.expected).toBe('Annoncé mais pas encore publié\u00a0: «\u00a0Programme d’essai annoncé\u00a0».');
    expect(day.linkLabel).toBe('Voir les comptes rendus et les supports de la journée');
    expect(daysGlobalData(views).days[0]).toMatchObject({phase: 'published', linkLabel: day.linkLabel, statement: day.statement});
    expect(daysGlobalData(views).days[0].icsUrl).toBeUndefined();
  });
});

describe('calendar files', () => {
  let outDir = '';
  afterEach(() => fs.rmSync(outDir, {recursive: true, force: true}));

  const written = async (now: string) => {
    const {model, views} = await fixtureViews(now);
    outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'boussole-agenda-'));
    await writeBuildFiles({outDir, dataDir: FIXTURE_DATA, views, model, now: new Date(now), siteUrl: 'https://exemple.org/', thumbnailWidth: 64, cache: new PdfCache(path.join(outDir, '.cache'))});
    const agenda = path.join(outDir, 'agenda');
    return fs.existsSync(agenda) ? fs.readdirSync(agenda).sort() : [];
  };

  it('are written for an announced day (the day and its timed session), none once it is over', async () => {
    expect(await written(BEFORE)).toEqual([`${DAY}--ouverture.ics`, `${DAY}.ics`]);
    fs.rmSync(outDir, {recursive: true, force: true});
    expect(await written(AFTER)).toEqual([]);
  });
});

describe('the materials feed', () => {
  it('announces each material once it is online, dated by its release, and opens as a page in a browser', async () => {
    const {views} = await fixtureViews(AFTER, true);
    const xml = materialsFeed({views, siteUrl: 'https://exemple.org/', organiser: 'Aatiko Conseils', now: new Date(AFTER)});
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?><\?xml-stylesheet type="text\/xsl" href="rss.xsl"\?>/);
    expect(xml.match(/<item>/g)).toHaveLength(1);
    expect(xml).toContain('<title><![CDATA[Supports d’essai (journée du 14 juin 2030)]]></title>');
    expect(xml).toContain(`<link>https://exemple.org/ressources#ressource-${DAY}-supports</link>`);
    expect(xml).toContain('<pubDate>Fri, 14 Jun 2030 15:00:00 GMT</pubDate>');
  });

  it('is written empty while nothing is released: a reader can subscribe before the slides appear', async () => {
    const {views} = await fixtureViews(BEFORE, true);
    const xml = materialsFeed({views, siteUrl: 'https://exemple.org/', organiser: 'Aatiko Conseils', now: new Date(BEFORE)});
    expect(xml).toContain('<title>Boussole — supports des journées</title>');
    expect(xml).not.toContain('<item>');
    expect(xml).not.toContain('supports.pdf');
  });
});
