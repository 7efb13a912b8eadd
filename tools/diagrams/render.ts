/**
 * Draws Mermaid diagrams in Debian's Chromium (playwright-core, no downloaded
 * browser), with the `mermaid` package of node_modules: the same library and
 * text measurements as a browser, once, on the maintainer's machine.
 */
import {chromium, type Browser, type Page} from 'playwright-core';
import {chromiumPath} from '../quality/chromium';
import {mermaidConfig, type Variant} from '../../src/plugins/diagrams/render-config';

export interface DiagramRenderer {
  /** Mermaid's SVG for one copy, or throws with Mermaid's own message. */
  render(source: string, id: string, variant: Variant): Promise<string>;
  close(): Promise<void>;
}

export async function startRenderer(): Promise<DiagramRenderer> {
  const browser: Browser = await chromium.launch({executablePath: chromiumPath(), headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run']});
  const page: Page = await browser.newPage();
  await page.setContent('<!doctype html><html lang="fr"><head><meta charset="utf-8"></head><body></body></html>');
  await page.addScriptTag({path: require.resolve('mermaid/dist/mermaid.min.js')});
  return {
    async render(source, id, variant) {
      return page.evaluate(
        async ({source, id, config}) => {
          const mermaid = (window as unknown as {mermaid: {initialize(c: unknown): void; render(id: string, code: string): Promise<{svg: string}>}}).mermaid;
          mermaid.initialize(config);
          return (await mermaid.render(id, source)).svg;
        },
        {source, id, config: mermaidConfig(variant)},
      );
    },
    close: () => browser.close(),
  };
}
