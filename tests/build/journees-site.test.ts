/** The real site as built for production: the 2022 day is past, and holds only what is known. */
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, inject, it} from 'vitest';
import {mainText} from '../support/html';

const siteDir = inject('siteDir');
const read = (sitePath: string) => fs.readFileSync(path.join(siteDir, sitePath), 'utf8');
const text = (sitePath: string) => mainText(read(sitePath));

describe('the day of 22 March 2022', () => {
  it('reads as past: the announced facts, nothing « à confirmer », and what the organiser has not published', () => {
    const page = text('journees/2022-03-22.html');
    expect(page).toContain('La journée du mardi 22 mars 2022');
    expect(page).toContain('« Articuler dynamique de regroupement et affirmation des politiques locales de l’habitat »');
    expect(page).toContain('La journée a eu lieu le mardi 22 mars 2022.');
    expect(page).toMatch(/mardi 22 mars 2022 ?, de 9 h 30 à 16 h 30 \(horaires annoncés\)/);
    expect(page).toContain('Lieu Paris ');
    expect(page).toContain('Aatiko Conseils');
    expect(page).toContain('Jean-Claude Driant');
    expect(page).toContain('L’organisateur n’a publié à ce jour ni compte rendu ni support de cette journée.');
    expect(page).toContain('Annoncé mais pas encore publié : « Supports du grand témoin ».');
    expect(page).toContain('abonnez-vous');
    expect(page).not.toMatch(/à confirmer|non précisé|à paraître|Ajouter à mon agenda|Tout télécharger/i);
  });

  it('describes the event in JSON-LD with the winter offset', () => {
    const json = /<script[^>]*type="?application\/ld\+json"?[^>]*>([\s\S]*?)<\/script>/.exec(read('journees/2022-03-22.html'))?.[1];
    const event = JSON.parse(json!);
    expect(event).toMatchObject({
      '@type': 'Event',
      name: 'Articuler dynamique de regroupement et affirmation des politiques locales de l’habitat',
      startDate: '2022-03-22T09:30:00+01:00',
      endDate: '2022-03-22T16:30:00+01:00',
      organizer: {'@type': 'Organization', name: 'Aatiko Conseils'},
    });
    expect(event.location.address.addressLocality).toBe('Paris');
  });

  it('offers no calendar file any more: the day is over', () => {
    expect(fs.existsSync(path.join(siteDir, 'agenda'))).toBe(false);
    expect(read('journees/2022-03-22.html')).not.toContain('.ics');
  });

  it('publishes no material file at all', () => {
    expect(fs.existsSync(path.join(siteDir, 'supports'))).toBe(false);
  });

  it('gives the grand témoin a page of sourced facts only', () => {
    const page = text('intervenants/jean-claude-driant.html');
    expect(page).toContain('Professeur à l’École d’urbanisme de Paris.');
    expect(page).toContain('source : News Tank Cities, tribune de Marie Defay et Jean-Claude Driant, 21 août 2023');
    expect(page).not.toMatch(/Lab’Urba|Documentation française/);
  });

  it('lists the day in the archive and its sessions without inventing times nor promising them', () => {
    expect(text('journees.html')).toContain('mardi 22 mars 2022 — « Articuler dynamique');
    expect(text('journees.html')).not.toMatch(/\(Paris \(|à confirmer/);
    const session = text('journees/2022-03-22/faire-groupe.html');
    expect(session).not.toMatch(/Horaire|non précisé|à paraître|agenda/);
    expect(session).toContain('L’organisateur n’a pas publié de compte rendu de cette session à ce jour.');
  });

  it('has no page that speaks of the day as upcoming', () => {
    const pages = ['index.html', 'journees.html', 'journees/2022-03-22.html', 'ressources.html', 'comptes-rendus.html', 's-abonner.html'];
    pages.push(...fs.readdirSync(path.join(siteDir, 'journees/2022-03-22')).map((name) => `journees/2022-03-22/${name}`));
    const upcoming = pages.filter((page) => /Journée à venir|aura lieu|se tiendra|est annoncé comme|à paraître|à confirmer|Ajouter à mon agenda/i.test(text(page)));
    expect(upcoming).toEqual([]);
  });

  it('says on « Comptes rendus » that none is published yet, and where the editorial articles are', () => {
    const page = text('comptes-rendus.html');
    expect(page).toContain('Aucun compte rendu n’est publié à ce jour.');
    expect(read('comptes-rendus.html')).toMatch(/href="?\/articles"?/);
  });

  it('wires the home page to the day’s data and life cycle', () => {
    const home = text('index.html');
    expect(home).toContain('La journée du 22 mars 2022');
    expect(home).toContain('La journée a eu lieu le mardi 22 mars 2022.');
    expect(home).toContain('Voir le programme de la journée');
    expect(home).not.toMatch(/à confirmer|Voir la journée et ses supports/);
    // The question of the day, in the editors' words (the announcement's sentence is not copied).
    expect(home).toContain('sans perdre leur cap ni l’identité de chacun');
    expect(home).not.toContain('sans perdre sa boussole et son identité');
  });
});
