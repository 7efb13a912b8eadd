import React from 'react';
import Head from '@docusaurus/Head';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import SiteMetadata from '@theme-original/SiteMetadata';

/**
 * Every page needs a description (search engines, link previews, Lighthouse
 * SEO). Generated pages such as tag and author lists set none, so the site's
 * tagline is the default; a page's own description, rendered later in the
 * tree, replaces it (react-helmet keeps the deepest tag of a given name).
 */
export default function SiteMetadataWrapper(): React.ReactElement {
  const {siteConfig} = useDocusaurusContext();
  const fallback = `${siteConfig.title} : ${siteConfig.tagline.charAt(0).toLowerCase()}${siteConfig.tagline.slice(1)}.`;
  return (
    <>
      <Head>
        <meta name="description" content={fallback} />
        <meta property="og:description" content={fallback} />
      </Head>
      <SiteMetadata />
    </>
  );
}
