/**
 * The date and reading time of a post. Replaces the theme's, whose Intl date
 * writes « 1 mars »: French writes « 1er mars » (src/domain/french-format).
 */
import React from 'react';
import clsx from 'clsx';
import {translate} from '@docusaurus/Translate';
import {usePluralForm} from '@docusaurus/theme-common';
import {useBlogPost} from '@docusaurus/plugin-content-blog/client';
import type {Props} from '@theme/BlogPostItem/Header/Info';
import {frenchDateLabel} from '@site/src/domain/french-format';
import styles from './styles.module.css';

export default function BlogPostItemHeaderInfo({className}: Props): React.ReactElement {
  const {metadata} = useBlogPost();
  const {selectMessage} = usePluralForm();
  const {date, readingTime} = metadata;
  return (
    <div className={clsx(styles.info, 'margin-vert--md', className)}>
      <time dateTime={date}>{frenchDateLabel(date)}</time>
      {readingTime !== undefined && (
        <>
          {' · '}
          {selectMessage(
            Math.ceil(readingTime),
            translate({id: 'theme.blog.post.readingTime.plurals', message: 'One min read|{readingTime} min read'}, {readingTime: Math.ceil(readingTime)}),
          )}
        </>
      )}
    </div>
  );
}
