import {isValidElement, type ReactNode} from 'react';

/** The visible text of a React tree (strings and numbers, in order). */
export function textOf(node: ReactNode): string {
  if (node === null || node === undefined || typeof node === 'boolean') return '';
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  if (isValidElement<{children?: ReactNode}>(node)) return textOf(node.props.children);
  return '';
}

/** The cells of a table's first row: its column headings. */
function firstRowCells(node: ReactNode): ReactNode[] {
  const elements = (Array.isArray(node) ? node : [node]).filter(isValidElement<{children?: ReactNode}>);
  for (const element of elements) {
    if (element.type === 'tr') return (Array.isArray(element.props.children) ? element.props.children : [element.props.children]);
    const inner = firstRowCells(element.props.children);
    if (inner.length) return inner;
  }
  return [];
}

/**
 * An accessible name for a table's scrolling region, from its column
 * headings, so that several tables on one page have distinct names.
 */
export function tableRegionLabel(tableChildren: ReactNode, maxLength = 90): string {
  const headings = firstRowCells(tableChildren)
    .map((cell) => textOf(cell).replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  if (headings.length === 0) return 'Tableau';
  const label = `Tableau : ${headings.join(', ')}`;
  return label.length > maxLength ? `${label.slice(0, maxLength - 1).trimEnd()}…` : label;
}
