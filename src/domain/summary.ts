/**
 * Session summaries are blog posts whose front matter says which session they
 * report on: `session: <day-id>/<session-id>` (e.g. `session: 2022-03-22/faire-groupe`).
 */
import {DataError} from './errors';
import type {Model} from './data-schema';

export const SUMMARY_FIELD = 'session';

export interface SummaryPost {
  /** Source file of the post, for messages. */
  source: string;
  title: string;
  permalink: string;
  excerpt: string;
  date: string;
  session: string;
}

/** Checks each post's `session` reference; throws a DataError naming the post and the field. */
export function checkSummaryReferences(model: Model, posts: SummaryPost[]): void {
  const known = new Set(model.days.flatMap((day) => day.sessions.map((session) => `${day.id}/${session.id}`)));
  const seen = new Map<string, string>();
  for (const post of posts) {
    if (!known.has(post.session)) {
      throw new DataError(
        post.source,
        SUMMARY_FIELD,
        `session inconnue « ${post.session} »`,
        `Écrivez « session: <journée>/<session> » avec une session existante : ${[...known].join(', ') || '(aucune)'}.`,
      );
    }
    const previous = seen.get(post.session);
    if (previous) {
      throw new DataError(post.source, SUMMARY_FIELD, `la session « ${post.session} » a déjà un compte rendu (${previous})`, 'Une session n’a qu’un compte rendu : fusionnez les deux articles.');
    }
    seen.set(post.session, post.source);
  }
}
