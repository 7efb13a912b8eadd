/**
 * Wrapped CodeBlock: the highlighted block (and Prism with it) loads with the first
 * code block of a page, not in every page's first load (see plugins/prism-on-demand).
 * Until then, and for the server render, the code shows as plain preformatted text.
 */
import React, {lazy, Suspense, type ReactNode} from 'react';
import type {Props} from '@theme/CodeBlock';

const HighlightedCodeBlock = lazy(() => import('@theme-original/CodeBlock'));

export default function CodeBlock(props: Props): ReactNode {
  return (
    <Suspense
      fallback={
        // Focusable like the highlighted block: a long line makes it a scrolling region.
        <pre className="theme-code-block" tabIndex={0}>
          <code>{props.children}</code>
        </pre>
      }>
      <HighlightedCodeBlock {...props} />
    </Suspense>
  );
}
