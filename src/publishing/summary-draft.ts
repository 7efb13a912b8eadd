/** The draft that `npm run compte-rendu` writes: front matter for a session summary and « À RÉDIGER » sections. */
import {SUMMARY_FIELD} from '../domain/summary';

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
