/**
 * Session summaries are blog posts whose front matter says which session they
 * report on: `session: <day-id>/<session-id>` (e.g. `session: 2022-03-22/faire-groupe`).
 */
import {DataError} from './errors';
import type {Model} from './types';

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

/** Front matter + body of a new summary post, for `npm run compte-rendu`. */
export function scaffoldSummary(options: {dayId: string; sessionId: string; sessionTitle: string; dayLabel: string; themes: string[]; authors: string[]}): string {
  const tags = ['compte-rendu', ...options.themes];
  return `---
title: "Compte rendu — ${options.sessionTitle.replace(/"/g, '\\"')}"
description: "À RÉDIGER : une phrase qui résume la session."
${SUMMARY_FIELD}: ${options.dayId}/${options.sessionId}
authors: [${options.authors.join(', ')}]
tags: [${tags.join(', ')}]
draft: true
---

À RÉDIGER — résumé en deux ou trois phrases de la session « ${options.sessionTitle} » (${options.dayLabel}).

<!-- truncate -->

> **À RÉDIGER.** Ce compte rendu n’est pas encore écrit. Il reste en brouillon (\`draft: true\`) :
> retirez cette ligne du front matter quand le texte est relu et validé par les rapporteurs.

## Ce qui a été présenté

À RÉDIGER — uniquement ce qui a été dit pendant la session, sans citation non vérifiée.

## Les échanges

À RÉDIGER.

## Pour aller plus loin

À RÉDIGER — liens vers les articles des thèmes et vers les supports de la session.
`;
}
