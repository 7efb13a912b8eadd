import {describe, expect, it} from 'vitest';
import {finishSvg} from '../finish-svg';

const MERMAID_LIKE = [
  '<svg id="d1" width="100%" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" style="max-width: 300.5px;" viewBox="0 0 300.5 120" role="graphics-document document" aria-roledescription="flowchart-v2">',
  '<style>#d1{fill:#333;}</style>',
  '<marker id="d1_pointEnd"/>',
  '<g id="L_A_B_0"><path marker-end="url(#d1_pointEnd)"/></g>',
  '<g id="L_A_B_0"><text>Oui &amp; non</text></g>',
  '<use href="#L_A_B_0"/>',
  '</svg>',
].join('');

describe('finishSvg', () => {
  it('gives every id the drawing’s prefix, once, and follows the references', () => {
    const svg = finishSvg(MERMAID_LIKE, {id: 'd1'});
    const ids = [...svg.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]);
    expect(ids).toEqual(['d1', 'd1_pointEnd', 'd1-L_A_B_0', 'd1-L_A_B_0-2']);
    expect(svg).toContain('marker-end="url(#d1_pointEnd)"');
    expect(svg).toContain('href="#d1-L_A_B_0"');
    expect(svg).toContain('Oui &amp; non');
  });

  it('makes one image named by its title and described by its description', () => {
    const svg = finishSvg(MERMAID_LIKE, {id: 'd1', title: 'Qui « contrôle » qui', description: 'Une mère & deux filiales.'});
    expect(svg).toMatch(/^<svg[^>]* role="img"/);
    expect(svg).not.toContain('aria-roledescription');
    expect(svg).toContain('aria-labelledby="d1-titre"');
    expect(svg).toContain('<title id="d1-titre">Qui « contrôle » qui</title><desc id="d1-desc">Une mère &amp; deux filiales.</desc>');
    expect(svg).toContain('aria-describedby="d1-desc"');
  });

  it('gives the drawing its natural size, without Mermaid’s inline style', () => {
    const svg = finishSvg(MERMAID_LIKE, {id: 'd1'});
    expect(svg).toMatch(/^<svg[^>]* width="301"[^>]* height="120"/);
    expect(svg).not.toContain('max-width');
    expect(svg).not.toContain('xmlns:xlink');
  });

  it('drops debugging data and rounds coordinates to 1/100 px', () => {
    const svg = finishSvg(
      '<svg id="d1" viewBox="0 0 10 10"><path d="M1.23456789,2.5L-3.14159e-1,4" data-points="W3sieCI6MX1d" data-edge="true"/><rect x="0.125" width="12.3456"/></svg>',
      {id: 'd1'},
    );
    expect(svg).toContain('d="M1.23,2.5L-0.31,4"');
    expect(svg).toContain('x="0.13" width="12.35"');
    expect(svg).not.toContain('data-');
  });
});
