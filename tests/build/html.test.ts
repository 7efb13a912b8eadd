import fs from 'node:fs';
import path from 'node:path';
import {HtmlValidate, StaticConfigLoader} from 'html-validate';
import {describe, expect, inject, it} from 'vitest';
import {htmlFileForRoute, readSitemapRoutes} from '../../tools/quality/sitemap';
import {htmlValidateConfig} from './html-validate.config';

const siteDir = inject('siteDir');
const routes = readSitemapRoutes(siteDir);
const basePath = routes.reduce((shortest, route) => (route.length < shortest.length ? route : shortest));

describe('valid HTML (html-validate, recommended rules)', () => {
  const validator = new HtmlValidate(new StaticConfigLoader(htmlValidateConfig));

  it('checks the home page, the 404 page and every sitemap page', async () => {
    const files = [...routes.map((route) => htmlFileForRoute(siteDir, route, basePath)), path.join(siteDir, '404.html')];
    expect(files.length).toBeGreaterThan(5);
    const errors: string[] = [];
    for (const file of files) {
      const report = await validator.validateString(fs.readFileSync(file, 'utf8'), file);
      for (const result of report.results) {
        for (const message of result.messages) {
          errors.push(`${path.relative(siteDir, file)}:${message.line}:${message.column} ${message.ruleId} ${message.message}`);
        }
      }
    }
    expect(errors).toEqual([]);
  });

  it('still reports real errors with this configuration', async () => {
    const report = await validator.validateString(
      '<!doctype html><html lang=fr><head><title>t</title></head><body><main><p id=a>x<p id=a>y<img src=a.png></main></body></html>',
    );
    const rules = report.results.flatMap((result) => result.messages.map((message) => message.ruleId));
    expect(rules).toContain('no-dup-id');
    expect(rules).toContain('wcag/h37');
  });
});
