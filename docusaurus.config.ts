import type {Config} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import {themes as prismThemes} from 'prism-react-renderer';
import {siteEnvironment} from './src/site-environment';
import remarkDiagrams from './src/plugins/diagrams/remark-diagrams';
import {pwaOptions} from './src/plugins/offline/pwa-options';

const {url, baseUrl, faster} = siteEnvironment(process.env);

const config: Config = {
  title: 'Boussole',
  tagline:
    'Centre de ressources sur les regroupements HLM et les politiques locales de l’habitat',
  favicon: 'img/favicon.svg',
  url,
  baseUrl,
  trailingSlash: false,

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
  },
  plugins: [
    './src/plugins/journees/index.ts',
    './src/plugins/search/index.ts',
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
          showLastUpdateTime: false,
          breadcrumbs: true,
          // Mermaid diagrams are drawn at build time (npm run diagrammes), not in the browser.
          beforeDefaultRemarkPlugins: [remarkDiagrams],
        },
        blog: {
          path: 'blog',
          routeBasePath: 'comptes-rendus',
          blogTitle: 'Comptes rendus et articles',
          blogDescription:
            'Comptes rendus des journées et articles de la rédaction de Boussole',
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
          feedOptions: {
            type: ['rss', 'atom'],
            title: 'Boussole — comptes rendus et articles',
            description:
              'Les comptes rendus des journées et les articles de la rédaction de Boussole',
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
            {label: 'La journée du 22 mars 2022', to: '/journees/2022-03-22'},
            {label: 'Ressources', to: '/ressources'},
          ],
        },
        {
          title: 'Suivre',
          items: [
            {label: 'Flux RSS', href: 'pathname:///comptes-rendus/rss.xml'},
            {label: 'Flux Atom', href: 'pathname:///comptes-rendus/atom.xml'},
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
