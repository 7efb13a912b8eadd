/**
 * Swizzled (ejected) DocCard: the same cards and markup as the original, without its
 * emoji icons. The original extracts a leading emoji from each label: it builds an
 * `Intl.Segmenter` when the chunk loads and compiles a `\p{RGI_Emoji}` regular
 * expression for every card, about 150 ms of main-thread work on a mid-range phone for
 * a theme page of six cards (measured with Lighthouse's mobile profile). No Boussole
 * label starts with an emoji, and the fallback icons (📄, 🗃) show as empty boxes where
 * no emoji font is installed: the cards have a title and a description, no icon.
 */
import React, {type ReactNode} from 'react';
import {useDocById, findFirstSidebarItemLink} from '@docusaurus/plugin-content-docs/client';
import {useDocCardDescriptionCategoryItemsPlural} from '@docusaurus/theme-common/internal';
import Layout from '@theme/DocCard/Layout';
import type {Props} from '@theme/DocCard';
import type {PropSidebarItemCategory, PropSidebarItemLink} from '@docusaurus/plugin-content-docs';

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
      icon={null}
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
      icon={null}
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
