import {describe, expect, it} from 'vitest';
import {loadModel} from '../../../adapters/data-files';
import {inspectPdf, type PdfFacts} from '../../../adapters/pdf';
import {checkSummaryReferences} from '../../../domain/summary';
import {resolveDaysContent} from '../content';
import {buildViews} from '../props';
import {FIXTURE_DATA, FIXTURE_DAY as DAY} from './__fixtures__/faults';
import {makePdf} from './__fixtures__/make-pdf';

const THEMES = [
  {id: 'faire-groupe', label: 'Faire groupe'},
  {id: 'sac', label: 'sac'},
];

async function fixture(releaseAt: string) {
  const model = loadModel({dataDir: FIXTURE_DATA, themes: THEMES.map((theme) => theme.id)});
  // A published resource, as `publier` would record it (the file check is the loader's job, tested elsewhere).
  model.days[0].resources.push({id: 'supports', title: 'Supports', kind: 'slides', session: 'ouverture', language: 'fr', releaseAt, file: 'supports.pdf'});
  const facts: PdfFacts = await inspectPdf(await makePdf(['Alpha page', 'Beta page']), 'supports.pdf');
  return {model, pdfFacts: {[`${DAY}/supports.pdf`]: facts}, facts};
}

const content = (input: Awaited<ReturnType<typeof fixture>>, now: string) => resolveDaysContent({model: input.model, themes: THEMES, pdfFacts: input.pdfFacts, now: new Date(now)});

const views = (input: Awaited<ReturnType<typeof fixture>>, now: string) =>
  buildViews({content: content(input, now), summaries: [], themes: [{id: 'faire-groupe', label: 'Faire groupe', permalink: '/themes/tags/faire-groupe'}, {id: 'sac', label: 'sac'}], siteUrl: 'https://exemple.org/'});

describe('page props and search documents', () => {
  it('hides the file, its facts and its text before the release time', async () => {
    const input = await fixture('2030-06-14T17:00');
    const before = views(input, '2030-06-14T14:59:00Z');
    const resource = before.resources.find((candidate) => candidate.id === 'supports')!;
    expect(resource.state).toBe('embargoed');
    expect(resource).not.toHaveProperty('fileUrl');
    expect(resource).not.toHaveProperty('sha256');
    expect(resource.releaseLabel).toBe('vendredi 14 juin 2030 à 17 h (heure de Paris)');
    expect(before.days[0].zipUrl).toBeUndefined();
    const documents = content(input, '2030-06-14T14:59:00Z').searchDocuments;
    expect(documents.filter((document) => document.url.startsWith('/supports/'))).toEqual([]);
    expect(JSON.stringify(documents)).not.toContain('Alpha page');
  });

  it('shows the file with its facts and exposes its text per page once released', async () => {
    const input = await fixture('2030-06-14T17:00');
    const after = views(input, '2030-06-14T15:00:00Z');
    const resource = after.resources.find((candidate) => candidate.id === 'supports')!;
    expect(resource).toMatchObject({state: 'released', fileUrl: `/supports/${DAY}/supports.pdf`, thumbnailUrl: `/supports/${DAY}/supports.apercu.png`, pageCount: 2, sha256: input.facts.sha256});
    expect(after.days[0].zipUrl).toBe(`/supports/${DAY}/${DAY}-supports.zip`);
    const documents = content(input, '2030-06-14T15:00:00Z').searchDocuments;
    expect(documents.filter((document) => document.url.startsWith('/supports/'))).toEqual([
      {type: 'support', url: `/supports/${DAY}/supports.pdf#page=1`, page: `/supports/${DAY}/supports.pdf`, pageTitle: 'Supports', title: 'Supports, page 1', text: 'Alpha page', themes: ['faire-groupe']},
      {type: 'support', url: `/supports/${DAY}/supports.pdf#page=2`, page: `/supports/${DAY}/supports.pdf`, pageTitle: 'Supports', title: 'Supports, page 2', text: 'Beta page', themes: ['faire-groupe']},
    ]);
    expect(documents[0]).toMatchObject({type: 'session', url: `/journees/${DAY}`, themes: ['faire-groupe', 'sac']});
    expect(documents.filter((document) => document.url.startsWith('/intervenants/')).map((document) => [document.type, document.url])).toEqual([['intervenant', '/intervenants/intervenante-exemple']]);
    // The resources page: what it holds and the titles it lists (announced titles are public there).
    expect(documents.find((document) => document.url === '/ressources')).toMatchObject({type: 'support', title: 'Ressources', text: expect.stringContaining('à télécharger')});
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
