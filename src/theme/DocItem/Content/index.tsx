import React, {type ReactNode} from 'react';
import Content from '@theme-original/DocItem/Content';
import type ContentType from '@theme/DocItem/Content';
import type {WrapperProps} from '@docusaurus/types';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import {formatFrenchDate, parseCalendarDate, toIsoDate} from '@site/src/domain/french-format';
import ArticleActions from './ArticleActions';
import styles from './styles.module.css';

type Props = WrapperProps<typeof ContentType>;

// Wraps the article body: its actions (copy the link, print) above it, and
// below it the date its facts were last checked (front matter `faits_a_jour_au`),
// so readers can judge how current it is.
export default function ContentWrapper(props: Props): ReactNode {
  const {frontMatter} = useDoc();
  const checkedOn = parseCalendarDate((frontMatter as Record<string, unknown>).faits_a_jour_au);
  return (
    <>
      <ArticleActions />
      <Content {...props} />
      {checkedOn && (
        <p className={styles.factsDate}>
          Faits à jour au <time dateTime={toIsoDate(checkedOn)}>{formatFrenchDate(checkedOn)}</time>
        </p>
      )}
    </>
  );
}
