/**
 * One line of a highlighted code block, as theme-classic draws it, but as a
 * <span> shown as a block instead of a <div>: <code> may only hold phrasing
 * content, and the W3C checker (vnu) refuses a <div> inside it. The rest
 * follows the original (theme-classic CodeBlock/Line): the <br> keeps empty
 * lines from collapsing, line numbers use the same table layout.
 */
import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import type {Props} from '@theme/CodeBlock/Line';
import LineToken from '@theme/CodeBlock/Line/Token';
import styles from './styles.module.css';

/** A line holding only « \n » would give two line breaks (the token and the <br>). */
function withoutLoneLineBreak(line: Props['line']): Props['line'] {
  return line.length === 1 && line[0].content === '\n' ? [{...line[0], content: ''}] : line;
}

export default function CodeBlockLine({line: lineProp, classNames, showLineNumbers, getLineProps, getTokenProps}: Props): ReactNode {
  const line = withoutLoneLineBreak(lineProp);
  const lineProps = getLineProps({line, className: clsx(classNames, showLineNumbers ? styles.numberedLine : styles.line)});
  const tokens = line.map((token, key) => {
    const tokenProps = getTokenProps({token});
    return (
      <LineToken key={key} {...tokenProps} line={line} token={token}>
        {tokenProps.children}
      </LineToken>
    );
  });
  return (
    <span {...lineProps}>
      {showLineNumbers ? (
        <>
          <span className={styles.lineNumber} />
          <span className={styles.lineContent}>{tokens}</span>
        </>
      ) : (
        tokens
      )}
      <br />
    </span>
  );
}
