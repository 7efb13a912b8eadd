/** The real site as built for production: the 2022 day holds only what is known. */
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, inject, it} from 'vitest';
import {mainText} from '../support/html';

const siteDir = inject('siteDir');
const read = (sitePath: string) => fs.readFileSync(path.join(siteDir, sitePath), 'utf8');
const text = (sitePath: string) => mainText(read(sitePath));

describe('the day of 22 March 2022', () => {
  it('shows the announced facts and says plainly that nothing is published yet', () => {
    const page = text('journees/2022-03-22.html');
    expect(page).toContain('La journée du mardi 22 mars 2022');
    expect(page).toContain('« Articuler dynamique de regroupement et affirmation des politiques locales de l’habitat »');
    expect(page).toMatch(/mardi 22 mars 2022 ?, de 9 h 30 à 16 h 30/);
    expect(page).toContain('Paris (lieu à confirmer)');
    expect(page).toContain('Aatiko Conseils');
    expect(page).toContain('Jean-Claude Driant');
    expect(page).toContain('Compte rendu à paraître');
    expect(page).toContain('Aucun support n’a encore été publié');
    expect(page).toContain('À paraître');
    expect(page).not.toContain('Tout télécharger');
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

  it('offers the day in a calendar file and no session calendar (no confirmed time slot)', () => {
    const ics = read('agenda/2022-03-22.ics');
    expect(ics).toContain('DTSTART:20220322T083000Z');
    expect(ics).toContain('DTEND:20220322T153000Z');
    expect(fs.readdirSync(path.join(siteDir, 'agenda'))).toEqual(['2022-03-22.ics']);
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

  it('lists the day in the archive and its sessions without inventing times', () => {
    expect(text('journees.html')).toContain('mardi 22 mars 2022 — « Articuler dynamique');
    const session = text('journees/2022-03-22/faire-groupe.html');
    expect(session).toContain('non précisé dans l’annonce');
    expect(session).toContain('Compte rendu à paraître');
  });

  it('wires the home page to the day’s data', () => {
    const home = text('index.html');
    expect(home).toContain('La journée du 22 mars 2022');
    expect(home).toContain('Paris (lieu à confirmer)');
    // The question of the day, in the editors' words (the announcement's sentence is not copied).
    expect(home).toContain('sans perdre leur cap ni l’identité de chacun');
    expect(home).not.toContain('sans perdre sa boussole et son identité');
  });
});
