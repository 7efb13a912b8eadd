import {chromium} from 'playwright-core';
import fs from 'node:fs';
import {startStaticServer} from './quality/static-server';
(async () => {
  const server = await startStaticServer('/tmp/print-site');
  const b = await chromium.launch({executablePath: '/usr/bin/chromium', args: ['--no-sandbox']});
  const ctx = await b.newContext({colorScheme: 'dark'});
  const p = await ctx.newPage();
  for (const path of process.argv.slice(2)) {
    await p.goto(server.url + path);
    await p.waitForSelector('html[data-has-hydrated="true"]');
    const pdf = await p.pdf({format: 'A4'});
    const name = `/tmp/print-pdf${path.replace(/\//g, '_')}.pdf`;
    fs.writeFileSync(name, pdf);
    const {getDocumentProxy, extractText} = await import('unpdf');
    const doc = await getDocumentProxy(new Uint8Array(pdf));
    const {text} = await extractText(doc, {mergePages: false});
    console.log('=====', path, text.length, 'pages');
    text.forEach((t, i) => console.log(`--- page ${i + 1}: ${JSON.stringify(t.slice(0, 300))} ... ${JSON.stringify(t.slice(-200))}`));
  }
  await b.close(); await server.close();
})();
