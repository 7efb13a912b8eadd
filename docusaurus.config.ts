import type {Config} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import path from 'node:path';
import {themes as prismThemes} from 'prism-react-renderer';
import {siteEnvironment} from './src/site-environment';
import remarkGlossaryIndex from './src/plugins/glossary-index';
import remarkCitations from './src/plugins/sources/remark-citations';
import {DEFAULT_OPTIONS as SOURCES} from './src/plugins/sources/options';
import remarkDiagrams from './src/plugins/diagrams/remark-diagrams';
import {pwaOptions} from './src/plugins/offline/pwa-options';
import {SSR_TEMPLATE} from './src/plugins/paint-first/ssr-template';

const {url, baseUrl, faster} = siteEnvironment(process.env);
// Articles cite `[^source-id]`: the footnotes are written from the bibliography (src/plugins/sources).
const citations = [remarkCitations, {sourcesFile: `${__dirname}/${SOURCES.sourcesFile}`, pagePath: SOURCES.pagePath}];

const config: Config = {
  title: 'Boussole',
  tagline:
    'Centre de ressources sur les regroupements HLM et les politiques locales de l’habitat',
  favicon: 'img/favicon.svg',
  url,
  baseUrl,
  trailingSlash: false,
  // Pages are drawn before their scripts load (src/plugins/paint-first).
  ssrTemplate: SSR_TEMPLATE,

  // Docusaurus Faster (Rspack, SWC, Lightning CSS) and the v4 defaults.
  // BOUSSOLE_FASTER=0 turns it off, to measure the difference (see README).
  future: {
    v4: faster,
    faster,
  },

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',
  markdown: {
    // .md files are plain CommonMark (safer for prose), .mdx files are MDX.
    format: 'detect',
    hooks: {
      onBrokenMarkdownLinks: 'throw',
      onBrokenMarkdownImages: 'throw',
    },
    // The numbered sources that end each article: a visible « Sources » heading, French back links.
    remarkRehypeOptions: {
      footnoteLabel: 'Sources',
      footnoteLabelTagName: 'h2',
      footnoteLabelProperties: {},
      footnoteBackLabel: (index: number, repeat: number) => `Retour à l’appel de note ${index + 1}${repeat > 1 ? `, renvoi ${repeat}` : ''}`,
    },
  },
  plugins: [
    './src/plugins/journees/index.ts',
    // The organiser's legal details (src/data/organisateur.yml), read and checked once.
    './src/plugins/organisateur/index.ts',
    './src/plugins/search/index.ts',
    './src/plugins/sources/index.ts',
    // robots.txt is generated after the build so its sitemap URL follows BOUSSOLE_URL.
    './src/plugins/robots/index.ts',
    // Prism loads with the code blocks that need it, not on every page.
    './src/plugins/prism-on-demand/index.ts',
    // Installable web app, readable offline once visited (src/plugins/offline).
    ['@docusaurus/plugin-pwa', pwaOptions()],
  ],

  i18n: {
    defaultLocale: 'fr',
    locales: ['fr'],
    localeConfigs: {
      fr: {label: 'Français', htmlLang: 'fr-FR', direction: 'ltr'},
    },
  },

  presets: [
    [
      'classic',
      {
        docs: {
          path: 'docs',
          routeBasePath: 'themes',
          sidebarPath: './sidebars.ts',
          tags: 'tags.yml',
          onInlineTags: 'throw',
          // Citations become footnotes; an A–Z index tops the glossary, derived from its term headings.
          remarkPlugins: [citations, [remarkGlossaryIndex, {file: 'docs/glossaire.md'}]],
          showLastUpdateTime: false,
          breadcrumbs: true,
          // Mermaid diagrams are drawn at build time (npm run diagrammes), not in the browser.
          beforeDefaultRemarkPlugins: [remarkDiagrams],
        },
        blog: {
          path: 'blog',
          // Editorial articles and session summaries; « Comptes rendus » (/comptes-rendus) lists the summaries only.
          routeBasePath: 'articles',
          blogTitle: 'Articles',
          blogDescription:
            'Articles de la rédaction de Boussole et comptes rendus des journées',
          blogSidebarTitle: 'Publications récentes',
          blogSidebarCount: 'ALL',
          postsPerPage: 10,
          showReadingTime: true,
          tags: 'tags.yml',
          onInlineTags: 'throw',
          authorsMapPath: 'authors.yml',
          onInlineAuthors: 'throw',
          beforeDefaultRemarkPlugins: [remarkDiagrams],
          onUntruncatedBlogPosts: 'throw',
          remarkPlugins: [citations],
          feedOptions: {
            type: ['rss', 'atom'],
            // Opened in a browser, the feeds read as French pages (src/feeds/*.xsl).
            xslt: {rss: path.resolve(__dirname, 'src/feeds/rss.xsl'), atom: path.resolve(__dirname, 'src/feeds/atom.xsl')},
            title: 'Boussole — articles et comptes rendus',
            description:
              'Les articles de la rédaction de Boussole et les comptes rendus des journées',
            language: 'fr-FR',
            copyright: `© ${new Date().getFullYear()} Aatiko Conseils`,
          },
        },
        theme: {
          customCss: ['./src/css/custom.css', './src/css/print.css'],
        },
        sitemap: {
          lastmod: null,
          changefreq: null,
          priority: null,
        },
      } satisfies Preset.Options,
    ],
  ],

  themeConfig: {
    image: 'img/boussole-og.png',
    metadata: [{name: 'theme-color', content: '#1d4e89'}],
    colorMode: {
      defaultMode: 'light',
      respectPrefersColorScheme: true,
    },
    docs: {sidebar: {hideable: true}},
    navbar: {
      title: 'Boussole',
      logo: {
        alt: 'Boussole, accueil',
        src: 'img/logo.svg',
        width: 32,
        height: 32,
      },
      items: [
        {type: 'docSidebar', sidebarId: 'themes', position: 'left', label: 'Thèmes'},
        {to: '/journees/2022-03-22', label: 'La journée', position: 'left'},
        {to: '/comptes-rendus', label: 'Comptes rendus', position: 'left'},
        {to: '/articles', label: 'Articles', position: 'left'},
        {to: '/ressources', label: 'Ressources', position: 'left'},
        {type: 'search', position: 'right'},
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: 'Boussole',
          items: [
            {label: 'Thèmes', to: '/themes'},
            {label: 'Les journées', to: '/journees'},
            {label: 'Ressources', to: '/ressources'},
            {label: 'Glossaire', to: '/themes/glossaire'},
            {label: 'Repères chronologiques', to: '/themes/reperes-chronologiques'},
            {label: 'Sources', to: SOURCES.pagePath},
          ],
        },
        {
          title: 'Suivre',
          items: [
            {label: 'S’abonner', to: '/s-abonner'},
            {label: 'Flux RSS', href: 'pathname:///articles/rss.xml'},
            {label: 'Flux Atom', href: 'pathname:///articles/atom.xml'},
          ],
        },
        {
          title: 'Informations',
          items: [
            {label: 'Accessibilité : partiellement conforme', to: '/accessibilite'},
            {label: 'Mentions légales', to: '/mentions-legales'},
            {label: 'Confidentialité', to: '/confidentialite'},
          ],
        },
      ],
      copyright: `Une journée proposée par Aatiko Conseils · Boussole, ${new Date().getFullYear()}`,
    },
    prism: {
      theme: prismThemes.github,
      darkTheme: prismThemes.dracula,
    },
  } satisfies Preset.ThemeConfig,
};

export default config;
