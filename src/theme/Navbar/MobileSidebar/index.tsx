/**
 * Wrapped mobile sidebar: rendered from the first time the reader opens the menu, not
 * on every page load. Docusaurus renders it (closed, off-screen) as soon as the page is
 * hydrated on a phone; on a docs page that is a second copy of the whole docs sidebar,
 * a long main-thread task, and, because the closed panel still counts as on screen for
 * the link prefetcher, some two hundred <link rel="prefetch"> for pages nobody asked for
 * (measured with Lighthouse's mobile profile on /themes/se-regrouper). Once opened, it
 * stays rendered, so closing and reopening animate as usual.
 */
import React, {useEffect, useState, type ReactNode} from 'react';
import MobileSidebar from '@theme-original/Navbar/MobileSidebar';
import {useNavbarMobileSidebar} from '@docusaurus/theme-common/internal';

export default function MobileSidebarWrapper(): ReactNode {
  const {shown} = useNavbarMobileSidebar();
  const [openedOnce, setOpenedOnce] = useState(false);
  useEffect(() => {
    if (shown) setOpenedOnce(true);
  }, [shown]);
  return shown || openedOnce ? <MobileSidebar /> : null;
}
