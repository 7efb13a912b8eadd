import fs from 'node:fs';
import path from 'node:path';
import {HtmlValidate, StaticConfigLoader} from 'html-validate';
import {describe, expect, inject, it} from 'vitest';
import {TEST_OUTPUT} from '../support/paths';
import {htmlValidateConfig} from './html-validate.config';

const sites = Object.values(inject('sites'));

function htmlFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, {recursive: true, encoding: 'utf8'})
    .filter((name) => name.endsWith('.html'))
    .map((name) => path.join(dir, name));
}

describe('valid HTML (html-validate, recommended rules)', () => {
  const validator = new HtmlValidate(new StaticConfigLoader(htmlValidateConfig));

  it.each(sites)('checks every page of the $baseUrl site in $dir', async ({dir}) => {
    const files = htmlFiles(dir);
    expect(files.length).toBeGreaterThan(50);
    expect(files).toContain(path.join(dir, '404.html'));
    const errors: string[] = [];
    for (const file of files) {
      const report = await validator.validateString(fs.readFileSync(file, 'utf8'), file);
      for (const result of report.results) {
        for (const message of result.messages) {
          errors.push(`${path.relative(TEST_OUTPUT, file)}:${message.line}:${message.column} ${message.ruleId} ${message.message}`);
        }
      }
    }
    expect(errors).toEqual([]);
  });

  it('still reports real errors with this configuration', async () => {
    const report = await validator.validateString(
      '<!doctype html><html lang=fr><head><title>t</title></head><body><main><p id=a>x<p id=a>y<img src=a.png><pre><code><div>z</div></code></pre></main></body></html>',
    );
    const rules = report.results.flatMap((result) => result.messages.map((message) => message.ruleId));
    expect(rules).toContain('no-dup-id');
    expect(rules).toContain('wcag/h37');
    expect(rules).toContain('element-permitted-content');
  });
});
