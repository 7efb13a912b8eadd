/**
 * Swizzled (ejected) DocCard: the same cards and markup as the original, without its
 * leading-emoji extraction. That extraction builds an `Intl.Segmenter` when the chunk
 * loads and compiles a `\p{RGI_Emoji}` regular expression for every card: about 150 ms
 * of main-thread work on a mid-range phone for a theme page of six cards (measured with
 * Lighthouse's mobile profile), while no Boussole label starts with an emoji.
 */
import React, {type ReactNode} from 'react';
import {useDocById, findFirstSidebarItemLink} from '@docusaurus/plugin-content-docs/client';
import {useDocCardDescriptionCategoryItemsPlural} from '@docusaurus/theme-common/internal';
import isInternalUrl from '@docusaurus/isInternalUrl';
import Layout from '@theme/DocCard/Layout';
import type {Props} from '@theme/DocCard';
import type {PropSidebarItemCategory, PropSidebarItemLink} from '@docusaurus/plugin-content-docs';

/** The original's fallback icons (a card box for a category, a page or a link). */
function iconOf(item: Props['item']): string {
  if (item.type === 'category') return '🗃';
  return item.type === 'link' && isInternalUrl(item.href) ? '📄️' : '🔗';
}

function CardCategory({item}: {item: PropSidebarItemCategory}): ReactNode {
  const href = findFirstSidebarItemLink(item);
  const categoryItemsPlural = useDocCardDescriptionCategoryItemsPlural();
  // Categories without a link are filtered out before (as in the original).
  if (!href) return null;
  return (
    <Layout
      item={item}
      className={item.className}
      href={href}
      description={item.description ?? categoryItemsPlural(item.items.length)}
      icon={iconOf(item)}
      title={item.label.trim()}
    />
  );
}

function CardLink({item}: {item: PropSidebarItemLink}): ReactNode {
  const doc = useDocById(item.docId ?? undefined);
  return (
    <Layout
      item={item}
      className={item.className}
      href={item.href}
      description={item.description ?? doc?.description}
      icon={iconOf(item)}
      title={item.label.trim()}
    />
  );
}

export default function DocCard({item}: Props): ReactNode {
  switch (item.type) {
    case 'link':
      return <CardLink item={item} />;
    case 'category':
      return <CardCategory item={item} />;
    default:
      throw new Error(`Type d’élément de barre latérale inconnu : ${JSON.stringify(item)}`);
  }
}
