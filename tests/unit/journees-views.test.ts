import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {calendarFile} from '../../src/model/artifacts';
import {countLabel, EMPTY_FILTER, matchesFilter} from '../../src/model/filter';
import {loadModel, readThemeIds} from '../../src/model/load';
import {inspectPdf, type PdfFacts} from '../../src/model/pdf';
import {checkSummaryReferences} from '../../src/model/summary';
import {buildViews, formatSize, toSearchDocuments} from '../../src/model/views';
import {makePdf} from '../fixtures/journees/pdf';

const ROOT = path.resolve(__dirname, '../..');
const DAY = '2030-06-14-essai';

async function fixture(releaseAt: string) {
  const model = loadModel({dataDir: path.join(ROOT, 'tests/fixtures/journees/data'), themes: readThemeIds(ROOT)});
  // A published resource, as `publier` would record it (the file check is the loader's job, tested elsewhere).
  model.days[0].resources.push({id: 'supports', title: 'Supports', kind: 'slides', session: 'ouverture', language: 'fr', releaseAt, file: 'supports.pdf'});
  const facts: PdfFacts = await inspectPdf(await makePdf(['Alpha page', 'Beta page']), 'supports.pdf');
  return {model, pdfFacts: {[`${DAY}/supports.pdf`]: facts}, facts};
}

const views = (input: Awaited<ReturnType<typeof fixture>>, now: string) =>
  buildViews({model: input.model, now: new Date(now), pdfFacts: input.pdfFacts, summaries: [], themes: [{id: 'faire-groupe', label: 'Faire groupe', permalink: '/themes/tags/faire-groupe'}], siteUrl: 'https://exemple.org/'});

describe('views and searchable content', () => {
  it('hides the file, its facts and its text before the release time', async () => {
    const input = await fixture('2030-06-14T17:00');
    const before = views(input, '2030-06-14T14:59:00Z');
    const resource = before.resources.find((candidate) => candidate.id === 'supports')!;
    expect(resource.state).toBe('embargoed');
    expect(resource).not.toHaveProperty('fileUrl');
    expect(resource).not.toHaveProperty('sha256');
    expect(resource.releaseLabel).toBe('vendredi 14 juin 2030 à 17 h (heure de Paris)');
    expect(before.days[0].zipUrl).toBeUndefined();
    const documents = toSearchDocuments(before, input.pdfFacts);
    expect(documents.filter((document) => document.type === 'support')).toEqual([]);
    expect(JSON.stringify(documents)).not.toContain('Alpha page');
  });

  it('shows the file with its facts and exposes its text per page once released', async () => {
    const input = await fixture('2030-06-14T17:00');
    const after = views(input, '2030-06-14T15:00:00Z');
    const resource = after.resources.find((candidate) => candidate.id === 'supports')!;
    expect(resource).toMatchObject({state: 'released', fileUrl: `/supports/${DAY}/supports.pdf`, thumbnailUrl: `/supports/${DAY}/supports.apercu.png`, pageCount: 2, sha256: input.facts.sha256});
    expect(after.days[0].zipUrl).toBe(`/supports/${DAY}/${DAY}-supports.zip`);
    const documents = toSearchDocuments(after, input.pdfFacts);
    expect(documents.filter((document) => document.type === 'support')).toEqual([
      {type: 'support', url: `/supports/${DAY}/supports.pdf#page=1`, page: `/supports/${DAY}/supports.pdf`, pageTitle: 'Supports', title: 'Supports, page 1', text: 'Alpha page', themes: ['faire-groupe']},
      {type: 'support', url: `/supports/${DAY}/supports.pdf#page=2`, page: `/supports/${DAY}/supports.pdf`, pageTitle: 'Supports', title: 'Supports, page 2', text: 'Beta page', themes: ['faire-groupe']},
    ]);
    expect(documents[0]).toMatchObject({type: 'session', url: `/journees/${DAY}`, themes: ['faire-groupe', 'sac']});
    expect(documents.filter((document) => document.url.startsWith('/intervenants/')).map((document) => document.url)).toEqual(['/intervenants/intervenante-exemple']);
  });

  it('builds schema.org Event JSON-LD with the Paris offset', async () => {
    const event = JSON.parse(views(await fixture('2030-06-14T17:00'), '2030-01-01T00:00:00Z').days[0].jsonLd);
    expect(event).toMatchObject({'@type': 'Event', startDate: '2030-06-14T09:30:00+02:00', endDate: '2030-06-14T16:30:00+02:00', eventStatus: 'https://schema.org/EventScheduled', organizer: {name: 'Aatiko Conseils'}});
    expect(event.location.address.addressLocality).toBe('Paris');
  });

  it('links themes to their tag page only when it exists', async () => {
    const session = views(await fixture('2030-06-14T17:00'), '2030-01-01T00:00:00Z').days[0].sessions[1];
    expect(session.themes).toEqual([{id: 'sac', label: 'sac'}]);
  });

  it('rejects a summary post pointing at an unknown session, naming the post and the field', async () => {
    const {model} = await fixture('2030-06-14T17:00');
    const post = {source: 'blog/cr.md', title: 'CR', permalink: '/comptes-rendus/cr', excerpt: '', date: '', session: `${DAY}/cloture`};
    expect(() => checkSummaryReferences(model, [post])).toThrow(/^blog\/cr\.md — champ « session » : session inconnue/);
    expect(() => checkSummaryReferences(model, [{...post, session: `${DAY}/ouverture`}])).not.toThrow();
  });
});

describe('resources filter', () => {
  const resource = {dayId: 'a', sessionId: 's', themes: [{id: 'sac'}], kind: 'slides'};
  it('matches every criterion and treats empty criteria as « tous »', () => {
    expect(matchesFilter(resource, EMPTY_FILTER)).toBe(true);
    expect(matchesFilter(resource, {...EMPTY_FILTER, day: 'a', session: 'a/s', theme: 'sac', kind: 'slides'})).toBe(true);
    expect(matchesFilter(resource, {...EMPTY_FILTER, session: 'b/s'})).toBe(false);
    expect(matchesFilter(resource, {...EMPTY_FILTER, theme: 'fusion'})).toBe(false);
    expect(matchesFilter(resource, {...EMPTY_FILTER, kind: 'document'})).toBe(false);
  });
  it('announces counts in French', () => {
    expect(countLabel(0)).toBe('Aucune ressource ne correspond à ces critères.');
    expect(countLabel(1)).toBe('1 ressource affichée.');
    expect(countLabel(4)).toBe('4 ressources affichées.');
    expect(formatSize(1536)).toBe('1,5 Ko');
    expect(formatSize(5 * 1024 * 1024)).toBe('5 Mo');
  });
});

describe('calendar file', () => {
  it('writes DTSTART/DTEND in UTC from Paris times, winter and summer', () => {
    const entry = {uid: 'x@boussole', title: 'Journée', description: 'd', location: 'Paris', url: 'https://exemple.org/', stamp: new Date('2030-01-01T00:00:00Z')};
    const winter = calendarFile({...entry, start: '2022-03-22T09:30', end: '2022-03-22T16:30'});
    expect(winter).toContain('DTSTART:20220322T083000Z');
    expect(winter).toContain('DTEND:20220322T153000Z');
    expect(winter).toContain('DTSTAMP:20300101T000000Z');
    expect(calendarFile({...entry, start: '2030-06-14T09:30', end: '2030-06-14T10:30'})).toContain('DTSTART:20300614T073000Z');
  });
});
