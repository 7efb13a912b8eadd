/**
 * What the days give the search index, in the search package's own terms
 * (SearchDocument): one document per day, session and person page, one for the
 * resources page (what it holds, the titles it lists) and one per page of each
 * released PDF. Nothing of an announced or embargoed file reaches the index.
 */
import * as paths from '../../domain/site-paths';
import type {SearchDocument} from '../search/documents';
import type {DaysContent} from './content';
import {materialKey, resourceKey} from './keys';
import {hasEnded} from '../../domain/day-lifecycle';
import {dayDateLabel, dayTimeLabel, parisInstant, placeLabel, RESOURCES_DESCRIPTION} from './labels';

export function daysSearchDocuments(content: Omit<DaysContent, 'searchDocuments'>): SearchDocument[] {
  const {model, pdfFacts, releases} = content;
  const personById = new Map(model.people.map((person) => [person.id, person]));
  const speakerLine = (id: string) => {
    const person = personById.get(id)!;
    return `${person.name}, ${person.role}`;
  };
  const documents: SearchDocument[] = [];
  const now = new Date(content.now);
  for (const day of model.days) {
    const ended = hasEnded(parisInstant(day.end), now);
    const text = [
      day.description,
      day.question,
      day.description,
      `${dayDateLabel(day)}, ${dayTimeLabel(day, ended)}`,
      placeLabel(day.place, ended),
      `Organisation : ${day.organiser}`,
      day.grandTemoin ? `Grand témoin : ${speakerLine(day.grandTemoin)}` : '',
      // The programme, under the heading the day page gives it.
      day.sessions.length > 0 ? `Programme : ${day.sessions.map((session) => session.title).join(' ; ')}` : '',
    ];
    documents.push({type: 'session', url: paths.dayPath(day.id), title: day.title, text: text.filter(Boolean).join('\n'), themes: day.themes});
  }
  for (const day of model.days) {
    for (const session of day.sessions) {
      const text = [session.description, session.format, ...session.speakers.map(speakerLine)];
      documents.push({type: 'session', url: paths.sessionPath(day.id, session.id), title: session.title, text: text.filter(Boolean).join('\n'), themes: session.themes});
    }
  }
  // Only people with sourced facts have a page.
  for (const person of model.people.filter((candidate) => candidate.facts.length > 0)) {
    const text = [person.role, person.affiliation, ...person.facts.map((fact) => fact.text)];
    documents.push({type: 'intervenant', url: paths.personPath(person.id), title: person.name, text: text.filter(Boolean).join('\n'), themes: []});
  }
  const listed = model.days.flatMap((day) => day.resources.map((resource) => resource.title));
  documents.push({type: 'support', url: paths.RESOURCES_PATH, title: 'Ressources', text: [RESOURCES_DESCRIPTION, ...listed].join('\n'), themes: []});
  for (const day of model.days) {
    const sessionThemes = new Map(day.sessions.map((session) => [session.id, session.themes]));
    for (const resource of day.resources) {
      if (releases[resourceKey(day.id, resource.id)] !== 'released' || !resource.file) continue;
      const fileUrl = paths.fileUrl(day.id, resource.file);
      const themes = (resource.session ? sessionThemes.get(resource.session) : undefined) ?? day.themes;
      const pages = pdfFacts[materialKey(day.id, resource.file)].pages
        .map((text, index) => ({pageNumber: index + 1, text}))
        .filter((pdfPage) => pdfPage.text.trim());
      if (pages.length === 0) documents.push({type: 'support', url: fileUrl, title: resource.title, text: '', themes});
      for (const pdfPage of pages) {
        documents.push({type: 'support', url: `${fileUrl}#page=${pdfPage.pageNumber}`, page: fileUrl, pageTitle: resource.title, title: `${resource.title}, page ${pdfPage.pageNumber}`, text: pdfPage.text, themes});
      }
    }
  }
  return documents;
}
