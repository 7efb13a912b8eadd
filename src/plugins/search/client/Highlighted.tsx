import React, {type ReactNode} from 'react';
import type {Segment} from '../present/segments';

/** Renders highlighted segments as React text nodes: nothing from the index is parsed as HTML. */
export default function Highlighted({segments}: {segments: Segment[]}): ReactNode {
  return (
    <>
      {segments.map((segment, i) => (segment.mark ? <mark key={i}>{segment.text}</mark> : <React.Fragment key={i}>{segment.text}</React.Fragment>))}
    </>
  );
}
