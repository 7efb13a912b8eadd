import React, {useEffect, useMemo, useRef, useState, type ReactNode, type RefObject} from 'react';
import Mermaid from '@theme-original/Mermaid';
import type MermaidType from '@theme/Mermaid';
import type {WrapperProps} from '@docusaurus/types';
import {MermaidContainerClassName} from '@docusaurus/theme-mermaid/client';
import {diagramLabels, type DiagramLabels} from './diagram-labels';

type Props = WrapperProps<typeof MermaidType>;

const SVG_NS = 'http://www.w3.org/2000/svg';

// Mermaid labels most diagrams from accTitle/accDescr, but not all (timeline):
// give those the same <title>/<desc> so every diagram has an accessible name.
function labelSvg(svg: SVGSVGElement, labels: DiagramLabels): void {
  if (svg.hasAttribute('aria-labelledby') || svg.hasAttribute('aria-label') || !labels.title) return;
  const add = (tag: 'title' | 'desc', text: string, attribute: string) => {
    const element = document.createElementNS(SVG_NS, tag);
    element.id = `${svg.id}-${tag}`;
    element.textContent = text;
    svg.insertBefore(element, svg.firstChild);
    svg.setAttribute(attribute, element.id);
  };
  if (labels.description) add('desc', labels.description, 'aria-describedby');
  add('title', labels.title, 'aria-labelledby');
}

/** How far below (or above) the screen a diagram starts drawing, so that it is ready when scrolled to. */
const DRAW_AHEAD = '600px 0px';

/**
 * True once the element has come near the screen (or the page is printed). Mermaid is a
 * large library and drawing is long main-thread work: a diagram further down an article
 * should not delay the page becoming usable on a phone, as an image below the fold is
 * loaded lazily. Every diagram has a text version next to it in the article.
 */
function useNearScreen(ref: RefObject<HTMLElement | null>): boolean {
  const [near, setNear] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (near || !element) return undefined;
    if (typeof IntersectionObserver === 'undefined') {
      setNear(true);
      return undefined;
    }
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) setNear(true);
    }, {rootMargin: DRAW_AHEAD});
    observer.observe(element);
    const draw = () => setNear(true);
    window.addEventListener('beforeprint', draw);
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', draw);
    };
  }, [near, ref]);
  return near;
}

export default function MermaidWrapper(props: Props): ReactNode {
  const container = useRef<HTMLDivElement>(null);
  const near = useNearScreen(container);
  const labels = useMemo(() => diagramLabels(props.value), [props.value]);
  useEffect(() => {
    const root = container.current;
    if (!root || !labels.title) return undefined;
    const apply = () => root.querySelectorAll<SVGSVGElement>(`.${MermaidContainerClassName} > svg`).forEach((svg) => labelSvg(svg, labels));
    apply();
    // The SVG arrives after an asynchronous render, and again on colour-mode changes.
    const observer = new MutationObserver(apply);
    observer.observe(root, {childList: true, subtree: true});
    return () => observer.disconnect();
  }, [labels]);
  return (
    <div ref={container} className="boussole-diagram">
      {near ? <Mermaid {...props} /> : null}
    </div>
  );
}
