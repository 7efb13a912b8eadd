/**
 * The blog archive, by year. Replaces the theme's for its dates: French writes
 * « 1er mars », not « 1 mars » (src/domain/french-format).
 */
import React from 'react';
import Link from '@docusaurus/Link';
import {translate} from '@docusaurus/Translate';
import {PageMetadata} from '@docusaurus/theme-common';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import type {Props} from '@theme/BlogArchivePage';
import {frenchDateLabel} from '@site/src/domain/french-format';

type Post = Props['archive']['blogPosts'][number];

function byYear(posts: readonly Post[]): [string, Post[]][] {
  const years = new Map<string, Post[]>();
  for (const post of posts) {
    const year = post.metadata.date.slice(0, 4);
    years.set(year, [...(years.get(year) ?? []), post]);
  }
  return [...years];
}

export default function BlogArchive({archive}: Props): React.ReactElement {
  const title = translate({id: 'theme.blog.archive.title', message: 'Archive'});
  const description = translate({id: 'theme.blog.archive.description', message: 'Archive'});
  return (
    <>
      <PageMetadata title={title} description={description} />
      <Layout>
        <header className="hero hero--primary">
          <div className="container">
            <Heading as="h1" className="hero__title">
              {title}
            </Heading>
            <p className="hero__subtitle">{description}</p>
          </div>
        </header>
        <main className="container margin-vert--lg">
          {byYear(archive.blogPosts).map(([year, posts]) => (
            <section key={year} aria-labelledby={`annee-${year}`}>
              <Heading as="h2" id={`annee-${year}`}>
                {year}
              </Heading>
              <ul>
                {posts.map((post) => (
                  <li key={post.metadata.permalink}>
                    <Link to={post.metadata.permalink}>
                      {frenchDateLabel(post.metadata.date).replace(/ \d{4}$/, '')} — {post.metadata.title}
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </main>
      </Layout>
    </>
  );
}
