/**
 * The HTML template of every built page (`ssrTemplate` in docusaurus.config.ts):
 * Docusaurus's own (@docusaurus/core/lib/ssg/ssgTemplate.html.js, 3.10), except
 * that the page's scripts are not `<script defer>` tags of the head but are
 * added by a small inline loader once the browser has drawn the page.
 *
 * Why: the pages are complete HTML; the scripts only make them interactive. With
 * `defer` tags, a fast connection runs the whole bundle (hydration included)
 * before the first paint, and on a slow phone the text waits for it. The loader
 * lets the browser draw first and keeps the order of the scripts (async = false).
 * A tab opened in the background draws no frame: it loads them at once.
 */

/** The attribute of the loader that lists the scripts, in order (read by tools/quality/first-load.ts). */
export const SCRIPTS_ATTRIBUTE = 'data-scripts';

/**
 * The loader, as the body of an inline script whose `data-scripts` attribute
 * holds the JSON list of script URLs. Written in ES5 like the rest of what runs
 * before the bundle.
 */
export const SCRIPT_LOADER = [
  '(function(loader){',
  'var sources=JSON.parse(loader.getAttribute("' + SCRIPTS_ATTRIBUTE + '")),done=false;',
  'function load(){if(done)return;done=true;sources.forEach(function(source){',
  'var script=document.createElement("script");script.src=source;script.async=false;document.head.appendChild(script);});}',
  'if(document.visibilityState!=="visible"||typeof requestAnimationFrame!=="function")load();',
  'else requestAnimationFrame(function(){setTimeout(load,0);});',
  '})(document.currentScript);',
].join('');

export const SSR_TEMPLATE = `
<!DOCTYPE html>
<html <%~ it.htmlAttributes %>>
  <head>
    <meta charset="UTF-8">
    <meta name="generator" content="Docusaurus v<%= it.version %>">
    <% it.metaAttributes.forEach((metaAttribute) => { %>
      <%~ metaAttribute %>
    <% }); %>
    <%~ it.headTags %>
    <% it.stylesheets.forEach((stylesheet) => { %>
      <link rel="stylesheet" href="<%= it.baseUrl %><%= stylesheet %>" />
    <% }); %>
  </head>
  <body <%~ it.bodyAttributes %>>
    <%~ it.preBodyTags %>
    <div id="__docusaurus"><%~ it.appHtml %></div>
    <%~ it.postBodyTags %>
    <script ${SCRIPTS_ATTRIBUTE}="<%= JSON.stringify(it.scripts.map((script) => it.baseUrl + script)) %>">${SCRIPT_LOADER}</script>
  </body>
</html>
`;
