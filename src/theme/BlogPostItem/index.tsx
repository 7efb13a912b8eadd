/**
 * Wraps the blog post item: a session summary (front matter `session:
 * <day>/<session>`) shows, on its own page, the session it reports on and the
 * session's materials.
 */
import React from 'react';
import BlogPostItem from '@theme-original/BlogPostItem';
import type BlogPostItemType from '@theme/BlogPostItem';
import type {WrapperProps} from '@docusaurus/types';
import Link from '@docusaurus/Link';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {useBlogPost} from '@docusaurus/plugin-content-blog/client';
import {useDaysData} from '@site/src/plugins/journees/client/data';

type Props = WrapperProps<typeof BlogPostItemType>;

function MaterialLink({href, children}: {href: string; children: React.ReactNode}) {
  return <a href={useBaseUrl(href)}>{children}</a>;
}

function SessionBox({sessionKey}: {sessionKey: string}): React.ReactElement | null {
  const session = useDaysData().sessions[sessionKey];
  if (!session) return null;
  return (
    <section aria-labelledby="session-du-compte-rendu" className="alert alert--secondary margin-top--lg">
      <h2 id="session-du-compte-rendu">Session</h2>
      <p>
        Ce compte rendu porte sur la session <Link to={session.permalink}>«&nbsp;{session.title}&nbsp;»</Link> de la journée du {session.dayLabel}.
      </p>
      <h3>Supports de la session</h3>
      {session.resources.length === 0 ? (
        <p>Aucun support n’est annoncé pour cette session.</p>
      ) : (
        <ul>
          {session.resources.map((resource) => (
            <li key={resource.title}>
              {resource.state === 'released' && resource.fileUrl ? (
                <MaterialLink href={resource.fileUrl}>
                  {resource.title} ({resource.kindLabel}, PDF, {resource.sizeLabel})
                </MaterialLink>
              ) : (
                <>
                  {resource.title} ({resource.kindLabel})&nbsp;: {resource.pendingNote}
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export default function BlogPostItemWrapper(props: Props): React.ReactElement {
  const {metadata, isBlogPostPage} = useBlogPost();
  const sessionKey = (metadata.frontMatter as {session?: unknown}).session;
  return (
    <BlogPostItem {...props}>
      {props.children}
      {isBlogPostPage && typeof sessionKey === 'string' && <SessionBox sessionKey={sessionKey} />}
    </BlogPostItem>
  );
}
